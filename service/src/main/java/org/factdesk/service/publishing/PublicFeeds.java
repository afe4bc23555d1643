package org.factdesk.service.publishing;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The published fact-checks as feeds: Atom for readers and aggregators, the sitemaps protocol for search
 * engines. Written by XML libraries (Rome, StAX), so every text is escaped.
 */
public final class PublicFeeds {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private PublicFeeds() {}

    /**
     * An Atom feed of the newest fact-checks.
     *
     * @param base the site's address, ending with its context path and "/"
     */
    public static void atom(List<FactChecks.Summary> newest, Publisher publisher, String base, String title, Writer out)
            throws IOException {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title + " – " + publisher.name());
        feed.setLink(base + "fact-checks/");
        feed.setUri(base + "fact-checks/");
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(base + "fact-checks/feed.atom");
        SyndLinkImpl alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(base + "fact-checks/");
        feed.setLinks(List.of(alternate, self));
        feed.setAuthor(publisher.name());
        feed.setPublishedDate(
                newest.isEmpty() ? new Date(0) : Date.from(newest.get(0).published()));
        List<SyndEntry> entries = new ArrayList<>();
        for (FactChecks.Summary check : newest) {
            SyndEntry entry = new SyndEntryImpl();
            String url = base + "fact-checks/" + check.path();
            entry.setUri(url);
            entry.setLink(url);
            entry.setTitle(check.ratingName() + ": " + check.statement());
            entry.setPublishedDate(Date.from(check.published()));
            entry.setUpdatedDate(Date.from(check.published()));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(check.speaker() == null ? check.statement() : check.speaker() + ": " + check.statement());
            entry.setDescription(summary);
            entry.setAuthor(publisher.name());
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            new SyndFeedOutput().output(feed, out);
        } catch (FeedException e) {
            throw new IOException(e);
        }
    }

    /** One sitemap file: the list, and every published fact-check of this part with when it last changed. */
    public static void sitemap(List<FactChecks.Location> locations, String base, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            element(xml, "url", base + "fact-checks/", null);
            for (FactChecks.Location location : locations) {
                element(xml, "url", base + "fact-checks/" + location.path(), location.modified());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** The sitemap index, when the fact-checks need more than one file. */
    public static void sitemapIndex(int parts, String base, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (int part = 0; part < parts; part++) {
                element(xml, "sitemap", base + "sitemap.xml?part=" + part, null);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String location, Instant modified)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (modified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(
                    DateTimeFormatter.ISO_INSTANT.format(modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
