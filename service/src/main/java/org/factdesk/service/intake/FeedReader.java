package org.factdesk.service.intake;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an RSS or Atom feed (Rome) into plain entries: a stable key, headline, link, date and the article text
 * with markup removed. Only http and https are read, plus {@code file:} when the server runs with
 * {@code -Dfactdesk.feeds.allow-file=true} (tests, demos) — an editor must not be able to read the server's disk.
 */
public final class FeedReader {

    public static final String ALLOW_FILE = "factdesk.feeds.allow-file";
    private static final int TIMEOUT_MILLIS = 15_000;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</p>|<br\\s*/?>|</div>|</h[1-6]>|</li>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*(\\n\\s*)+");

    /** A feed as read: its title and its entries in feed order. */
    public record FeedContent(String title, List<Entry> entries) {
    }

    /** One article: {@code key} is the guid, or the link when the feed gives no guid. */
    public record Entry(String key, String title, String link, Instant published, String text) {
    }

    private FeedReader() {
    }

    /** True when the URL's scheme is one this server reads feeds from. */
    public static boolean isReadable(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return Set.of("http", "https").contains(scheme) && uri.getHost() != null
                || "file".equals(scheme) && Boolean.getBoolean(ALLOW_FILE);
    }

    public static FeedContent read(URI uri) throws IOException {
        if (!isReadable(uri)) {
            throw new IOException("Feeds are read over http or https, not " + uri.getScheme());
        }
        URLConnection connection = uri.toURL().openConnection();
        connection.setConnectTimeout(TIMEOUT_MILLIS);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        connection.setRequestProperty("User-Agent", "Factdesk feed reader");
        try (InputStream in = connection.getInputStream()) {
            return read(in);
        }
    }

    public static FeedContent read(InputStream in) throws IOException {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(in));
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("Not an RSS or Atom feed: " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = blankToNull(e.getLink());
            String key = blankToNull(e.getUri());
            if (key == null) {
                key = link;
            }
            if (key == null) {
                continue;
            }
            Instant published = e.getPublishedDate() != null ? e.getPublishedDate().toInstant()
                    : e.getUpdatedDate() != null ? e.getUpdatedDate().toInstant() : null;
            entries.add(new Entry(key, blankToNull(text(e.getTitle())), link, published, body(e)));
        }
        return new FeedContent(blankToNull(text(feed.getTitle())), entries);
    }

    /** The longest of the entry's content and description, as plain text. */
    private static String body(SyndEntry e) {
        String best = "";
        List<SyndContent> parts = new ArrayList<>(e.getContents());
        if (e.getDescription() != null) {
            parts.add(e.getDescription());
        }
        for (SyndContent part : parts) {
            String text = text(part.getValue());
            if (text != null && text.length() > best.length()) {
                best = text;
            }
        }
        return best;
    }

    /** Markup to text: block ends become line breaks, tags go, the common entities are decoded. */
    static String text(String html) {
        if (html == null) {
            return null;
        }
        String s = BLOCK_END.matcher(html).replaceAll("\n\n");
        s = TAG.matcher(s).replaceAll(" ");
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&rsquo;", "’").replace("&lsquo;", "‘")
                .replace("&ldquo;", "“").replace("&rdquo;", "”").replace("&mdash;", "—").replace("&ndash;", "–")
                .replace("&amp;", "&");
        s = NUMERIC_ENTITY.matcher(s).replaceAll(m -> {
            int code = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            return Character.isValidCodePoint(code) ? Matcher.quoteReplacement(Character.toString(code)) : " ";
        });
        s = SPACES.matcher(s).replaceAll(" ");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
