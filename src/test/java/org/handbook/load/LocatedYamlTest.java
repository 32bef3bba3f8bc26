package org.handbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.handbook.problem.Position;
import org.handbook.problem.Problems;
import org.junit.jupiter.api.Test;

class LocatedYamlTest {

    @Test
    void everyValueKeepsItsLineAndColumnOffsetByTheFrontMatter() {
        Problems p = new Problems();
        var doc = LocatedYaml.parse("x.md", "title: Hello\nlist:\n  - one\n  - two\nnested:\n  deep: 3\n", 2, p).orElseThrow();
        assertEquals(new Position("x.md", 2, 8), doc.map().at("/title"));
        assertEquals(new Position("x.md", 5, 5), doc.map().at("/list/1"));
        assertEquals(new Position("x.md", 7, 9), doc.map().at("/nested/deep"));
        assertEquals(new Position("x.md", 7, 3), doc.map().keyAt("/nested/deep"));
        assertEquals(3, doc.root().get("nested").get("deep").intValue());
        assertTrue(p.sorted().isEmpty());
    }

    @Test
    void duplicateKeysAreReportedAtTheSecondKey() {
        Problems p = new Problems();
        LocatedYaml.parse("x.yaml", "a: 1\nb: 2\na: 3\n", 1, p);
        assertEquals("x.yaml:3:1: error: duplicate field 'a'", p.sorted().get(0).format().lines().findFirst().orElseThrow());
    }

    @Test
    void frontMatterSplitKeepsBodyLineNumbers() {
        Problems p = new Problems();
        FrontMatter fm = FrontMatter.split("c.md", "---\na: 1\nb: 2\n---\n## Body\n", p).orElseThrow();
        assertEquals("a: 1\nb: 2\n", fm.yaml());
        assertEquals(5, fm.body().firstLine());
        assertEquals("## Body\n", fm.body().text());
    }

    @Test
    void aCharacterInsideATextIsFoundThroughQuotesEscapesAndFolds() {
        Problems p = new Problems();
        String yaml = "plain: a {{x}} b\nquoted: \"say \\\"hi\\\" {{y}}\"\nsingle: 'it''s {{z}}'\n"
                + "folded: first line\n  then {{w}}\nblock: |\n  one\n  two {{v}}\n";
        var map = LocatedYaml.parse("x.md", yaml, 2, p).orElseThrow().map();
        assertTrue(p.sorted().isEmpty(), p.sorted().toString());
        assertEquals(new Position("x.md", 2, 10), map.inString("/plain", map.strings().get("/plain").indexOf("{{")));
        assertEquals(new Position("x.md", 3, 21), map.inString("/quoted", map.strings().get("/quoted").indexOf("{{")));
        assertEquals(new Position("x.md", 4, 16), map.inString("/single", map.strings().get("/single").indexOf("{{")));
        assertEquals(new Position("x.md", 6, 8), map.inString("/folded", map.strings().get("/folded").indexOf("{{")));
        assertEquals(new Position("x.md", 9, 7), map.inString("/block", map.strings().get("/block").indexOf("{{")));
    }
}
