package org.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A dev server's kept HTML of texts: used while what a text read hashes the same, kept while its page is. */
class FragmentsTest {
    private final AtomicInteger renders = new AtomicInteger();
    private final Supplier<String> render = () -> "<p>term " + renders.incrementAndGet() + "</p>";
    private final Function<String, String> hashes = key -> "same";

    @Test
    void aPageTakenUnchangedKeepsItsTextsForTheBuildThatDrawsItAgain() {
        Fragments f = new Fragments().under("site");
        f.html("term:a", "appendix.html", "", hashes, render);
        f.next();
        // a save elsewhere: the appendix is taken from the last build, not drawn
        f.unchanged("appendix.html");
        f.next();
        // a save to the appendix itself draws it again: the term it embeds is not rendered again
        assertEquals("<p>term 1</p>", f.html("term:a", "appendix.html", "", hashes, render));
        assertEquals(1, renders.get());
    }

    @Test
    void aPageNeitherDrawnNorTakenLosesItsTexts() {
        Fragments f = new Fragments().under("site");
        f.html("term:a", "appendix.html", "", hashes, render);
        f.next();
        f.next();
        f.html("term:a", "appendix.html", "", hashes, render);
        assertEquals(2, renders.get());
    }

    @Test
    void otherTemplatesDropEveryText() {
        Fragments f = new Fragments().under("site");
        f.html("term:a", "appendix.html", "", hashes, render);
        f.next();
        f.under("other templates").html("term:a", "appendix.html", "", hashes, render);
        assertEquals(2, renders.get());
    }
}
