package org.handbook.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.link.Library;
import org.handbook.model.Checklist;
import org.handbook.types.Checklists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Markdown and CSV downloads of every bundled checklist read back to the checklist's items, in order. */
class ChecklistExportsTest {

    private static Library library;

    static synchronized Library lib() throws Exception {
        if (library == null) library = Pipeline.library(TestSites.CONTENT);
        return library;
    }

    static Checklist checklist(String id) throws Exception {
        return lib().item(Checklists.TYPE, id).orElseThrow();
    }

    /** A text as the downloads write it: named values written out. */
    static String plain(String text) throws Exception {
        return lib().values().plain(text);
    }

    static List<String[]> expected(Checklist c) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (Checklist.Section s : c.sections()) {
            for (Checklist.Item i : s.items()) rows.add(new String[] {s.title(), plain(i.text()), i.required() ? "yes" : "no", i.who() == null ? "" : i.who()});
        }
        return rows;
    }

    /** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { row.add(field.toString()); field.setLength(0); }
            else if (c == '\r') continue;
            else if (c == '\n') { row.add(field.toString()); field.setLength(0); rows.add(row); row = new ArrayList<>(); }
            else field.append(c);
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"decision-meeting", "data-readiness", "splits-and-contamination", "synthetic-data", "release-gate", "operations", "implementation"})
    void csvParsesBackToTheItems(String id) throws Exception {
        Path site = TestSites.handbookSite();
        Checklist c = checklist(id);
        String text = Files.readString(site.resolve("checklists/" + id + "/" + id + ".csv"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFsection,item,required,who,why\r\n"), "UTF-8 mark and header");
        List<List<String>> rows = parseCsv(text.substring(1));
        List<String[]> want = expected(c);
        assertEquals(want.size() + 1, rows.size());
        for (int i = 0; i < want.size(); i++) {
            List<String> got = rows.get(i + 1);
            assertEquals(5, got.size(), "five columns in row " + (i + 1));
            assertEquals(String.join("|", want.get(i)), String.join("|", got.subList(0, 4)), "row " + (i + 1));
            assertTrue(!got.get(4).contains("](") && !got.get(4).contains("[@"), "why is plain text: " + got.get(4));
        }
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreText() {
        assertEquals("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\"", ChecklistExports.field("=HYPERLINK(\"https://evil.example\",\"click\")"));
        for (String formula : new String[] {"=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1+1", " =1+1"}) {
            List<String> cell = parseCsv(ChecklistExports.field(formula) + "\n").get(0);
            assertEquals(1, cell.size(), formula);
            assertTrue(cell.get(0).startsWith("'"), formula + " -> " + cell.get(0));
            assertEquals(formula.strip(), cell.get(0).substring(1));
        }
        assertEquals("Owner signs", ChecklistExports.field("Owner signs"));
        assertEquals("\"a, b\"", ChecklistExports.field("a, b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"decision-meeting", "data-readiness", "splits-and-contamination", "synthetic-data", "release-gate", "operations", "implementation"})
    void markdownIsATaskListOfTheItemsWithWorkingLinks(String id) throws Exception {
        Path site = TestSites.handbookSite();
        Library lib = Pipeline.library(TestSites.CONTENT);
        Checklist c = checklist(id);
        String md = Files.readString(site.resolve("checklists/" + id + "/" + id + ".md"));
        assertTrue(md.startsWith("# " + c.title() + "\n"));
        Matcher task = Pattern.compile("(?m)^- \\[ \\] (.+?)( \\*\\*\\(required\\)\\*\\*)?( — (.+))?$").matcher(md);
        List<String> texts = new ArrayList<>();
        List<Boolean> required = new ArrayList<>();
        while (task.find()) {
            texts.add(task.group(1));
            required.add(task.group(2) != null);
        }
        List<String> wantTexts = new ArrayList<>();
        List<Boolean> wantRequired = new ArrayList<>();
        for (Checklist.Section s : c.sections()) {
            for (Checklist.Item i : s.items()) {
                wantTexts.add(plain(i.text()).replaceAll("\\s+", " ").trim());
                wantRequired.add(i.required());
            }
        }
        assertEquals(wantTexts, texts);
        assertEquals(wantRequired, required);
        assertTrue(!md.contains("](term:") && !md.contains("](chapter:") && !md.contains("[@"), "links and citations point outside the site");
        assertTrue(md.contains("](" + lib.config().baseUrl()), "links are absolute URLs of the handbook");
    }
}
