package org.factdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build of Factdesk this is: the version and the moment the web module was built. Every node of a cluster
 * that deploys the same EAR has the same value, so what is derived from it (the public pages' ETags) agrees
 * between nodes, and a new release changes it.
 */
public final class Release {

    private static final String ID = read();

    private Release() {}

    public static String id() {
        return ID;
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = Release.class.getResourceAsStream("release.properties")) {
            if (in == null) {
                throw new IllegalStateException("release.properties is missing from the web module");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("release");
    }
}
