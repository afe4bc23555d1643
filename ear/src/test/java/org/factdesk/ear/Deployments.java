package org.factdesk.ear;

import java.io.File;
import java.net.URI;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The one deployment of this module's tests: the real EAR the build just packaged, as newsroom IT deploys it,
 * with the bench jar (load generation, the queue benchmark: {@code /api/admin/load}) added to its web module
 * ({@code target/dev/factdesk.ear}, made by {@code .mvn/wildfly/dev-ear.sh}; {@code ProductionEarIT} checks the
 * production EAR holds no bench code). Test classes return {@link #ear()} from their
 * {@code @Deployment(testable = false)} method.
 */
public final class Deployments {

    /** Where the test server answers HTTP (8080 plus the port offset set in arquillian.xml). */
    public static final URI BASE = URI.create(
            "http://localhost:" + (8080 + Integer.getInteger("factdesk.test.port.offset", 100)) + "/factdesk/");

    public static final String DEMO_PASSWORD = "factdesk-demo";

    private Deployments() {}

    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("factdesk.ear", "target/factdesk.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear + ": run the tests through Maven (mvn verify)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
