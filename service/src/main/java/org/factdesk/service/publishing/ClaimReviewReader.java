package org.factdesk.service.publishing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.model.publishing.ExternalFactCheck;
import org.factdesk.service.common.InvalidInputException;

/**
 * Reads schema.org ClaimReviews from JSON-LD: one ClaimReview, a list of them, a {@code DataFeed} (its elements
 * directly or as {@code DataFeedItem}s), an {@code @graph}, or the {@code application/ld+json} scripts of a web
 * page. What a posted body holds at its top must be one of those; inside a graph or a page, other things
 * (the page, the organisation, breadcrumbs) are passed over. Anything that does not make a usable fact-check —
 * not JSON-LD of schema.org, a ClaimReview without {@code claimReviewed} or an absolute http(s) {@code url},
 * text over the stored lengths — is refused as a whole, naming the element ("[3].claimReviewed"), so an import
 * stores all of it or nothing.
 */
public final class ClaimReviewReader {

    /** The most reviews one import may carry: a 5 MB DataFeed holds a few thousand. */
    public static final int MAX_REVIEWS = 10_000;
    /** The message key of a text that is not JSON at all. */
    public static final String NOT_JSON = "error.import.notJson";

    private static final Pattern LD_SCRIPT = Pattern.compile(
            "<script\\b[^>]*\\btype\\s*=\\s*[\"']?application/ld\\+json[\"']?[^>]*>(.*?)</script\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private ClaimReviewReader() {}

    /** A ClaimReview as read, before it is stored. */
    public record Review(
            String url,
            String claimReviewed,
            String reviewedBy,
            String reviewerUrl,
            String ratingName,
            Double ratingValue,
            Double bestRating,
            Double worstRating,
            String claimant,
            LocalDate claimDate,
            String appearanceUrl,
            String headline,
            String language,
            LocalDate published,
            LocalDate modified) {}

    /** The reviews in a JSON-LD text posted to the API; its top must be ClaimReview, a list, a DataFeed or a graph. */
    public static List<Review> fromJson(String text) {
        return read(parse(text), true);
    }

    /**
     * The reviews in a fetched page or feed: JSON-LD itself (a feed) when it parses as JSON, otherwise the
     * {@code application/ld+json} scripts of an HTML page, where scripts about something else are passed over.
     */
    public static List<Review> fromDocument(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return fromJson(trimmed);
        }
        JsonArrayCollector scripts = new JsonArrayCollector();
        Matcher m = LD_SCRIPT.matcher(text);
        while (m.find()) {
            try {
                scripts.add(parse(m.group(1)));
            } catch (InvalidInputException e) {
                // a broken script of the page's own (analytics, another vocabulary) is not the review
            }
        }
        if (scripts.isEmpty()) {
            throw new InvalidInputException(
                    "url", "error.import.noClaimReview", "the page holds no schema.org ClaimReview");
        }
        return read(scripts.build(), false);
    }

    private static JsonValue parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidInputException("body", NOT_JSON, "the body is not JSON");
        } catch (JsonException e) {
            throw new InvalidInputException("body", NOT_JSON, "the body is not JSON");
        }
    }

    private static List<Review> read(JsonValue top, boolean strict) {
        List<Found> found = new ArrayList<>();
        if (top instanceof JsonArray list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), "[" + i + "]", null, strict, found);
            }
        } else {
            collect(top, "", null, strict, found);
        }
        if (found.isEmpty()) {
            throw new InvalidInputException(
                    "@type", "error.import.noClaimReview", "the JSON-LD holds no schema.org ClaimReview");
        }
        if (found.size() > MAX_REVIEWS) {
            throw new InvalidInputException(
                    "body",
                    "error.import.tooMany",
                    "more than " + MAX_REVIEWS + " ClaimReviews in one import",
                    MAX_REVIEWS);
        }
        List<Review> reviews = new ArrayList<>(found.size());
        for (Found f : found) {
            reviews.add(review(f.review(), f.path()));
        }
        return reviews;
    }

    private record Found(JsonObject review, String path) {}

    /** Walks containers (lists, graphs, feeds, feed items) down to the ClaimReviews. */
    private static void collect(JsonValue value, String path, String context, boolean strict, List<Found> found) {
        if (value instanceof JsonArray list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", context, strict, found);
            }
            return;
        }
        if (!(value instanceof JsonObject object)) {
            if (strict) {
                throw new InvalidInputException(
                        field(path, "@type"), "error.import.notJsonLd", "not a JSON-LD object of schema.org");
            }
            return;
        }
        String ownContext = context(object.get("@context"));
        String inScope = ownContext != null ? ownContext : context;
        if (object.containsKey("@graph")) {
            if (inScope == null && strict) {
                throw notJsonLd(path);
            }
            collect(object.get("@graph"), field(path, "@graph"), inScope, false, found);
            return;
        }
        if (inScope == null) {
            if (strict) {
                throw notJsonLd(path);
            }
            return;
        }
        if (isType(object, "ClaimReview")) {
            found.add(new Found(object, path));
        } else if (isType(object, "DataFeed")) {
            collect(
                    object.getOrDefault("dataFeedElement", JsonValue.EMPTY_JSON_ARRAY),
                    field(path, "dataFeedElement"),
                    inScope,
                    false,
                    found);
        } else if (isType(object, "DataFeedItem")) {
            collect(
                    object.getOrDefault("item", JsonValue.EMPTY_JSON_ARRAY),
                    field(path, "item"),
                    inScope,
                    false,
                    found);
        } else if (strict) {
            throw new InvalidInputException(
                    field(path, "@type"),
                    "error.import.wrongType",
                    "a " + describe(object.get("@type")) + " is not a ClaimReview, a list of them or a DataFeed",
                    describe(object.get("@type")));
        }
    }

    private static InvalidInputException notJsonLd(String path) {
        return new InvalidInputException(
                field(path, "@context"),
                "error.import.notJsonLd",
                "not JSON-LD of schema.org (no @context naming schema.org)");
    }

    /** The context's vocabulary when it names schema.org (a string, a list, or an object with @vocab). */
    private static String context(JsonValue context) {
        if (context == null) {
            return null;
        }
        if (context instanceof JsonString s) {
            return s.getString().toLowerCase(Locale.ROOT).contains("schema.org") ? s.getString() : null;
        }
        if (context instanceof JsonArray list) {
            for (JsonValue v : list) {
                String named = context(v);
                if (named != null) {
                    return named;
                }
            }
            return null;
        }
        if (context instanceof JsonObject object) {
            return context(object.get("@vocab"));
        }
        return null;
    }

    private static boolean isType(JsonObject object, String type) {
        JsonValue t = object.get("@type");
        if (t instanceof JsonArray list) {
            return list.stream().anyMatch(v -> isTypeName(v, type));
        }
        return isTypeName(t, type);
    }

    private static boolean isTypeName(JsonValue value, String type) {
        if (!(value instanceof JsonString s)) {
            return false;
        }
        String name = s.getString().strip();
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf(':'));
        return name.substring(cut + 1).equals(type);
    }

    private static String describe(JsonValue type) {
        if (type == null) {
            return "object without @type";
        }
        String text = type instanceof JsonString s ? s.getString() : type.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static Review review(JsonObject r, String path) {
        String url = text(r.get("url"), path, "url", ExternalFactCheck.URL_MAX);
        if (url == null || !isWebAddress(url)) {
            throw new InvalidInputException(
                    field(path, "url"), "error.import.url", "a ClaimReview needs its absolute http(s) url");
        }
        String claimReviewed = text(r.get("claimReviewed"), path, "claimReviewed", ExternalFactCheck.CLAIM_MAX);
        if (claimReviewed == null) {
            throw new InvalidInputException(
                    field(path, "claimReviewed"),
                    "error.import.claimReviewed",
                    "a ClaimReview needs claimReviewed: the claim it reviews");
        }
        JsonObject author = first(r.get("author"));
        JsonObject rating = first(r.get("reviewRating"));
        JsonObject item = first(r.get("itemReviewed"));
        JsonObject claimAuthor = item == null ? null : first(item.get("author"));
        JsonObject appearance = item == null ? null : first(item.get("firstAppearance"));
        if (appearance == null && item != null) {
            appearance = first(item.get("appearance"));
        }
        String ratingName = rating == null
                ? null
                : text(rating.get("alternateName"), path, "reviewRating.alternateName", ExternalFactCheck.RATING_MAX);
        if (ratingName == null && rating != null) {
            ratingName = text(rating.get("name"), path, "reviewRating.name", ExternalFactCheck.RATING_MAX);
        }
        String reviewerUrl = author == null ? null : webAddress(author.get("url"));
        String appearanceUrl = appearance == null ? null : webAddress(appearance.get("url"));
        String headline = text(r.get("headline"), path, "headline", Integer.MAX_VALUE);
        if (headline == null) {
            headline = text(r.get("name"), path, "name", Integer.MAX_VALUE);
        }
        return new Review(
                url,
                claimReviewed,
                author == null
                        ? nameOf(r.get("author"), path, "author")
                        : text(author.get("name"), path, "author.name", ExternalFactCheck.NAME_MAX),
                reviewerUrl,
                ratingName,
                rating == null ? null : number(rating.get("ratingValue")),
                rating == null ? null : number(rating.get("bestRating")),
                rating == null ? null : number(rating.get("worstRating")),
                claimAuthor == null
                        ? (item == null ? null : nameOf(item.get("author"), path, "itemReviewed.author"))
                        : text(claimAuthor.get("name"), path, "itemReviewed.author.name", ExternalFactCheck.NAME_MAX),
                item == null ? null : date(item.get("datePublished")),
                appearanceUrl,
                cut(headline, ExternalFactCheck.HEADLINE_MAX),
                cut(text(r.get("inLanguage"), path, "inLanguage", Integer.MAX_VALUE), ExternalFactCheck.LANGUAGE_MAX),
                date(r.get("datePublished")),
                date(r.get("dateModified")));
    }

    /** An author given as a plain name rather than a Person or Organization. */
    private static String nameOf(JsonValue value, String path, String name) {
        return value instanceof JsonString ? text(value, path, name, ExternalFactCheck.NAME_MAX) : null;
    }

    /** The object itself, or the first object of a list. */
    private static JsonObject first(JsonValue value) {
        if (value instanceof JsonObject object) {
            return object;
        }
        if (value instanceof JsonArray list) {
            for (JsonValue v : list) {
                if (v instanceof JsonObject object) {
                    return object;
                }
            }
        }
        return null;
    }

    /**
     * A text property: a string, a JSON-LD value object ({"@value": …}), or the first of a list; stripped, and
     * {@code null} when blank. Longer than {@code max}: refused, naming the property.
     */
    private static String text(JsonValue value, String path, String name, int max) {
        String text = null;
        if (value instanceof JsonString s) {
            text = s.getString();
        } else if (value instanceof JsonObject o && o.get("@value") instanceof JsonString s) {
            text = s.getString();
        } else if (value instanceof JsonArray list && !list.isEmpty()) {
            return text(list.get(0), path, name, max);
        } else if (value instanceof JsonNumber n) {
            text = n.toString();
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        text = text.strip();
        if (text.length() > max) {
            throw new InvalidInputException(
                    field(path, name), "error.import.tooLong", name + " is longer than " + max + " characters", max);
        }
        return text;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A link that is safe to store and show; anything else (javascript:, relative, too long) is left out. */
    private static String webAddress(JsonValue value) {
        String text = value instanceof JsonString s ? s.getString().strip() : null;
        return text != null && text.length() <= ExternalFactCheck.URL_MAX && isWebAddress(text) ? text : null;
    }

    static boolean isWebAddress(String text) {
        if (text.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Double number(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return n.doubleValue();
        }
        if (value instanceof JsonString s) {
            try {
                double d = Double.parseDouble(s.getString().strip());
                return Double.isFinite(d) ? d : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A schema.org Date or DateTime, as the day it names; anything else is left out. */
    private static LocalDate date(JsonValue value) {
        String text = value instanceof JsonString s ? s.getString().strip() : null;
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Scripts of a page, gathered as one list. */
    private static final class JsonArrayCollector {
        private final jakarta.json.JsonArrayBuilder builder = Json.createArrayBuilder();
        private boolean empty = true;

        void add(JsonValue value) {
            builder.add(value);
            empty = false;
        }

        boolean isEmpty() {
            return empty;
        }

        JsonArray build() {
            return builder.build();
        }
    }
}
