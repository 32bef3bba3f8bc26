package org.handbook.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.handbook.cache.Hashes;
import org.handbook.link.Library;
import org.handbook.link.Urls;
import org.handbook.model.Chapter;
import org.handbook.model.Checklist;
import org.handbook.model.Playbook;
import org.handbook.output.BuildContext;
import org.handbook.output.Output;
import org.handbook.render.PrintFigures;
import org.handbook.types.Chapters;
import org.handbook.types.Checklists;
import org.handbook.types.Flowcharts;
import org.handbook.types.Playbooks;
import org.handbook.types.Sources;
import org.handbook.types.Terms;
import org.handbook.types.Views;
import org.handbook.write.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The PDFs of a build: every checklist in A4 and US Letter, a meeting pack per playbook, and the
 * whole handbook with chapter bookmarks (made from the print page). A PDF is kept in the build
 * cache by the hash of its inputs (its HTML, with the stylesheet in it, the fonts, the date, the
 * generator), so one whose inputs did not change is never made twice, even after site/ was deleted;
 * under the dev server an existing PDF is kept even when out of date, and the next {@code build} re-makes it.
 */
public final class PdfOutput implements Output {
    /**
     * {@code -Dhandbook.pdfs=off}: a build without its PDFs (and with dead links to them), only for
     * bench/pdf-cost.sh, which measures what the PDFs add to a build.
     */
    private static final boolean OFF = "off".equals(System.getProperty("handbook.pdfs"));
    /** The build cache's name for what this output makes. */
    static final String KIND = "pdf";

    /** One PDF to make: its site path, its canonical URL, its bookmarks and how to write its HTML. */
    private record Job(String path, String baseUri, List<PdfRenderer.Bookmark> bookmarks, Function<Shared, String> html) {
    }

    /** What every job of one build shares. */
    private record Shared(BuildContext context, String css) {
        Map<String, Object> model(String size, String url) {
            Map<String, Object> m = new HashMap<>();
            m.put("site", context.pages().site(""));
            m.put("css", css);
            m.put("size", size);
            m.put("url", url);
            return m;
        }

        String render(String template, Map<String, Object> model) {
            return context.templates().render(template, model);
        }
    }

    /** A term with its short definition, for a meeting pack. */
    public record TermNote(String title, String definition) {
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public boolean slow() {
        return true;
    }

    /** The book (the longest, from the print page) first, then checklists and meeting packs, side by side on the build's pool. */
    @Override
    public List<OutputFile> produce(BuildContext context) throws IOException {
        if (OFF) return List.of();
        Library lib = context.library();
        Shared shared = new Shared(context, Files.readString(context.templatesDir().resolve("pdf/pdf.css")));
        List<Job> jobs = new ArrayList<>();
        if (lib.config().print()) jobs.add(handbook(lib));
        for (Checklist c : lib.items(Checklists.TYPE)) {
            jobs.add(checklist(lib, c, "A4", c.id() + ".pdf"));
            jobs.add(checklist(lib, c, "letter", c.id() + "-letter.pdf"));
        }
        for (Playbook p : lib.items(Playbooks.TYPE)) jobs.add(meetingPack(lib, p));
        LocalDate date = contentDate(lib.config().updated());
        return jobs.parallelStream().map(job -> make(shared, job, date)).toList();
    }

    private static OutputFile make(Shared shared, Job job, LocalDate date) {
        shared.context().checkCancelled();
        String html = job.html().apply(shared);
        // everything the bytes depend on; the cache adds the generator's version
        String inputs = Hashes.of(html, String.valueOf(job.bookmarks()), PdfRenderer.fonts(), date.toString(), job.path());
        BuildContext context = shared.context();
        Optional<byte[]> kept = context.cache().kept(KIND, inputs);
        if (kept.isPresent()) return new OutputFile(job.path(), kept.get());
        // while serving, an existing PDF is carried over out of date rather than re-made on every save
        Optional<byte[]> carried = context.draft() ? context.lastBuild().stale(job.path()) : Optional.empty();
        return new OutputFile(job.path(), carried.orElseGet(() -> context.cache().artifact(KIND, inputs,
                () -> PdfRenderer.pdf(html, job.baseUri(), job.bookmarks(), date, inputs))));
    }

    /** The content's date (handbook.yaml's updated) as the PDFs' date, so rebuilds give the same bytes. */
    private static LocalDate contentDate(String updated) {
        try {
            return LocalDate.parse(updated);
        } catch (DateTimeParseException | NullPointerException e) {
            return LocalDate.of(2000, 1, 1);
        }
    }

    private static Job checklist(Library lib, Checklist c, String size, String file) {
        String page = Checklists.TYPE.path(c.id());
        String url = Urls.canonical(lib.config().baseUrl(), page);
        return new Job(Checklists.TYPE.folder() + "/" + c.id() + "/" + file, url, List.of(), shared -> {
            Map<String, Object> m = shared.model(size, url);
            m.put("checklist", Checklists.view(shared.context().pages().views(page), c));
            return PrintFigures.document(shared.render("pdf/checklist.ftlh", m), "Figures used in this checklist");
        });
    }

    private static Job meetingPack(Library lib, Playbook p) {
        String page = Playbooks.TYPE.path(p.id());
        String url = Urls.canonical(lib.config().baseUrl(), page);
        return new Job(Playbooks.TYPE.folder() + "/" + p.id() + "/" + p.id() + "-meeting-pack.pdf", url, List.of(), shared -> {
            Views v = shared.context().pages().views(page);
            Map<String, Object> m = shared.model("A4", url);
            m.put("playbook", Playbooks.view(v, p, "", Playbooks.route(v, p)));
            m.put("checklist", Checklists.view(v, lib.item(Checklists.TYPE, p.checklist()).orElseThrow()));
            Flowcharts.View f = Flowcharts.view(v, lib.item(Flowcharts.TYPE, p.flowchart()).orElseThrow());
            m.put("flowchart", f);
            m.put("outcomeNumber", f.nodes().stream().filter(n -> n.id().equals(p.outcome())).mapToInt(Flowcharts.Node::number).findFirst().orElse(0));
            String key = Playbooks.TYPE.textKey(p.id());
            m.put("pack", PackSections.of(v.html(key, "pack-")));
            m.put("terms", terms(lib, key));
            m.put("sources", lib.citations(key).stream().map(id -> lib.item(Sources.TYPE, id)).flatMap(Optional::stream)
                    .map(s -> Sources.view(v, s)).toList());
            return PrintFigures.document(shared.render("pdf/meeting-pack.ftlh", m), "Figures used in this pack");
        });
    }

    /** The terms a text uses, mentioned or linked, with their short definitions, A to Z. */
    private static List<TermNote> terms(Library lib, String key) {
        Set<String> ids = new LinkedHashSet<>(lib.mentions(key).terms());
        ids.addAll(lib.linkedTerms(key));
        return ids.stream().map(id -> lib.item(Terms.TYPE, id)).flatMap(Optional::stream)
                .map(t -> new TermNote(t.term(), lib.definition(t.id()))).sorted(Comparator.comparing(TermNote::title)).toList();
    }

    private static Job handbook(Library lib) {
        String url = Urls.canonical(lib.config().baseUrl(), Urls.PRINT);
        List<PdfRenderer.Bookmark> marks = new ArrayList<>();
        for (Chapter c : lib.items(Chapters.TYPE)) marks.add(new PdfRenderer.Bookmark(Chapters.numbered(c), "ch-" + c.id()));
        return new Job("handbook.pdf", url, marks, shared -> {
            Element book = Jsoup.parse(shared.context().pages().book()).selectFirst("article.print-book");
            book.select(".print-only-note, script").remove();
            Map<String, Object> m = shared.model("A4", url);
            m.put("title", lib.config().title());
            m.put("body", book.outerHtml());
            return shared.render("pdf/handbook.ftlh", m);
        });
    }
}
