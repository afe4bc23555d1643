package org.factdesk.service.intake;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an RSS or Atom feed (Rome) into plain entries: a stable key, headline, link, date and the article text
 * with markup removed. Only http and https are read, plus {@code file:} when the server runs with
 * {@code -Dfactdesk.feeds.allow-file=true} (tests, demos) — an editor must not be able to read the server's disk.
 */
public final class FeedReader {

    public static final String ALLOW_FILE = "factdesk.feeds.allow-file";
    public static final String MAX_BYTES = "factdesk.feeds.max-bytes";
    static final int MAX_REDIRECTS = 3;
    static final Duration TIME_LIMIT = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .proxy(HttpClient.Builder.NO_PROXY)
            .build();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</p>|<br\\s*/?>|</div>|</h[1-6]>|</li>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*(\\n\\s*)+");

    /** A feed as read: its title and its entries in feed order. */
    public record FeedContent(String title, List<Entry> entries) {}

    /** One article: {@code key} is the guid, or the link when the feed gives no guid. */
    public record Entry(String key, String title, String link, Instant published, String text) {}

    private FeedReader() {}

    /** True when the URL's scheme is one this server reads feeds from. */
    public static boolean isReadable(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return Set.of("http", "https").contains(scheme) && uri.getHost() != null
                || "file".equals(scheme) && Boolean.getBoolean(ALLOW_FILE);
    }

    public static FeedContent read(URI uri) throws IOException {
        return read(uri, AddressGuard.standard());
    }

    /** Fetches and reads a feed under the rules of {@link #fetch}. */
    public static FeedContent read(URI uri, AddressGuard guard) throws IOException {
        return fetch(
                uri,
                guard,
                "application/rss+xml, application/atom+xml, application/xml, text/xml",
                (in, contentType) -> read(in));
    }

    /** What to make of a fetched body, given its media type ({@code null} when the server named none). */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(InputStream in, String contentType) throws IOException;
    }

    /**
     * Fetches a URL under the feed rules and hands its body to the reader: every http(s) hop is checked by the
     * guard before it is contacted — the first URL and each redirect, followed here rather than by the client,
     * at most {@link #MAX_REDIRECTS} — and the body is cut off at {@link #maxBytes()} and {@link #TIME_LIMIT}.
     * Failures are {@link FeedFetchException}s that say nothing about the network.
     */
    public static <T> T fetch(URI uri, AddressGuard guard, String accept, BodyReader<T> reader) throws IOException {
        if (!isReadable(uri)) {
            throw new FeedFetchException(FeedFetchException.Reason.REFUSED_ADDRESS);
        }
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            try (InputStream in = uri.toURL().openStream()) {
                return reader.read(new LimitedInputStream(in, maxBytes()), null);
            }
        }
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            guard.check(current.getHost());
            HttpRequest request = HttpRequest.newBuilder(current)
                    .timeout(TIME_LIMIT)
                    .header("User-Agent", "Factdesk feed reader")
                    .header("Accept", accept)
                    .GET()
                    .build();
            HttpResponse<InputStream> response;
            try {
                response = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                        .get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new FeedFetchException(FeedFetchException.Reason.TOO_SLOW);
            } catch (ExecutionException e) {
                throw new FeedFetchException(FeedFetchException.Reason.UNREACHABLE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FeedFetchException(FeedFetchException.Reason.UNREACHABLE);
            }
            int status = response.statusCode();
            if (status >= 300
                    && status < 400
                    && response.headers().firstValue("Location").isPresent()) {
                response.body().close();
                URI next;
                try {
                    next = current.resolve(
                            response.headers().firstValue("Location").get().strip());
                } catch (IllegalArgumentException e) {
                    throw new FeedFetchException(FeedFetchException.Reason.UNREACHABLE);
                }
                String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
                if (!Set.of("http", "https").contains(scheme) || next.getHost() == null) {
                    throw new FeedFetchException(FeedFetchException.Reason.REFUSED_ADDRESS);
                }
                current = next;
                continue;
            }
            if (status != 200) {
                response.body().close();
                throw new FeedFetchException(FeedFetchException.Reason.UNREACHABLE);
            }
            InputStream body = response.body();
            // The request timeout ends at the headers; a body that trickles in is cut off here.
            CompletableFuture<Void> deadline = CompletableFuture.runAsync(
                    () -> close(body), CompletableFuture.delayedExecutor(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS));
            try (InputStream in = new LimitedInputStream(body, maxBytes())) {
                return reader.read(
                        in, response.headers().firstValue("Content-Type").orElse(null));
            } catch (FeedFetchException e) {
                throw deadline.isDone() ? new FeedFetchException(FeedFetchException.Reason.TOO_SLOW) : e;
            } catch (IOException e) {
                throw new FeedFetchException(
                        deadline.isDone() ? FeedFetchException.Reason.TOO_SLOW : FeedFetchException.Reason.UNREACHABLE);
            } finally {
                deadline.cancel(false);
            }
        }
        throw new FeedFetchException(FeedFetchException.Reason.TOO_MANY_REDIRECTS);
    }

    /** The size cap of a feed, {@code factdesk.feeds.max-bytes} (default 5 MB). */
    static long maxBytes() {
        return Long.getLong(MAX_BYTES, 5L * 1024 * 1024);
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing is all we wanted
        }
    }

    /** Counts what is read and fails past the cap, so a huge or endless body costs at most the cap. */
    static final class LimitedInputStream extends FilterInputStream {
        private final long max;
        private long count;

        LimitedInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws FeedFetchException {
            count += n;
            if (count > max) {
                throw new FeedFetchException(FeedFetchException.Reason.TOO_LARGE);
            }
        }
    }

    public static FeedContent read(InputStream in) throws IOException {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(in));
        } catch (FeedFetchException e) {
            throw e;
        } catch (FeedException | IllegalArgumentException | IOException e) {
            // The parser wraps what the stream threw (too large, too slow); its own words may quote what the
            // server sent, so they are never passed on.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof FeedFetchException fetch) {
                    throw new FeedFetchException(fetch.getReason());
                }
            }
            throw new FeedFetchException(FeedFetchException.Reason.NOT_A_FEED);
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
            Instant published = e.getPublishedDate() != null
                    ? e.getPublishedDate().toInstant()
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
        s = s.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&rsquo;", "’")
                .replace("&lsquo;", "‘")
                .replace("&ldquo;", "“")
                .replace("&rdquo;", "”")
                .replace("&mdash;", "—")
                .replace("&ndash;", "–")
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
