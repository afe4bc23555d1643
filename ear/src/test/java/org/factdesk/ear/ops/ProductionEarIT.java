package org.factdesk.ear.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The EAR newsroom IT deploys (in the deploy bundle) carries no load generator or benchmark; only the EAR the tests
 * and {@code mvn -Prun} deploy has them, in one jar added to the web module. No server needed.
 */
class ProductionEarIT {

    private static final Path PRODUCTION = Path.of("target/factdesk.ear");
    private static final Path DEV = Path.of(System.getProperty("factdesk.ear", "target/dev/factdesk.ear"));

    @Test
    void theProductionEarHoldsNoBenchCode() throws IOException {
        List<String> web = webModuleEntries(PRODUCTION);
        assertThat(web).as("the production web module").isNotEmpty().noneMatch(name -> name.contains("bench"));
        assertThat(web).noneMatch(name -> name.endsWith("LoadResource.class"));
        assertThat(entries(Files.newInputStream(PRODUCTION)))
                .as("the production EAR")
                .noneMatch(name -> name.contains("bench"));
        assertThat(entries(nested(Files.newInputStream(PRODUCTION), "factdesk-service.jar")))
                .as("the production service module")
                .noneMatch(name -> name.endsWith("ClaimGenerator.class") || name.endsWith("QueueBenchmark.class"));
    }

    @Test
    void theTestEarAddsTheBenchJarToTheWebModule() throws IOException {
        assertThat(webModuleEntries(DEV)).contains("WEB-INF/lib/factdesk-bench.jar");
    }

    private static List<String> webModuleEntries(Path ear) throws IOException {
        return entries(nested(Files.newInputStream(ear), "factdesk-web.war"));
    }

    /** The stream of one entry of a zip, positioned at its start. */
    private static InputStream nested(InputStream zip, String name) throws IOException {
        ZipInputStream in = new ZipInputStream(zip);
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            if (entry.getName().equals(name)) {
                return in;
            }
        }
        in.close();
        throw new IllegalStateException(name + " is not in the archive");
    }

    private static List<String> entries(InputStream zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
