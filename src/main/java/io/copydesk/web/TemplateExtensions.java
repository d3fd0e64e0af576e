package io.copydesk.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Computed values for templates: readable times and counts. */
@TemplateExtension
public class TemplateExtensions {

    static final ZoneId ZONE = ZoneId.systemDefault();
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm:ss z",
            Locale.ENGLISH);

    /** "today 14:05", or "3 Nov 2026, 14:05". */
    @TemplateExtension(matchName = "short")
    static String shortTime(Instant at) {
        return format(at);
    }

    static String full(Instant at) {
        return at == null ? "" : FULL.format(at.atZone(ZONE));
    }

    /** "5 minutes ago", for dashboards. */
    static String ago(Instant at) {
        if (at == null) {
            return "";
        }
        long seconds = Duration.between(at, Instant.now()).getSeconds();
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            long m = seconds / 60;
            return m + (m == 1 ? " minute ago" : " minutes ago");
        }
        if (seconds < 86400) {
            long h = seconds / 3600;
            return h + (h == 1 ? " hour ago" : " hours ago");
        }
        return format(at);
    }

    static String plural(int count, String word) {
        return count + " " + (count == 1 ? word : word + "s");
    }

    static String plural(long count, String word) {
        return count + " " + (count == 1 ? word : word + "s");
    }

    private static String format(Instant at) {
        if (at == null) {
            return "";
        }
        var zoned = at.atZone(ZONE);
        if (zoned.toLocalDate().equals(java.time.LocalDate.now(ZONE))) {
            return "today " + TIME.format(zoned);
        }
        return DAY_TIME.format(zoned);
    }
}
