package org.factdesk.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response, set before anything else can commit it. Faces pages get their
 * Content-Security-Policy from PrimeFaces ({@code primefaces.CSP}, the policy in web.xml's {@code
 * primefaces.CSP_POLICY}), which adds the nonce of its own scripts; everything else (API, resources, error
 * pages sent by the container) gets {@link #POLICY} here. HSTS only over HTTPS: sent over plain HTTP it would
 * be ignored, and a test or intranet server without TLS must stay reachable.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    /** The policy outside Faces pages: nothing may run or be framed; same as the pages' policy minus nonces. */
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers. Also called by the authentication mechanism, which runs before any filter and answers
     * some requests itself (401, 429, cross-site 403).
     */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isFacesPage(request)) {
            response.setHeader("Content-Security-Policy", POLICY);
        }
        if (FactdeskAuthenticationMechanism.isApi(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    private static boolean isFacesPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/api/")) {
            return false;
        }
        return path.endsWith(".xhtml") || path.endsWith("/");
    }
}
