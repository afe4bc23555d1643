package org.factdesk.web.i18n;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The newsroom's clock. A desk works to one wall clock whatever the server's zone, so every page shows
 * instants in the zone set by {@code FACTDESK_TIME_ZONE} (or {@code -Dfactdesk.timeZone}), with the zone's
 * abbreviation so nobody mistakes it for their own; without a setting, the JVM's zone.
 */
@Named
@ApplicationScoped
public class Newsroom {

    private static final Logger LOG = Logger.getLogger(Newsroom.class.getName());

    private ZoneId zone;
    private DateTimeFormatter dateTime;
    private DateTimeFormatter date;

    @PostConstruct
    void init() {
        zone = zone(System.getenv("FACTDESK_TIME_ZONE"), System.getProperty("factdesk.timeZone"));
        dateTime = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH)
                .withZone(zone);
        date = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    }

    static ZoneId zone(String fromEnvironment, String fromProperty) {
        for (String setting : new String[] {fromEnvironment, fromProperty}) {
            if (setting != null && !setting.isBlank()) {
                try {
                    return ZoneId.of(setting.strip());
                } catch (DateTimeException e) {
                    LOG.warning("Time zone '" + setting + "' is not known; trying the next setting");
                }
            }
        }
        return ZoneId.systemDefault();
    }

    /** "28 Oct 2020, 14:05 EET", or empty for no instant. */
    public String format(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    public String formatDate(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    public boolean isPast(Instant instant) {
        return instant != null && instant.isBefore(Instant.now());
    }

    public ZoneId getZone() {
        return zone;
    }
}
