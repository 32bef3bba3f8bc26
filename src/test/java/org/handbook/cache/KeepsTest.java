package org.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeepsTest {
    @Test
    void aKeptMemoAnswersTheNextBuildAndDropsWhatNoBuildUsed() {
        Keeps keeps = Keeps.kept();
        AtomicInteger made = new AtomicInteger();
        Memo<String, Object> memo = keeps.memo("m");
        assertFalse(memo.holdsAny(), "a first build finds nothing kept");
        Object first = memo.get("a", k -> new Object[]{made.incrementAndGet()});
        keeps.next();
        assertTrue(memo.holdsAny(), "the next build finds what it made");
        assertSame(memo, keeps.memo("m"), "one name, one memo");
        assertSame(first, keeps.<String, Object>memo("m").get("a", k -> new Object[]{made.incrementAndGet()}));
        keeps.next();
        keeps.next();
        keeps.<String, Object>memo("m").get("a", k -> new Object[]{made.incrementAndGet()});
        assertEquals(2, made.get(), "a build that did not use a value dropped it");
    }

    @Test
    void noneKeepsNothing() {
        Keeps keeps = Keeps.none();
        AtomicInteger made = new AtomicInteger();
        keeps.<String, Integer>memo("m").get("a", k -> made.incrementAndGet());
        keeps.next();
        keeps.<String, Integer>memo("m").get("a", k -> made.incrementAndGet());
        assertEquals(2, made.get());
    }

    @Test
    void lastOneIsTheValueTheLastBuildUsedAlone() {
        Keeps keeps = Keeps.kept();
        Memo<String, String> memo = keeps.memo("m");
        assertEquals(java.util.Optional.empty(), memo.lastOne());
        memo.get("a", k -> "made from a");
        keeps.next();
        assertEquals(java.util.Optional.of("made from a"), memo.lastOne(), "one value last build");
        memo.get("b", k -> "made from b");
        memo.get("c", k -> "made from c");
        keeps.next();
        assertEquals(java.util.Optional.empty(), memo.lastOne(), "two values: none is the one");
        assertEquals(java.util.Optional.empty(), Keeps.none().<String, String>memo("m").lastOne());
    }
}
