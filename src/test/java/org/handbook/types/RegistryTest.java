package org.handbook.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The registry's own rules: references, URLs, navigation, and types that may not clash. */
class RegistryTest {
    private final Registry types = Registry.standard();

    @Test
    void typedReferencesParseToTheirTypes() {
        assertEquals(TypedRef.to(Chapters.TYPE, "support-bot", "decision-tree"), types.ref("chapter:support-bot#decision-tree").orElseThrow());
        TypedRef glossary = types.ref("glossary:index").orElseThrow();
        assertTrue(glossary.index());
        assertEquals(Terms.TYPE, glossary.type());
        assertEquals("glossary:index", glossary.toString());
        assertTrue(types.ref("https://x.org").isEmpty());
        assertTrue(types.ref("recipe:x").isEmpty(), "an unknown prefix is no reference");
        assertTrue(types.isPrefix("sources") && types.isPrefix("source") && !types.isPrefix("https"));
    }

    @Test
    void eachTypeSaysWhereItsItemsLive() {
        assertEquals("chapters/intro/index.html", Chapters.TYPE.path("intro"));
        assertEquals("glossary/index.html#lora", Terms.TYPE.path("lora"));
        assertEquals("glossary/index.html", Terms.TYPE.indexPath());
        assertEquals("checklist:gate/baseline", Checklists.TYPE.textKey("gate", "baseline"));
        assertEquals("terms", Terms.TYPE.listVariable());
    }

    @Test
    void theNavigationFollowsTheDeclaredPositions() {
        assertEquals(List.of("Contents", "Playbooks", "Checklists", "Flowcharts", "Techniques", "Glossary", "Sources"),
                types.navigation().stream().map(t -> t.nav().label()).toList());
    }

    @Test
    void readingOrderPutsFrontMatterFirstAndAppendicesLast() {
        List<String> order = Stream.of("A", "10", "INT", "02", "FM", "B", "1").sorted(Comparator.comparing(ReadingOrder::key)).toList();
        assertEquals(List.of("FM", "INT", "1", "02", "10", "A", "B"), order);
        // the key as a pattern and a format wrote it, before a large handbook's sort made that too slow
        for (String n : List.of("", "0", "7", "007", "12", "999999", "1234567", "A", "12a", "a12", "FM", "INT", "٣", "-1", "+1")) {
            String expected = n.equals("FM") ? "0" : n.equals("INT") ? "1"
                    : n.matches("\\d+") ? "2" + String.format("%06d", Integer.parseInt(n)) : "3" + n;
            assertEquals(expected, ReadingOrder.key(n), n);
        }
    }

    @Test
    void aTypeMayNotTakeANameOrIndexAnotherHas() {
        assertThrows(IllegalArgumentException.class, () -> types.with(Chapters.TYPE));
        assertThrows(IllegalArgumentException.class, () -> ContentType.of("Bad Name", org.handbook.model.Term.class, ContentType.Layout.MARKDOWN));
    }

    @Test
    void anotherSetOfTypesHasASignatureOfItsOwn() {
        Registry more = org.handbook.casestudy.CaseStudies.registry();
        assertNotEquals(types.signature(), more.signature());
        assertTrue(more.signature().contains(org.handbook.casestudy.CaseStudies.TYPE.name() + "@"), more.signature());
        assertEquals(types.all().size() + 1, more.all().size());
    }
}
