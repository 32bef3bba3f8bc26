package org.handbook.problem;

/**
 * Every rule a problem can break, with a stable id that tools and tests rely on (JSON lines,
 * GitHub annotations and SARIF carry it; renaming one breaks their filters, so don't).
 */
public enum Rule {
    CONTENT_FOLDER("content-folder", "The content folder does not exist."),
    MISSING_FILE("missing-file", "A file every handbook needs (content/handbook.yaml) is missing."),
    UNREADABLE("unreadable", "A content file cannot be read."),
    ENCODING("encoding", "A content file is not valid UTF-8."),
    EMPTY_FILE("empty-file", "A content file is empty or holds no fields."),
    FRONT_MATTER("front-matter", "A Markdown file's front matter is missing or not closed."),
    FILE_LINK("file-link", "A symbolic link in the content folder leads outside it, or nowhere."),
    FILE_NAME("file-name", "A file name is not a valid id (lower-case letters, digits, hyphens)."),
    IGNORED_FILE("ignored-file", "A file in a content folder has an extension its type does not read."),
    DUPLICATE_ID("duplicate-id", "Two items of one type have the same id."),
    YAML("yaml", "YAML that does not parse."),
    DUPLICATE_FIELD("duplicate-field", "A field is given twice."),
    UNKNOWN_FIELD("unknown-field", "A field the type's schema does not know (often misspelt)."),
    MISSING_FIELD("missing-field", "A field the type's schema requires is missing."),
    FIELD_TYPE("field-type", "A field holds the wrong kind of value (text, number, list...)."),
    FIELD_VALUE("field-value", "A field's value is not one the schema allows."),
    SCHEMA("schema", "Another violation of the type's JSON Schema."),
    DATE("date", "A date field that is no calendar date."),
    WEB_ADDRESS("web-address", "A web address a browser could not open (a space, angle brackets, no host), or a DOI that is none."),
    UNKNOWN_REFERENCE("unknown-reference", "A reference names no item of its type."),
    UNKNOWN_ANCHOR("unknown-anchor", "A link names an anchor (heading, node, item) that does not exist."),
    INDEX_REFERENCE("index-reference", "An index page is referenced with an id other than 'index'."),
    MALFORMED_REFERENCE("malformed-reference", "A reference is not written as type:id."),
    UNKNOWN_CITATION("unknown-citation", "A citation names no source of the register."),
    NESTING("nesting", "Markdown nested so deep (quotes, lists, emphasis inside each other) that it cannot be read safely."),
    RAW_HTML("raw-html", "Markdown holds raw HTML; content is text, not code."),
    UNSAFE_LINK("unsafe-link", "A javascript:, data:, vbscript: or file: link."),
    RELATIVE_LINK("relative-link", "A relative link where a typed reference belongs."),
    UNKNOWN_LINK_TYPE("unknown-link-type", "A link with a scheme that is neither web, mail nor a content type."),
    EMPTY_LINK("empty-link", "A link without a target."),
    IMAGE("image", "An image; the handbook embeds generated content only."),
    EMBED_PLACEMENT("embed-placement", "An embed that does not stand alone in its paragraph."),
    EMBED_CYCLE("embed-cycle", "An embed that shows, directly or through others, the text it is in."),
    NODE_KIND("node-kind", "A flowchart node that is not a well-formed question or outcome."),
    DANGLING_NEXT("dangling-next", "A flowchart option leads to a node that does not exist."),
    UNREACHABLE_NODE("unreachable-node", "A flowchart node no path from the start reaches."),
    CYCLE("cycle", "A flowchart path loops back."),
    DEAD_END("dead-end", "A flowchart path ends at a question."),
    DUPLICATE_OPTION("duplicate-option", "Two options of one question have the same label."),
    MISSING_START("missing-start", "A flowchart's start node does not exist."),
    PLAYBOOK_SECTION("playbook-section", "An item lacks one of the sections handbook.yaml requires of its collection (playbooks, say)."),
    UNKNOWN_VERDICT("unknown-verdict", "A verdict that handbook.yaml's 'verdicts' does not declare."),
    VERDICT_MISMATCH("verdict-mismatch", "A playbook's verdicts (today's, or the one if the measurement holds) differ from its flowchart outcome's."),
    PLAYBOOK_OUTCOME("playbook-outcome", "A playbook's outcome is not an outcome node of its flowchart."),
    DUPLICATE_NUMBER("duplicate-number", "Two chapters share a number, or two techniques a place in the menu."),
    DUPLICATE_ITEM("duplicate-item", "Two items of one checklist share an id."),
    DUPLICATE_NAME("duplicate-name", "A name or alias belongs to two glossary terms."),
    SELF_REFERENCE("self-reference", "A glossary term lists itself under 'see'."),
    MISSING_DEFINITION("missing-definition", "A glossary term has no definition."),
    UNUSED_TERM("unused-term", "A glossary term no page mentions or links."),
    UNCITED_SOURCE("uncited-source", "A source of the register no page cites."),
    READING_TIME("reading-time", "A chapter's listed minutes are far from its length."),
    PLACEHOLDER("placeholder", "Placeholder text (TODO) from 'handbook new' is still there."),
    TEMPLATE("template", "A template fails to parse or to run."),
    UNKNOWN_VALUE("unknown-value", "A {{name}} names no value of content/values.yaml."),
    MALFORMED_VALUE("malformed-value", "A {{...}} whose name is not a value's name (lower-case letters, digits, hyphens)."),
    UNUSED_VALUE("unused-value", "A named value no page uses."),
    VALUE_SOURCE("value-source", "A named value's source is neither a source of the register nor a reference that resolves."),
    REVIEW_DUE("review-due", "An item's or a value's review-by date has passed."),
    REPEATED_PROSE("repeated-prose", "Two content files share a long run of identical words outside quotations."),
    ROUTE("route", "A playbook's route is not a walk of its flowchart from the start to an outcome."),
    ROUTE_OUTCOME("route-outcome", "A flowchart outcome links a playbook whose route ends elsewhere.");

    private final String id;
    private final String description;

    Rule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The stable id, e.g. {@code unknown-reference}. */
    public String id() {
        return id;
    }

    /** What the rule is about, in one sentence. */
    public String description() {
        return description;
    }
}
