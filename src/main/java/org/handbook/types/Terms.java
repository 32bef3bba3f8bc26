package org.handbook.types;

import static org.handbook.types.Fields.list;
import static org.handbook.types.Fields.text;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.handbook.model.Term;

/** The glossary: each term on the one glossary page, its first paragraph the tooltip wherever it is mentioned. */
public final class Terms {
    private Terms() {
    }

    public static final ContentType<Term> TYPE = ContentType.of("term", Term.class, ContentType.Layout.MARKDOWN)
            .folder("glossary").plural("terms")
            .binder(i -> new Term(i.id(), text(i.fields(), "term"), list(i.fields(), "aliases"), list(i.fields(), "see"), i.body(), i.source()))
            .id(Term::id).title(Term::term).source(Term::source).body(Term::body)
            .order(Comparator.comparing((Term t) -> t.term().toLowerCase()).thenComparing(Term::id))
            .noPages()
            .refs("/see", () -> Terms.TYPE, Term::see)
            .index("Glossary", "{count} {term|terms} the handbook uses, A to Z.")
            .nav("Glossary", 6)
            .embedsIndex()
            .page(Terms::view)
            .search((t, sink) -> sink.add(t.term(), t.aliases().isEmpty() ? "" : "also " + String.join(", ", t.aliases()),
                    Terms.TYPE.path(t.id()), sink.text(Terms.TYPE.textKey(t.id()))))
            .scaffold("term.md")
            .build();

    /** A term on the glossary page; {@code letter} groups it A to Z. */
    public record View(String id, String term, List<String> aliases, String body, List<Link> see, String letter) {
    }

    static View view(Views v, Term t) {
        String letter = t.term().substring(0, 1).toUpperCase(Locale.ROOT);
        if (!Character.isLetter(letter.charAt(0))) letter = "#";
        return new View(t.id(), t.term(), t.aliases(), v.html(TYPE.textKey(t.id()), "term-" + t.id() + "-"),
                v.links(TYPE, t.see()), letter);
    }
}
