package io.tranchelab.ui.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A save time as a person reads it: "14:03:05" today, "12 Mar 2025 14:03:05" on another day. */
final class WhenSaved {

    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss",
            Locale.ENGLISH);

    private WhenSaved() {
    }

    static String of(Instant at) {
        return of(at, ZoneId.systemDefault(), LocalDate.now());
    }

    static String of(Instant at, ZoneId zone, LocalDate today) {
        ZonedDateTime local = at.atZone(zone);
        return (local.toLocalDate().equals(today) ? TODAY : OTHER_DAY).format(local);
    }
}
