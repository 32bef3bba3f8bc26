package org.handbook.epub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.handbook.link.Library;
import org.handbook.model.SiteConfig;
import org.handbook.output.BuildContext;
import org.handbook.output.Output;
import org.handbook.render.Fingerprints;
import org.handbook.share.CoverPicture;
import org.handbook.write.DeterministicZip;
import org.handbook.write.OutputFile;

/**
 * The book as an EPUB 3 file ({@code handbook.epub}, beside {@code handbook.pdf}): the sections in
 * reading order with a navigation document, the glossary, flowcharts, checklists and sources
 * ({@link EpubBook}), a cover drawn at build time and metadata from handbook.yaml, zipped with
 * {@code mimetype} first and stored, entries in a fixed order with the content's date. Kept in the
 * build cache by the hash of its documents and cover, so an unchanged book is zipped once; under the
 * dev server the last one is kept even when out of date, and the next {@code build} re-makes it.
 */
public final class EpubOutput implements Output {
    public static final String PATH = "handbook.epub";
    private static final String DIR = "EPUB/";

    @Override
    public String name() {
        return "epub";
    }

    @Override
    public boolean slow() {
        return true;
    }

    @Override
    public List<OutputFile> produce(BuildContext context) throws IOException {
        Library lib = context.library();
        if (!lib.config().print()) return List.of();
        // while serving, the last e-book is carried over out of date rather than re-made on every save
        java.util.Optional<byte[]> carried = context.draft() ? context.lastBuild().stale(PATH) : java.util.Optional.empty();
        if (carried.isPresent()) return List.of(new OutputFile(PATH, carried.get()));
        EpubBook book = new EpubBook(context);
        List<EpubBook.Doc> documents = book.documents();
        List<EpubBook.Doc> items = new ArrayList<>();
        documents.forEach(d -> {
            if (d.parts().isEmpty()) items.add(d);
            else items.addAll(d.parts());
        });
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", render(context, "epub/container.ftlx", Map.of("package", DIR + "package.opf")));
        entries.put(DIR + "package.opf", render(context, "epub/package.ftlx", packageModel(lib.config(), items)));
        Map<String, Object> nav = common(lib.config());
        nav.put("documents", documents);
        nav.put("start", items.isEmpty() ? "cover.xhtml" : items.get(0).file());
        if (book.glossary() != null) nav.put("glossary", book.glossary());
        if (book.bibliography() != null) nav.put("bibliography", book.bibliography());
        entries.put(DIR + "nav.xhtml", render(context, "epub/nav.ftlx", nav));
        Map<String, Object> cover = common(lib.config());
        entries.put(DIR + "cover.xhtml", render(context, "epub/cover.ftlx", cover));
        entries.put(DIR + "style.css", Files.readAllBytes(context.templatesDir().resolve("epub/style.css")));
        for (EpubBook.Doc d : items) {
            Map<String, Object> m = common(lib.config());
            m.put("title", d.title());
            m.put("type", d.type());
            m.put("body", d.body());
            entries.put(DIR + d.file(), render(context, "epub/document.ftlx", m));
        }
        CoverPicture picture = coverPicture(lib.config());
        List<String> key = new ArrayList<>(List.of(PATH, picture.key()));
        entries.forEach((path, bytes) -> key.add(path + "\u0000" + new String(bytes, StandardCharsets.UTF_8)));
        String fingerprint = Fingerprints.of(key);
        return List.of(new OutputFile(PATH, context.cache().artifact("epub", fingerprint, () -> {
            DeterministicZip zip = DeterministicZip.dated(lib.config().updated());
            zip.addStored("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            entries.forEach((path, bytes) -> {
                zip.add(path, bytes);
                if (path.equals(DIR + "style.css")) zip.add(DIR + "cover.png", picture.png());
            });
            return zip.finish();
        })));
    }

    private static CoverPicture coverPicture(SiteConfig c) {
        return new CoverPicture(c.title(), c.subtitle(), c.edition(), c.updated() == null ? "" : "Content as of " + c.updated());
    }

    private static byte[] render(BuildContext context, String template, Map<String, Object> model) {
        return context.templates().render(template, model).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> common(SiteConfig c) {
        Map<String, Object> m = new HashMap<>();
        m.put("language", c.language() == null ? "en" : c.language());
        m.put("title", c.title());
        m.put("subtitle", c.subtitle() == null ? "" : c.subtitle());
        return m;
    }

    private static Map<String, Object> packageModel(SiteConfig c, List<EpubBook.Doc> items) {
        Map<String, Object> m = common(c);
        // the same book at the same address keeps its identifier from edition to edition
        m.put("identifier", "urn:uuid:" + UUID.nameUUIDFromBytes((c.baseUrl() + "\u0000" + c.title()).getBytes(StandardCharsets.UTF_8)));
        m.put("description", c.description() == null ? "" : c.description());
        m.put("date", c.updated() == null ? "" : c.updated());
        m.put("modified", (c.updated() == null ? "2000-01-01" : c.updated()) + "T00:00:00Z");
        m.put("url", c.baseUrl());
        m.put("items", items);
        return m;
    }
}
