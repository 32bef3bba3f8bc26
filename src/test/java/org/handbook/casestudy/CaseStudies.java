package org.handbook.casestudy;

import static org.handbook.types.Fields.list;
import static org.handbook.types.Fields.text;

import org.handbook.types.ContentType;
import org.handbook.types.Playbooks;
import org.handbook.types.Registry;

/** The declaration of the case-study type: all the Java a new type needs besides its record (docs/content-types.md). */
public final class CaseStudies {
    private CaseStudies() {
    }

    public static final ContentType<CaseStudy> TYPE = ContentType.of("case-study", CaseStudy.class, ContentType.Layout.MARKDOWN)
            .folder("case-studies")
            .binder(i -> new CaseStudy(i.id(), text(i.fields(), "title"), text(i.fields(), "summary"),
                    list(i.fields(), "playbooks"), i.body(), i.source()))
            .id(CaseStudy::id).title(CaseStudy::title).summary(CaseStudy::summary)
            .source(CaseStudy::source).body(CaseStudy::body)
            .refs("/playbooks", () -> Playbooks.TYPE, CaseStudy::playbooks)
            .index("Case studies", "How teams took the decision, and what happened next.")
            .nav("Cases", 8)
            .scaffold("case-study.md")
            .build();

    /** The generator's types and this one. */
    public static Registry registry() {
        return Registry.standard().with(TYPE);
    }
}
