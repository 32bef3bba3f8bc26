package org.handbook.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.handbook.types.Link;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The book for print in parts: consecutive chapters of the one-page book (the PDF's source) put
 * together until a part would pass {@link #BUDGET} compressed bytes, so each part's page opens on
 * a slow phone connection as quickly as a chapter's (the whole book, 280 KB compressed, took 1.3 s
 * to its first paint on simulated slow 4G). A chapter is never cut; one larger than the budget is a
 * part of its own. A link to an anchor in another part names that part's page.
 */
public final class PrintParts {
    /** Compressed bytes of a part's chapters: about what the longest chapter's page sends, which paints first within 1.3 s. */
    static final int BUDGET = 80_000;

    /**
     * A part: its number (from 1), its page's site path and its link from the print page, its
     * chapters as the book's contents names them (linking into the part) and their printed HTML.
     */
    public record Part(int number, String path, String href, List<Link> chapters, String html) {
    }

    private PrintParts() {
    }

    /** The page of part {@code n}: beside the print page, so relative links read the same from both. */
    static String path(int n) {
        return "print/" + href(n);
    }

    private static String href(int n) {
        return "part-" + n + ".html";
    }

    /** The parts of {@code bookHtml}, the rendered one-page book, with links between parts rewritten. */
    static List<Part> split(String bookHtml) {
        Document book = Jsoup.parse(bookHtml);
        book.outputSettings().prettyPrint(false);
        Elements sections = book.select("article.print-book > section.print-chapter");
        List<List<Element>> groups = new ArrayList<>();
        int size = 0;
        for (Element s : sections) {
            int bytes = compressed(s.outerHtml());
            if (groups.isEmpty() || size + bytes > BUDGET) {
                groups.add(new ArrayList<>());
                size = 0;
            }
            groups.get(groups.size() - 1).add(s);
            size += bytes;
        }
        Map<String, String> titles = new HashMap<>();
        for (Element a : book.select("nav.print-contents a[href^=#ch-]")) titles.put(a.attr("href").substring(1), a.text());
        Map<String, Integer> partOfId = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            for (Element s : groups.get(i)) {
                for (Element e : s.select("[id]")) partOfId.put(e.id(), i + 1);
            }
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            int n = i + 1;
            StringBuilder html = new StringBuilder();
            List<Link> chapters = new ArrayList<>();
            for (Element s : groups.get(i)) {
                for (Element a : s.select("a[href^=#]")) {
                    Integer target = partOfId.get(a.attr("href").substring(1));
                    if (target != null && target != n) a.attr("href", href(target) + a.attr("href"));
                }
                chapters.add(new Link(titles.getOrDefault(s.id(), s.id()), href(n) + "#" + s.id()));
                html.append(s.outerHtml()).append('\n');
            }
            parts.add(new Part(n, path(n), href(n), List.copyOf(chapters), html.toString()));
        }
        return parts;
    }

    /** Bytes of {@code html} deflated as a web server's gzip would (its default level). */
    private static int compressed(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(6, true);
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater)) {
            z.write(html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.size();
    }
}
