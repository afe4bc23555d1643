package org.factdesk.model.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.util.Locale;

/** Checks {@link WebAddress}; {@link #isWeb(String)} is the same rule for code that cleans input instead. */
public class WebAddressValidator implements ConstraintValidator<WebAddress, String> {

    private boolean allowFile;

    @Override
    public void initialize(WebAddress annotation) {
        allowFile = annotation.allowFile() && Boolean.getBoolean("factdesk.feeds.allow-file");
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        return isWeb(value) || allowFile && value.regionMatches(true, 0, "file:", 0, 5);
    }

    /** True for an absolute http(s) URL with a host and nothing a browser would read differently. */
    public static boolean isWeb(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == 0x7f || Character.isWhitespace(c)) {
                return false;
            }
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return ("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
