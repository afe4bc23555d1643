package org.factdesk.service.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a model file shipped on the classpath, saying which command rebuilds it when it is missing. */
final class ShippedModel {

    /** Reads one model from its file's bytes. */
    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private ShippedModel() {}

    static <T> T load(String resource, String rebuiltBy, Reader<T> reader) {
        try (InputStream in = ShippedModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + "; run " + rebuiltBy);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
