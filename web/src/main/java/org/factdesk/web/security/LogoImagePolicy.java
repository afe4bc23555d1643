package org.factdesk.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.model.common.WebAddressValidator;
import org.factdesk.web.view.publishing.RequestPublisher;

/**
 * Lets the public pages show the publishing organisation's logo, which an administrator may keep on the
 * newsroom's own site: the Content-Security-Policy of a page under /fact-checks/ admits images from the logo's
 * origin, and from nowhere else new. Every other directive, and every other page, keeps the strict policy.
 */
@WebFilter(urlPatterns = "/fact-checks/*", asyncSupported = true)
public class LogoImagePolicy extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String HEADER = "Content-Security-Policy";
    /** What an origin can hold: anything else (quotes, semicolons, spaces) could rewrite the policy. */
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.\\-\\[\\]:]+");

    @Inject
    transient RequestPublisher publisher;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, policy(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, policy(name, value));
            }
        });
    }

    private String policy(String header, String value) {
        if (value == null || !HEADER.equalsIgnoreCase(header)) {
            return value;
        }
        String origin = origin(publisher.get().logo());
        return origin == null ? value : withImagesFrom(value, origin);
    }

    /** The logo's origin ("https://news.example:8443"), or {@code null} when there is no usable logo address. */
    static String origin(String logo) {
        if (logo == null || !WebAddressValidator.isWeb(logo)) {
            return null;
        }
        try {
            URI uri = new URI(logo);
            String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost()
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return ORIGIN.matcher(origin).matches() ? origin : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The policy with {@code origin} added to its img-src directive (or an img-src of its own, after 'self'). */
    static String withImagesFrom(String policy, String origin) {
        String[] directives = policy.split(";", -1);
        for (int i = 0; i < directives.length; i++) {
            String directive = directives[i].strip();
            if (directive.toLowerCase(Locale.ROOT).startsWith("img-src ") || directive.equalsIgnoreCase("img-src")) {
                directives[i] = (i == 0 ? "" : " ") + directive + " " + origin;
                return String.join(";", directives);
            }
        }
        return "img-src 'self' " + origin + "; " + policy;
    }
}
