package org.factdesk.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Did a request come from Factdesk's own pages? Browsers say so in {@code Sec-Fetch-Site}; older ones only
 * send {@code Origin} (or at least {@code Referer}) on a cross-site POST. A request that carries none of them
 * is not trusted with the session: scripts send credentials instead.
 */
final class SameOrigin {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private SameOrigin() {}

    static boolean safeMethod(HttpServletRequest request) {
        return SAFE.contains(request.getMethod());
    }

    static boolean check(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equalsIgnoreCase(site.strip());
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            String referer = request.getHeader("Referer");
            if (referer == null || referer.isBlank()) {
                return false;
            }
            origin = originOf(referer);
        }
        return own(request).equalsIgnoreCase(origin == null ? "" : origin.strip());
    }

    /** scheme://host[:port] of this server as the client addressed it (the Host header). */
    static String own(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    static String originOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort =
                    port < 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return scheme + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
