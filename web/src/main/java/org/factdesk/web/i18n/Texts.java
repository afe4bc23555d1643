package org.factdesk.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way a text of the message bundle is filled in, for pages ({@code #{i18n}} is the same bundle), the
 * REST API, the login mechanism and the public feeds. A key the bundle lacks is shown as itself, so a missing
 * text is seen rather than failing the request.
 */
public final class Texts {

    /** The bundle's base name; faces-config.xml names the same one as {@code i18n}. */
    public static final String BUNDLE = "org.factdesk.web.i18n.messages";

    private Texts() {}

    public static String format(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
