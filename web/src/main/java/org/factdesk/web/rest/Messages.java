package org.factdesk.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.factdesk.web.i18n.Texts;

/** The message bundle for API answers, in the language the client asked for (English by default). */
@RequestScoped
public class Messages {

    @Context
    HttpHeaders headers;

    public String format(String key, Object... arguments) {
        return format(locale(headers), key, arguments);
    }

    public static String format(Locale locale, String key, Object... arguments) {
        return Texts.format(locale, key, arguments);
    }

    static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return accepted.isEmpty() || "*".equals(accepted.get(0).toString()) ? Locale.ENGLISH : accepted.get(0);
    }
}
