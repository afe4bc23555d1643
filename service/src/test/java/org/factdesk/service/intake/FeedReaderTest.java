package org.factdesk.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    private static FeedReader.FeedContent read(String xml) throws IOException {
        return FeedReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rssItemsKeyedByGuidOrLinkWithPlainText() throws IOException {
        FeedReader.FeedContent feed = read("""
                <rss version="2.0"><channel><title>Wire</title><link>https://w.example/</link><description>d</description>
                <item><title>One</title><link>https://w.example/1</link><guid isPermaLink="false">g-1</guid>
                <pubDate>Wed, 28 Oct 2020 10:00:00 GMT</pubDate>
                <description><![CDATA[<p>First &amp; <b>bold</b> paragraph.</p><p>Second.</p>]]></description></item>
                <item><title>Two</title><link>https://w.example/2</link><description>Plain.</description></item>
                <item><title>No key</title><description>Dropped.</description></item>
                </channel></rss>""");

        assertThat(feed.title()).isEqualTo("Wire");
        assertThat(feed.entries()).extracting(FeedReader.Entry::key).containsExactly("g-1", "https://w.example/2");
        FeedReader.Entry first = feed.entries().get(0);
        assertThat(first.text()).isEqualTo("First & bold paragraph.\n\nSecond.");
        assertThat(first.published()).hasToString("2020-10-28T10:00:00Z");
    }

    @Test
    void atomEntries() throws IOException {
        FeedReader.FeedContent feed = read("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:w</id>
                <updated>2020-10-28T10:00:00Z</updated>
                <entry><title>A</title><id>urn:w:1</id><link href="https://w.example/a"/>
                <updated>2020-10-28T10:00:00Z</updated><content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry>
                </feed>""");

        assertThat(feed.entries()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("urn:w:1");
            assertThat(e.link()).isEqualTo("https://w.example/a");
            assertThat(e.text()).isEqualTo("Body.");
        });
    }

    @Test
    void onlyWebUrlsUnlessFilesAreAllowed() {
        assertThat(FeedReader.isReadable(URI.create("https://w.example/rss"))).isTrue();
        assertThat(FeedReader.isReadable(URI.create("ftp://w.example/rss"))).isFalse();
        assertThat(FeedReader.isReadable(URI.create("file:///etc/passwd"))).isFalse();
        assertThatThrownBy(() -> FeedReader.read(new ByteArrayInputStream("<html/>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class);
    }
}
