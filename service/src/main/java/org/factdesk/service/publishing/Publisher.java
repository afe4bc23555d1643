package org.factdesk.service.publishing;

/**
 * The organisation that publishes the fact-checks (ClaimReview's {@code author}): its name, home page and
 * logo; the URL and logo are left out when not set. An administrator sets it ({@link PublisherService}); until
 * then it comes from the server's settings, {@code FACTDESK_PUBLISHER_NAME}, {@code FACTDESK_PUBLISHER_URL} and
 * {@code FACTDESK_PUBLISHER_LOGO} (or {@code -Dfactdesk.publisher.name}, {@code .url}, {@code .logo}).
 */
public record Publisher(String name, String url, String logo) {

    static final String DEFAULT_NAME = "Factdesk";

    /** The server's settings: what applies while no administrator has saved the organisation. */
    public static Publisher fromEnvironment() {
        return new Publisher(
                setting("NAME", "name", DEFAULT_NAME), setting("URL", "url", null), setting("LOGO", "logo", null));
    }

    private static String setting(String variable, String property, String fallback) {
        String value = System.getenv("FACTDESK_PUBLISHER_" + variable);
        if (value == null || value.isBlank()) {
            value = System.getProperty("factdesk.publisher." + property);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
