package org.factdesk.web.view.publishing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.factdesk.service.publishing.FactChecks;
import org.factdesk.service.publishing.PublicFeeds;
import org.factdesk.web.rest.Messages;

/**
 * The feeds of published fact-checks, without login: {@code /fact-checks/feed.atom} (the newest, linked from
 * the list's head) and {@code /sitemap.xml} (every one; a sitemap index of parts beyond 50,000).
 */
@WebServlet(urlPatterns = {PublicFeedServlet.ATOM, PublicFeedServlet.SITEMAP})
public class PublicFeedServlet extends HttpServlet {

    static final String ATOM = "/fact-checks/feed.atom";
    static final String SITEMAP = "/sitemap.xml";
    private static final long serialVersionUID = 1L;

    @Inject
    FactChecks factChecks;

    @Inject
    RequestPublisher publisher;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String url = request.getRequestURL().toString();
        String base = url.substring(0, url.indexOf('/', url.indexOf("//") + 2)) + request.getContextPath() + "/";
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        if (ATOM.equals(request.getServletPath())) {
            response.setContentType("application/atom+xml");
            Locale locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
            PublicFeeds.atom(
                    factChecks.list(null, 0).items(),
                    publisher.get(),
                    base,
                    Messages.format(locale, "factChecks.title"),
                    response.getWriter());
            return;
        }
        response.setContentType("application/xml");
        long published = factChecks.publishedCount();
        int parts = (int) Math.max(1, (published + FactChecks.SITEMAP_PART - 1) / FactChecks.SITEMAP_PART);
        String part = request.getParameter("part");
        if (part == null && parts > 1) {
            PublicFeeds.sitemapIndex(parts, base, response.getWriter());
            return;
        }
        int number;
        try {
            number = part == null ? 0 : Integer.parseInt(part);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0 || number >= parts) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PublicFeeds.sitemap(factChecks.locations(number), base, response.getWriter());
    }
}
