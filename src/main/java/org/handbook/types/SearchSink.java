package org.handbook.types;

/**
 * Where a type's search hook puts the records of one item. Records of a page land on its sections,
 * so a hit opens at the heading that answers.
 */
public interface SearchSink {

    /**
     * A page cut at its headings: its opening (after {@code lead}) as one record named {@code title},
     * then one record per heading of level 2 or 3, with the page and the heading above as context.
     */
    void sections(String title, String page, String lead, String textKey);

    /** One named record: a title searched as such, its context, its URL (site path with anchor) and its text. */
    void add(String title, String context, String url, String body);

    /** One record whose title is searched as text, not as a name (a checklist item: it should not crowd out sections). */
    void addUnnamed(String title, String context, String url, String body);

    /** What the handbook calls one item of the type ("Checklist"), as a record's context. */
    String label();

    /** The label handbook.yaml gives a verdict, by its id (checked). */
    String verdictLabel(String id);

    /** The plain text of a parsed text ({@link ContentType#textKey}), "" when there is none. */
    String text(String textKey);
}
