package org.handbook.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlsTest {
    @Test
    void linksAreRelativeAndNameIndexHtml() {
        assertEquals("../../glossary/index.html#lora", Urls.relative("chapters/a/index.html", Urls.page("term", "lora")));
        assertEquals("glossary/index.html", Urls.relative("index.html", Urls.index("glossary")));
        assertEquals("#lora", Urls.relative("glossary/index.html", "glossary/index.html#lora"));
        assertEquals("https://x.org/b/chapters/a/", Urls.canonical("https://x.org/b/", "chapters/a/index.html"));
    }

    @Test
    void readingOrderPutsFrontMatterFirstAndAppendicesLast() {
        var order = java.util.stream.Stream.of("A", "10", "INT", "02", "FM", "B", "1")
                .sorted(java.util.Comparator.comparing(ReadingOrder::key)).toList();
        assertEquals(java.util.List.of("FM", "INT", "1", "02", "10", "A", "B"), order);
    }
}
