package org.factdesk.service;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import org.factdesk.model.claim.Claim;
import org.factdesk.service.claim.ClaimService;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of this module's container tests: the model and service modules as built, with the
 * third-party libraries the EAR ships in lib/, and the given test helpers — no hand-picked class lists.
 */
public final class Deployments {

    /** Libraries the EAR carries in lib/ (and AssertJ for the in-container assertions), found by jar name. */
    private static final List<String> LIBRARIES = List.of("flyway-", "opennlp-", "rome-", "slf4j-api", "assertj-core");

    private Deployments() {}

    public static WebArchive serviceSlice(Class<?>... testHelpers) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "factdesk-service-it.war")
                .addAsLibrary(moduleArchive(Claim.class, "factdesk-model.jar"))
                .addAsLibrary(moduleArchive(ClaimService.class, "factdesk-service.jar"))
                .addClasses(testHelpers)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsManifestResource(new StringAsset("""
                        <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.3">
                          <deployment><dependencies>
                            <module name="org.hibernate.envers" services="import"/>
                            <module name="org.hibernate.search.backend.lucene" services="import"/>
                            <module name="org.hibernate.search.backend.elasticsearch" services="import"/>
                          </dependencies></deployment>
                        </jboss-deployment-structure>"""), "jboss-deployment-structure.xml");
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(File::new)
                .filter(f -> f.isFile() && LIBRARIES.stream().anyMatch(f.getName()::startsWith))
                .forEach(war::addAsLibrary);
        return war;
    }

    /** A module's classes as Maven built them: the jar, or target/classes when run inside the reactor. */
    private static JavaArchive moduleArchive(Class<?> member, String name) {
        File location;
        try {
            location = new File(
                    member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        JavaArchive jar = ShrinkWrap.create(JavaArchive.class, name);
        return location.isDirectory()
                ? jar.as(ExplodedImporter.class).importDirectory(location).as(JavaArchive.class)
                : jar.as(ZipImporter.class).importFrom(location).as(JavaArchive.class);
    }
}
