package org.handbook.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlsTest {
    @Test
    void linksAreRelativeAndNameIndexHtml() {
        assertEquals("../../glossary/index.html#lora", Urls.relative("chapters/a/index.html", "glossary/index.html#lora"));
        assertEquals("glossary/index.html", Urls.relative("index.html", "glossary/index.html"));
        assertEquals("#lora", Urls.relative("glossary/index.html", "glossary/index.html#lora"));
        assertEquals("https://x.org/b/chapters/a/", Urls.canonical("https://x.org/b/", "chapters/a/index.html"));
    }
}
