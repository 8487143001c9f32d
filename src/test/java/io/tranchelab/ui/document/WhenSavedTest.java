package io.tranchelab.ui.document;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WhenSavedTest {

    private final Instant at = Instant.parse("2025-03-12T14:03:05Z");

    @Test
    void aTimeTodayShowsOnlyTheClock() {
        assertEquals("14:03:05", WhenSaved.of(at, ZoneOffset.UTC, LocalDate.of(2025, 3, 12)));
    }

    @Test
    void aTimeOnAnotherDayShowsTheDateToo() {
        assertEquals("12 Mar 2025 14:03:05", WhenSaved.of(at, ZoneOffset.UTC, LocalDate.of(2025, 3, 13)));
    }

    @Test
    void theClockIsTheLocalOne() {
        assertEquals("16:03:05", WhenSaved.of(at, ZoneOffset.ofHours(2), LocalDate.of(2025, 3, 12)));
    }
}
