package org.handbook.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.link.Library;
import org.handbook.types.Chapters;
import org.handbook.types.Terms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the bundled handbook can be shared: canonical URL, description, cards, a preview picture and JSON-LD. */
class SharingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPageHasCanonicalDescriptionOpenGraphTwitterAndAPictureThatExists() throws Exception {
        Path site = TestSites.handbookSite();
        Library lib = Pipeline.library(TestSites.CONTENT);
        String base = lib.config().baseUrl();
        Map<String, byte[]> files = TestSites.snapshot(site);
        int pages = 0;
        for (var f : files.entrySet()) {
            if (!f.getKey().endsWith(".html")) continue;
            Document doc = Jsoup.parse(new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            String where = f.getKey();
            assertTrue(attr(doc, "link[rel=canonical]", "href").startsWith(base), where);
            assertFalse(attr(doc, "meta[name=description]", "content").isBlank(), where);
            for (String p : List.of("og:title", "og:description", "og:url", "og:type", "og:image", "og:image:alt")) {
                assertFalse(attr(doc, "meta[property=" + p + "]", "content").isBlank(), where + " " + p);
            }
            assertEquals("summary_large_image", attr(doc, "meta[name=twitter:card]", "content"), where);
            String image = attr(doc, "meta[property=og:image]", "content");
            assertEquals(image, attr(doc, "meta[name=twitter:image]", "content"), where);
            assertTrue(image.startsWith(base), where);
            byte[] png = files.get(image.substring(base.length()));
            assertNotNull(png, where + ": " + image + " is in the site");
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(PreviewCard.WIDTH, picture.getWidth(), image);
            assertEquals(PreviewCard.HEIGHT, picture.getHeight(), image);
            pages++;
        }
        assertTrue(pages > 50, pages + " pages");
    }

    @Test
    void structuredDataParsesAndDescribesTheBookItsChaptersAndTheGlossary() throws Exception {
        Path site = TestSites.handbookSite();
        Library lib = Pipeline.library(TestSites.CONTENT);
        JsonNode home = jsonLd(site.resolve("index.html"));
        JsonNode book = node(home, "Book");
        assertEquals(lib.config().title(), book.get("name").asText());
        assertEquals(lib.items(Chapters.TYPE).size(), book.get("hasPart").size());
        String first = lib.items(Chapters.TYPE).get(0).id();
        JsonNode chapter = node(jsonLd(site.resolve(Chapters.TYPE.path(first))), "Chapter");
        assertEquals("Book", chapter.get("isPartOf").get("@type").asText());
        assertEquals(book.get("@id").asText(), chapter.get("isPartOf").get("@id").asText());
        JsonNode glossary = jsonLd(site.resolve(Terms.TYPE.indexPath()));
        JsonNode terms = node(glossary, "DefinedTermSet").get("hasDefinedTerm");
        assertEquals(lib.items(Terms.TYPE).size(), terms.size());
        for (JsonNode t : terms) {
            assertEquals("DefinedTerm", t.get("@type").asText());
            assertFalse(t.get("description").asText().isBlank(), t.toString());
        }
        JsonNode crumbs = node(glossary, "BreadcrumbList").get("itemListElement");
        assertEquals(lib.config().baseUrl(), crumbs.get(0).get("item").asText());
        assertEquals(lib.config().baseUrl() + "glossary/", crumbs.get(crumbs.size() - 1).get("item").asText());
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        StructuredData.Book book = new StructuredData.Book("A </script><script>alert(1)</script> & b", null, null, null, "en", null,
                "https://example.org/", null);
        String json = StructuredData.of(book, new StructuredData.Page("home", "t", "d", "https://example.org/", null, null,
                List.of(), List.of(), List.of()));
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
    }

    @Test
    void cardsAreTheSameForTheSameInputAndKeptInTheBuildCacheWhenUnchanged(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        TestSites.build(content, out);
        Path card = out.resolve("card.png");
        byte[] drawn = Files.readAllBytes(card);
        TestSites.deleteTree(out);
        Pipeline.Result again = TestSites.build(content, out);
        assertArrayEquals(drawn, Files.readAllBytes(card), "the same input draws the same picture");
        assertFalse(again.cache().made().containsKey("card"), "every card taken from the build cache, none drawn");
        // a changed description draws it again
        Path yaml = content.resolve("handbook.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("subtitle: A small", "subtitle: A tiny"));
        Pipeline.Result edited = TestSites.build(content, out);
        assertFalse(java.util.Arrays.equals(drawn, Files.readAllBytes(card)));
        assertTrue(edited.cache().made().containsKey("card"));
    }

    @Test
    void aRebuildLinksTheSitesUnchangedCardsAndDrawsTheChangedOne(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("work/site");
        TestSites.build(content, out);
        Path home = out.resolve("card.png");
        Object homeBefore = Files.getAttribute(home, "unix:ino");
        Path chapter = content.resolve("chapters/first.md");
        Path chapterCard;
        try (var cards = Files.walk(out)) {
            chapterCard = cards.filter(p -> p.endsWith("card.png") && p.toString().contains("first")).findFirst().orElseThrow();
        }
        byte[] chapterBefore = Files.readAllBytes(chapterCard);
        Files.writeString(chapter, Files.readString(chapter).replaceFirst("(?m)^title: .*$", "title: \"A title set by the test\""));
        TestSites.build(content, out);
        assertEquals(homeBefore, Files.getAttribute(home, "unix:ino"), "an unchanged card is the site's own file, linked into the new site");
        assertFalse(java.util.Arrays.equals(chapterBefore, Files.readAllBytes(chapterCard)), "the retitled chapter's card is drawn again");
        Path clean = dir.resolve("clean/site");
        TestSites.build(content, clean);
        TestSites.assertSameFiles(clean, out);
    }

    private static String attr(Document doc, String selector, String attr) {
        Element e = doc.selectFirst(selector);
        return e == null ? "" : e.attr(attr);
    }

    private static JsonNode jsonLd(Path page) throws Exception {
        Element script = Jsoup.parse(page.toFile()).selectFirst("script[type=application/ld+json]");
        assertNotNull(script, page + " has structured data");
        JsonNode root = JSON.readTree(script.data());
        assertEquals("https://schema.org", root.get("@context").asText());
        return root.get("@graph");
    }

    private static JsonNode node(JsonNode graph, String type) {
        List<String> types = new ArrayList<>();
        for (JsonNode n : graph) {
            if (n.get("@type").asText().equals(type)) return n;
            types.add(n.get("@type").asText());
        }
        throw new AssertionError("no " + type + " in " + types);
    }
}
