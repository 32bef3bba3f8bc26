package org.handbook.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.link.Library;
import org.handbook.markdown.MarkdownParser;
import org.handbook.model.Flowchart;
import org.handbook.model.Playbook;
import org.handbook.types.Flowcharts;
import org.handbook.types.Playbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each bundled playbook's meeting pack, read back from the PDF: its sections in the order a
 * facilitator runs the meeting, each holding what its playbook says (route, signals under the
 * verdict they support, the options table, the stop rule, the first three steps with owners, the
 * decision record). Everything expected is derived from the loaded playbook.
 */
class MeetingPackTest {
    private static Library lib;
    private static Path site;

    /** The pack's headings, in order; a section's text lies between its heading and the next. */
    private static final List<String> HEADINGS = List.of("The question in the room", "How the flowchart gets here",
            "What the playbook concludes", "Signals: tick the ones that hold", "Signals that this playbook fits", "Signals that point elsewhere",
            "The options", "Stop rule", "What would change the verdict", "First three steps", "Decision record");

    @BeforeAll
    static void build() throws Exception {
        lib = Pipeline.library(TestSites.CONTENT);
        site = TestSites.handbookSite();
    }

    /** Letters and digits only: line breaks, typographic quotes and dashes do not count. */
    private static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase();
    }

    /** The pack's text in reading order, without running footers and note marks (set smaller than any text of the body). */
    private static String packText(Playbook p) throws IOException {
        Path pdf = site.resolve(Playbooks.TYPE.folder() + "/" + p.id() + "/" + p.id() + "-meeting-pack.pdf");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    StringBuilder kept = new StringBuilder();
                    for (TextPosition t : positions) if (t.getYScale() >= 8.25f) kept.append(t.getUnicode());
                    super.writeString(kept.toString(), positions);
                }
            };
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    /** The pack's sections by heading, as squashed text. */
    private static Map<String, String> sections(Playbook p, String text) {
        String all = squash(text);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        int from = 0;
        List<Integer> starts = new ArrayList<>();
        for (String h : HEADINGS) {
            // a step may mention "the decision record": the record's heading is the one its first fields follow
            int at = h.equals("Decision record") ? all.indexOf(squash(h + " Decision Signals that held"), from) : all.indexOf(squash(h), from);
            assertTrue(at >= 0, p.id() + ": the pack has '" + h + "' after the sections before it");
            starts.add(at);
            from = at + squash(h).length();
        }
        for (int i = 0; i < HEADINGS.size(); i++) {
            int end = i + 1 < HEADINGS.size() ? starts.get(i + 1) : all.length();
            out.put(HEADINGS.get(i), all.substring(starts.get(i) + squash(HEADINGS.get(i)).length(), end));
        }
        return out;
    }

    /** The Markdown nodes of the body section under {@code ## title}. */
    private static List<Node> bodySection(Playbook p, String title) {
        List<Node> out = new ArrayList<>();
        boolean in = false;
        for (Node n = lib.parsed().text(Playbooks.TYPE.textKey(p.id())).document().getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 2) in = MarkdownParser.plainText(h).strip().equals(title);
            else if (in) out.add(n);
        }
        assertTrue(!out.isEmpty(), p.id() + " has a section '" + title + "'");
        return out;
    }

    private static String plain(Node n) {
        return lib.values().plain(MarkdownParser.plainText(n));
    }

    private static void assertInOrder(String section, List<String> expected, String what) {
        int from = 0;
        for (String e : expected) {
            int at = section.indexOf(squash(e), from);
            assertTrue(at >= 0, what + ": '" + e + "' (in order) in\n" + section);
            from = at + squash(e).length();
        }
    }

    @Test
    void eachPackHoldsWhatItsPlaybookSaysInTheOrderTheMeetingRuns() throws Exception {
        List<Playbook> playbooks = lib.items(Playbooks.TYPE);
        assertTrue(playbooks.size() >= 2);
        for (Playbook p : playbooks) {
            Map<String, String> s = sections(p, packText(p));
            assertInOrder(s.get("The question in the room"), List.of(lib.values().plain(p.question())), p.id() + " question");

            Flowchart f = lib.item(Flowcharts.TYPE, p.flowchart()).orElseThrow();
            List<String> route = new ArrayList<>();
            for (int i = 0; i < p.route().size(); i++) {
                Flowchart.Node node = f.nodes().get(p.route().get(i));
                if (node.isOutcome()) {
                    route.add("Outcome: " + lib.values().plain(node.outcome()));
                    continue;
                }
                String next = p.route().get(i + 1);
                route.add(lib.values().plain(node.question()));
                route.add("Answer: " + lib.values().plain(node.options().stream().filter(o -> o.next().equals(next)).findFirst().orElseThrow().label()));
            }
            assertInOrder(s.get("How the flowchart gets here"), route, p.id() + " route");

            assertInOrder(s.get("What the playbook concludes"), List.of(lib.config().verdictOf(p.verdict()).label(), lib.values().plain(p.answer())), p.id() + " verdict");
            assertInOrder(s.get("Signals that this playbook fits"), p.signals().forVerdict().stream().map(lib.values()::plain).toList(), p.id() + " signals for");
            assertInOrder(s.get("Signals that point elsewhere"), p.signals().against().stream().map(lib.values()::plain).toList(),
                    p.id() + " signals against");

            List<String> options = new ArrayList<>();
            for (Node n : bodySection(p, "The options")) {
                if (n instanceof Heading) break;
                for (Node body : n.getChildren()) {
                    if (!(body instanceof TableBody)) continue;
                    for (Node row : body.getChildren()) {
                        if (row instanceof TableRow) row.getChildren().forEach(cell -> {
                            if (cell instanceof TableCell) options.add(plain(cell));
                        });
                    }
                }
            }
            assertTrue(options.size() >= 4, p.id() + " has an options table: " + options);
            // a cell's lines interleave with its neighbours' in reading order: every word of it is there
            for (String cell : options) {
                for (String word : cell.split("[^\\p{L}\\p{N}]+")) {
                    assertTrue(s.get("The options").contains(squash(word)), p.id() + " options table: '" + word + "' of '" + cell + "'");
                }
            }

            List<Node> changes = bodySection(p, "What would change the verdict");
            Node stop = changes.stream().filter(n -> n instanceof Paragraph && plain(n).startsWith("Stop rule")).findFirst().orElseThrow(
                    () -> new AssertionError(p.id() + " has a paragraph starting 'Stop rule'"));
            assertInOrder(s.get("Stop rule"), List.of(plain(stop).substring("Stop rule".length())), p.id() + " stop rule");
            assertInOrder(s.get("What would change the verdict"), changes.stream().filter(n -> n != stop).map(MeetingPackTest::plain).toList(),
                    p.id() + " what would change the verdict");

            OrderedList steps = (OrderedList) bodySection(p, "First three steps").stream().filter(n -> n instanceof OrderedList).findFirst().orElseThrow();
            List<String> items = new ArrayList<>();
            Pattern owner = Pattern.compile("\\(owner: [^,)]+");
            for (Node item : steps.getChildren()) {
                if (!(item instanceof ListItem)) continue;
                String text = plain(item);
                Matcher m = owner.matcher(text);
                assertTrue(m.find(), p.id() + ": each step names its owner: " + text);
                items.add(text);
            }
            assertEquals(3, items.size(), p.id() + " first three steps");
            assertInOrder(s.get("First three steps"), items, p.id() + " first three steps");

            assertInOrder(s.get("Decision record"), List.of("Decision", "Signals that held", "Step owners", "Stop rule agreed", "Review on"),
                    p.id() + " decision record");
        }
    }
}
