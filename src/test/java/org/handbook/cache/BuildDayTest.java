package org.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build's record holds for the day it was made on, and only that day: review dates lapse at midnight. */
class BuildDayTest {

    @Test
    void theSpanIsTheWholeLocalDayOfTheInstantWhateverTheZone() {
        Random random = new Random(7);
        List<ZoneId> zones = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
                ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kathmandu"), ZoneId.of("Pacific/Apia"));
        long from2020 = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < 20_000; i++) {
            ZoneId zone = zones.get(random.nextInt(zones.size()));
            long at = from2020 + (long) (random.nextDouble() * 15 * 365 * 86_400_000L);
            long[] span = BuildDay.span(at, zone);
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(at), zone);
            assertTrue(span[0] <= at && at <= span[1], zone + " " + at);
            assertEquals(day, LocalDate.ofInstant(Instant.ofEpochMilli(span[0]), zone));
            assertEquals(day, LocalDate.ofInstant(Instant.ofEpochMilli(span[1]), zone));
            assertEquals(day.minusDays(1), LocalDate.ofInstant(Instant.ofEpochMilli(span[0] - 1), zone), "the day before ends just before it");
            assertEquals(day.plusDays(1), LocalDate.ofInstant(Instant.ofEpochMilli(span[1] + 1), zone), "the next day starts just after it");
        }
    }

    @Test
    void aFixedDayHoldsAtEveryInstantAndIsPartOfTheKey() {
        String unfixed = BuildDay.key();
        System.setProperty("handbook.today", "2030-01-10");
        try {
            assertArrayEquals(new long[]{Long.MIN_VALUE, Long.MAX_VALUE}, BuildDay.span(System.currentTimeMillis()));
            assertEquals(LocalDate.of(2030, 1, 10), BuildDay.today());
            assertTrue(BuildDay.key().contains("2030-01-10"));
            assertTrue(!BuildDay.key().equals(unfixed));
        } finally {
            System.clearProperty("handbook.today");
        }
    }

    @Test
    void aRecordKeptOnOneDayDoesNotAnswerForTheNext(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "a page");
        BuildCache cache = BuildCache.open(out, true);
        long[] today = BuildDay.span(System.currentTimeMillis());
        long noon = today[0] + (today[1] - today[0]) / 2;
        LastBuild.keep(cache, out, new LastBuild.Scan("inputs", noon), List.of(), 1, 1, "");
        assertTrue(LastBuild.unchanged(cache, out, new LastBuild.Scan("inputs", today[1]), () -> LastBuild.shape(out)).isPresent(), "the day's last moment");
        assertTrue(LastBuild.unchanged(cache, out, new LastBuild.Scan("inputs", today[0]), () -> LastBuild.shape(out)).isPresent(), "its first");
        assertTrue(LastBuild.unchanged(cache, out, new LastBuild.Scan("inputs", today[1] + 1), () -> LastBuild.shape(out)).isEmpty(), "the next day");
        assertTrue(LastBuild.unchanged(cache, out, new LastBuild.Scan("inputs", today[0] - 1), () -> LastBuild.shape(out)).isEmpty(), "the day before");
        assertTrue(LastBuild.unchanged(cache, out, new LastBuild.Scan("other inputs", noon), () -> LastBuild.shape(out)).isEmpty());
    }
}
