package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verdicts as handbook.yaml declares them, and today's verdict beside the one a measurement would
 * lead to: the sample's playbook "stale-bot" and the outcome its flowchart ends at give "Don't
 * fine-tune" today and "Fine-tune" if the measurement holds. Its badge, the index of playbooks, the
 * home page, the flowchart's picture and decision table and the meeting pack all say both, with the
 * measurement and its threshold; an outcome without a measurement says one.
 */
class VerdictDisplayTest {
    static final String TODAY = "Don't fine-tune";
    static final String IF_HOLDS = "Fine-tune if the measurement holds";
    static final String MEASURE = "Share of answers that cite a removed feature, on 200 held-out questions";
    static final String THRESHOLD = "Still above 5% with the index rebuilt nightly";
    /** The outcome's measurement, in more general words than the playbook's. */
    static final String OUTCOME_MEASURE = "Stale answers as a share of held-out questions";
    static final String OUTCOME_THRESHOLD = "Above 5%";
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = TestSites.sampleSite();
    }

    static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile());
    }

    static List<String> texts(Element scope, String css) {
        return scope.select(css).eachText();
    }

    /** A measurement paragraph names the measurement and the threshold it must reach. */
    static void namesTheMeasurement(Element p, String where) {
        namesTheMeasurement(p, MEASURE, THRESHOLD, where);
    }

    static void namesTheMeasurement(Element p, String measure, String threshold, String where) {
        assertNotNull(p, where + " has no measurement");
        assertTrue(p.text().contains("Measure: " + measure + "."), where + ": " + p.text());
        assertTrue(p.text().contains("Holds when: " + threshold + "."), where + ": " + p.text());
    }

    @Test
    void thePlaybookBadgeSaysTodaysVerdictAndTheOneIfTheMeasurementHolds() throws Exception {
        Element box = page("playbooks/stale-bot/index.html").selectFirst(".verdict-box");
        assertEquals(List.of(TODAY, IF_HOLDS), texts(box.selectFirst("h2"), ".verdict"));
        assertTrue(box.selectFirst("h2 .verdict").hasClass("tone-red"), "today's verdict in its declared colour");
        assertTrue(box.selectFirst("h2 .verdict-measured").hasClass("tone-green"), "the measured verdict in its own");
        namesTheMeasurement(box.selectFirst("p.if-measured"), "the playbook page");
    }

    @Test
    void theIndexAndTheHomePageSayBoth() throws Exception {
        Element card = page("playbooks/index.html").getElementById("stale-bot");
        assertEquals(List.of(TODAY, IF_HOLDS), texts(card, ".card-title .verdict"));
        namesTheMeasurement(card.selectFirst("p.if-measured"), "the index");
        assertEquals(List.of(TODAY, IF_HOLDS), texts(page("index.html").selectFirst("a[href=playbooks/stale-bot/index.html]").parent(), ".verdict"));
    }

    @Test
    void thePlaybooksIndexSaysWhatEachDeclaredVerdictMeans() throws Exception {
        Element legend = page("playbooks/index.html").selectFirst(".verdict-legend");
        assertEquals(List.of(TODAY, "Not yet", "Fine-tune"), texts(legend, "dt .verdict"));
        assertEquals("Measure first, then decide.", legend.select("dd").get(1).text());
        assertTrue(legend.selectFirst("dt .verdict").hasClass("tone-red"));
    }

    @Test
    void theFlowchartOutcomeSaysBothInThePictureAndTheTable() throws Exception {
        Document fc = page("flowcharts/decide/index.html");
        Element box = fc.getElementById("fc-n-use-retrieval");
        assertTrue(box.hasClass("fc-tone-red"), box.className());
        assertEquals(List.of(TODAY, IF_HOLDS), texts(box, "tspan.fc-verdict"));
        assertEquals(List.of("fc-fill-red", "fc-fill-green"), box.select("tspan.fc-verdict").stream()
                .map(t -> t.classNames().stream().filter(c -> c.startsWith("fc-fill-")).findFirst().orElse("")).toList());
        Element row = fc.getElementById("use-retrieval");
        assertEquals(List.of(TODAY), texts(row.selectFirst(".node-title"), ".verdict"));
        Element measured = row.selectFirst(".node-if-measured");
        assertEquals(IF_HOLDS, measured.selectFirst(".verdict").text());
        namesTheMeasurement(measured, OUTCOME_MEASURE, OUTCOME_THRESHOLD, "the decision table");

        assertEquals(List.of("Fine-tune"), texts(fc.getElementById("fc-n-tune"), "tspan.fc-verdict"), "an outcome without a measurement says one verdict");
        assertNull(fc.getElementById("tune").selectFirst(".node-if-measured"));
    }

    @Test
    void theMeetingPackGivesBothVerdictsWithTheMeasurement() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(site.resolve("playbooks/stale-bot/stale-bot-meeting-pack.pdf")))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(TODAY + ". Fix retrieval; facts change weekly."), text);
            assertTrue(text.contains(IF_HOLDS + ". Measure: " + MEASURE + ". Holds when: " + THRESHOLD + "."), text);
        }
    }

    @Test
    void everyColourTheSchemaOffersIsDrawnBySiteCss() throws Exception {
        com.fasterxml.jackson.databind.JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("src/main/resources/schemas/handbook.schema.json").toFile());
        List<String> offered = new java.util.ArrayList<>();
        schema.at("/properties/verdicts/items/properties/colour/enum").forEach(c -> offered.add(c.asText()));
        assertEquals(org.handbook.model.Verdict.COLOURS, offered);
        String css = Files.readString(TestSites.TEMPLATES.resolve("assets/site.css"));
        for (String c : offered) {
            assertTrue(css.contains(".tone-" + c + " {"), "a badge in " + c);
            assertTrue(css.contains(".fc-fill-" + c + " {"), "a verdict line in " + c);
            assertTrue(c.equals("green") || css.contains(".fc-tone-" + c + " rect {"), "an outcome box in " + c);
        }
    }
}
