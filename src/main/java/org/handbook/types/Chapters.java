package org.handbook.types;

import static org.handbook.types.Fields.integer;
import static org.handbook.types.Fields.text;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.handbook.model.Chapter;

/** The book's sections, in reading order: front matter, introduction, numbered chapters, appendices. */
public final class Chapters {
    private Chapters() {
    }

    public static final ContentType<Chapter> TYPE = ContentType.of("chapter", Chapter.class, ContentType.Layout.MARKDOWN)
            .folder("chapters")
            .binder(i -> new Chapter(i.id(), text(i.fields(), "number"), text(i.fields(), "title"), text(i.fields(), "claim"),
                    integer(i.fields(), "minutes"), i.body(), i.source()))
            .id(Chapter::id).title(Chapter::title).summary(Chapter::claim).source(Chapter::source).body(Chapter::body)
            .order(Comparator.comparing(c -> ReadingOrder.key(c.number())))
            .nav("Contents", 1, "index.html#contents")
            .onHome()
            .card(Chapters::entry)
            .page((v, c) -> view(v, c, ""))
            .search((c, sink) -> sink.sections(numbered(c), Chapters.TYPE.path(c.id()), c.claim(), Chapters.TYPE.textKey(c.id())))
            .scaffold("chapter.md", content -> Map.of("number", freeNumber(content.items(Chapters.TYPE))))
            .build();

    /** A chapter on its page. */
    public record View(String id, String number, String title, String claim, int minutes, String body) {
    }

    /** A line of the book's contents. */
    public record Entry(String number, String title, String claim, int minutes, String href) {
    }

    static Entry entry(Views v, Chapter c) {
        return new Entry(ReadingOrder.display(c.number()), v.plain(c.title()), v.inline(c.claim()), v.minutes(TYPE.textKey(c.id())), v.href(TYPE, c.id()));
    }

    /** A chapter as part of the one-page book: its heading ids prefixed so twenty chapters share a page. */
    public static View printed(Views v, Chapter c) {
        return view(v, c, "ch-" + c.id() + "-");
    }

    private static View view(Views v, Chapter c, String idPrefix) {
        String key = TYPE.textKey(c.id());
        return new View(c.id(), ReadingOrder.display(c.number()), v.plain(c.title()), v.inline(c.claim()), v.minutes(key), v.html(key, idPrefix));
    }

    /** A two-digit number no chapter has, counting down from 99, for a new chapter to start with. */
    static String freeNumber(List<Chapter> chapters) {
        Set<String> taken = chapters.stream().map(Chapter::number).collect(Collectors.toSet());
        int n = 99;
        while (n > 0 && taken.contains(String.format("%02d", n))) n--;
        return String.format("%02d", n);
    }

    /** The title with its number ("04 The regression wall"), as search results and bookmarks show it. */
    public static String numbered(Chapter c) {
        String number = ReadingOrder.display(c.number());
        return (number.isEmpty() ? "" : number + " ") + c.title();
    }
}
