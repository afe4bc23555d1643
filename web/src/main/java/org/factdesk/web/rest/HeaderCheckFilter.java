package org.factdesk.web.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses API requests whose Accept or Content-Type header is not a media type at all (such as
 * {@code Accept: garbage}) with a problem response. RESTEasy would answer them with the container's HTML error
 * page, before any exception mapper could speak.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class HeaderCheckFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String bad = !readable(request.getHeader("Accept"), true)
                ? "Accept"
                : !readable(request.getHeader("Content-Type"), false) ? "Content-Type" : null;
        if (bad == null) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
        String detail = Messages.format(locale, "error.badHeader", bad);
        response.setStatus(400);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"" + ProblemResponses.TYPE_BASE + "bad-request\",\"title\":\""
                        + Messages.format(locale, "problem.badRequest") + "\",\"status\":400,\"detail\":\"" + detail
                        + "\",\"code\":\"error.badHeader\"}");
    }

    /** Every element of the header is type/subtype (parameters aside); a missing header is fine. */
    static boolean readable(String header, boolean list) {
        if (header == null || header.isBlank()) {
            return true;
        }
        for (String element : list ? header.split(",") : new String[] {header}) {
            String type = element.split(";", 2)[0].strip();
            int slash = type.indexOf('/');
            if (slash <= 0
                    || slash == type.length() - 1
                    || type.indexOf('/', slash + 1) >= 0
                    || !type.chars()
                            .allMatch(c -> c > 32 && c < 127 && "()<>@,;:\\\"[]?={}".indexOf(c) < 0 || c == '/')) {
                return false;
            }
        }
        return true;
    }
}
