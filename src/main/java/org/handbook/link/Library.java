package org.handbook.link;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.handbook.cache.Memo;
import org.handbook.cache.Reads;
import org.handbook.cache.Same;
import org.handbook.load.Content;
import org.handbook.load.Reviews;
import org.handbook.markdown.ParsedContent;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.markdown.TextFacts;
import org.handbook.markdown.ValueUses;
import org.handbook.model.Review;
import org.handbook.model.SiteConfig;
import org.handbook.model.SourceMap;
import org.handbook.model.Source;
import org.handbook.model.Term;
import org.handbook.problem.Problems;
import org.handbook.types.ContentType;
import org.handbook.types.Registry;
import org.handbook.types.Sources;
import org.handbook.types.Terms;
import org.handbook.types.TypedRef;
import org.handbook.types.Words;

/**
 * The registry every page is rendered from: the items of each type in reading order and by id,
 * their URLs and titles, citation numbers, glossary definitions and term mentions. Built once per
 * build, immutable. Every read notes its key ({@link Reads}): what a page's render read is then
 * known, and its fingerprint is the hashes of exactly that ({@code PageInputs}).
 */
public final class Library {
    private final Content content;
    private final ParsedContent parsed;
    private final Map<ContentType<?>, List<?>> sorted;
    private final Map<ContentType<?>, Map<String, Object>> byId;
    private final Map<String, Integer> sourceNumbers;
    private final Map<String, String> definitions;
    private final Map<String, TermMentions> mentions;
    private final ReadHashes hashes;
    private final Map<ContentType<?>, Integer> totals = new ConcurrentHashMap<>();
    private final NamedValues values;
    private final Map<String, List<String>> valueUses;
    private final List<Review> reviews;
    private final Memo<TextOf, TextLinks> textLinks;

    private Library(Content content, ParsedContent parsed, Map<String, String> definitions, Map<String, TermMentions> mentions,
                    NamedValues values, Memos memos) {
        this.content = content;
        this.parsed = parsed;
        this.values = values;
        this.textLinks = memos.links();
        this.hashes = new ReadHashes(this, memos.records());
        Map<String, SourceMap> shown = new LinkedHashMap<>(content.sourceMaps());
        shown.remove(Content.VALUES);
        Map<String, List<String>> uses = new LinkedHashMap<>();
        for (ValueUses.Use u : ValueUses.scan(parsed, shown, memos.values())) {
            List<String> items = uses.computeIfAbsent(u.name(), k -> new java.util.ArrayList<>());
            if (!items.contains(u.item())) items.add(u.item());
        }
        this.valueUses = Map.copyOf(uses);
        // the dates were checked with the content; what is left is which items have them
        this.reviews = Reviews.of(content.sourceMaps(), content.values(), new Problems());
        this.definitions = Map.copyOf(definitions);
        this.mentions = Map.copyOf(mentions);
        Map<ContentType<?>, List<?>> lists = new LinkedHashMap<>();
        Map<ContentType<?>, Map<String, Object>> ids = new LinkedHashMap<>();
        for (ContentType<?> type : content.types().all()) index(type, lists, ids);
        this.sorted = lists;
        this.byId = ids;
        Map<String, Integer> numbers = new HashMap<>();
        List<Source> sources = items(Sources.TYPE);
        for (int i = 0; i < sources.size(); i++) numbers.putIfAbsent(sources.get(i).id(), i + 1);
        this.sourceNumbers = Map.copyOf(numbers);
    }

    private <T extends Record> void index(ContentType<T> type, Map<ContentType<?>, List<?>> lists, Map<ContentType<?>, Map<String, Object>> ids) {
        List<T> items = content.items(type).stream().sorted(type.order()).toList();
        Map<String, Object> map = new HashMap<>();
        items.forEach(x -> map.put(type.id(x), x));
        lists.put(type, items);
        ids.put(type, map);
    }

    /** The mentions of terms in a parsed text, with the glossary's names they were found with. */
    public record MentionsOf(ParsedMarkdown text, String names) {
    }

    /** A parsed text as the content types read it: the same objects while the text is unchanged. */
    public record TextOf(ParsedMarkdown text, Registry types) {
    }

    /** The sources a text cites and the terms it links by hand, each in order of first mention. */
    public record TextLinks(List<String> citations, List<String> terms) {
    }

    /**
     * What a warm process keeps between links: the term matcher of a set of names, the mentions of
     * each text, what each text cites and links, the named values each text and YAML file shows
     * (the checks ask for those too), and the hash of each record's text (what a page read of it).
     */
    public record Memos(Memo<String, TermMatcher> matchers, Memo<MentionsOf, TermMentions> mentions, Memo<TextOf, TextLinks> links,
                        ValueUses.Kept values, Memo<Same, String> records) {
        /** Memos that keep nothing. */
        public static Memos none() {
            return new Memos(Memo.none(), Memo.none(), Memo.none(), ValueUses.Kept.none(), Memo.none());
        }

        /** Memos kept from one build to the next. */
        public static Memos kept() {
            return new Memos(Memo.kept(), Memo.kept(), Memo.kept(), ValueUses.Kept.kept(), Memo.kept());
        }

        /** Ends a build: see {@link Memo#next()}. */
        public void next() {
            matchers.next();
            mentions.next();
            links.next();
            values.next();
            records.next();
        }
    }

    /** Links the content: term definitions and mentions; warns about unused terms, uncited sources and reading times. */
    public static Library build(Content content, ParsedContent parsed, Problems problems) {
        return build(content, parsed, problems, Memos.none());
    }

    /** As {@link #build(Content, ParsedContent, Problems)}, taking the mentions of a text parsed before from {@code memos}. */
    public static Library build(Content content, ParsedContent parsed, Problems problems, Memos memos) {
        NamedValues values = new NamedValues(content.values(), content.config().language());
        Map<String, String> definitions = new HashMap<>();
        for (Term t : content.items(Terms.TYPE)) {
            ParsedMarkdown body = parsed.text(Terms.TYPE.textKey(t.id()));
            String first = body.facts().definition();
            definitions.put(t.id(), first.isEmpty() ? "" : values.plain(first));
        }
        // the glossary's names and aliases decide every text's mentions: with the same names, a text parsed before keeps its mentions
        String names = content.items(Terms.TYPE).stream().map(t -> t.id() + "=" + t.term() + "|" + String.join("|", t.aliases()))
                .collect(Collectors.joining("\n"));
        TermMatcher matcher = memos.matchers().get(names, n -> new TermMatcher(content.items(Terms.TYPE)));
        String termKeys = Terms.TYPE.textKey("");
        Map<String, TermMentions> mentions = new ConcurrentHashMap<>();
        parsed.all().entrySet().parallelStream()
                .filter(e -> !e.getKey().startsWith(termKeys) && !e.getKey().equals(ParsedContent.unboundKey(e.getValue().source())))
                .forEach(e -> mentions.put(e.getKey(), memos.mentions().get(new MentionsOf(e.getValue(), names),
                        k -> TermMentions.find(k.text(), matcher, Set.of(), content.types()))));
        Library lib = new Library(content, parsed, definitions, mentions, values, memos);
        Warnings.report(lib, problems);
        return lib;
    }

    public Registry types() {
        return content.types();
    }

    public SiteConfig config() {
        Reads.note(CONFIG);
        return content.config();
    }

    /** What the site calls a type: the handbook's words (handbook.yaml's collections) over the type's declared ones. */
    public Words words(ContentType<?> type) {
        return type.words().over(config().collections().get(type.folder()));
    }

    /** Every type's words by folder, as templates see them ({@code collections.playbooks.title}). */
    public Map<String, Words> collections() {
        Map<String, Words> out = new LinkedHashMap<>();
        types().all().forEach(t -> out.put(t.folder(), words(t)));
        return out;
    }

    /** A text of a type's words with {@code {count}} as the number of its items. */
    public String counted(ContentType<?> type, String text) {
        return Words.counted(text, items(type).size(), config().language());
    }

    public ParsedContent parsed() {
        return parsed;
    }

    /** The named values and how they read. */
    public NamedValues values() {
        return values;
    }

    /** The items (references such as {@code playbook:x}) that show a value, in the order first found. */
    public List<String> valueUses(String name) {
        Reads.note(VALUE_USES + name);
        return valueUses.getOrDefault(name, List.of());
    }

    /**
     * The text of the heading {@code anchor} names in the text {@code textKey}, values written out;
     * read as that heading alone, so a page naming a section does not depend on the section's prose.
     */
    public Optional<String> heading(String textKey, String anchor) {
        Reads.note(HEADING + textKey + "#" + anchor);
        return Reads.unrecorded(() -> parsed.get(textKey).flatMap(md -> md.headings().stream().filter(h -> h.id().equals(anchor)).findFirst())
                .map(h -> values.plain(h.text())));
    }

    /** Every item and value with a review date, in file order. */
    public List<Review> reviews() {
        return reviews;
    }

    /** The review dates of an item ({@code playbook:x}), if it has any. */
    public Optional<Review> review(String item) {
        Reads.note(REVIEW + item);
        return reviews.stream().filter(r -> r.item().equals(item)).findFirst();
    }

    /** Every item of a type, in reading order. */
    @SuppressWarnings("unchecked")
    public <T extends Record> List<T> items(ContentType<T> type) {
        Reads.note(itemsKey(type));
        return (List<T>) sorted.getOrDefault(type, List.of());
    }

    public <T extends Record> Optional<T> item(ContentType<T> type, String id) {
        Reads.note(itemKey(type, id));
        Map<String, Object> map = byId.get(type);
        return map == null ? Optional.empty() : Optional.ofNullable(map.get(id)).map(type::cast);
    }

    /** The sources a text cites ([@id] or a source: link), in order of first citation. */
    public List<String> citations(String key) {
        return parsed.get(key).map(md -> links(md).citations()).orElse(List.of());
    }

    /** The terms a text links by hand ([text](term:id)), in order of first link. */
    public List<String> linkedTerms(String key) {
        return parsed.get(key).map(md -> links(md).terms()).orElse(List.of());
    }

    private TextLinks links(ParsedMarkdown md) {
        return textLinks.get(new TextOf(md, types()), t -> {
            Set<String> cited = new LinkedHashSet<>();
            Set<String> terms = new LinkedHashSet<>();
            for (TextFacts.Mark m : md.facts().marks()) {
                if (m.kind() == TextFacts.Kind.CITATION) cited.addAll(List.of(m.text().split(" ")));
                if (m.kind() == TextFacts.Kind.LINK) types().ref(m.text()).filter(r -> !r.index()).ifPresent(r -> {
                    if (r.type() == Sources.TYPE) cited.add(r.id());
                    if (r.type() == Terms.TYPE) terms.add(r.id());
                });
            }
            return new TextLinks(List.copyOf(cited), List.copyOf(terms));
        });
    }

    public int sourceNumber(String id) {
        Reads.note(SOURCE_NUMBER + id);
        return sourceNumbers.getOrDefault(id, 0);
    }

    public String definition(String termId) {
        Reads.note(DEFINITION + termId);
        return definitions.getOrDefault(termId, "");
    }

    public TermMentions mentions(String key) {
        Reads.note(MENTIONS + key);
        return mentions.getOrDefault(key, TermMentions.EMPTY);
    }

    /** Reading time of a text in whole minutes (at least one); a read of that number, not of the text. */
    public int minutes(String textKey) {
        Reads.note(MINUTES + textKey);
        return Reads.unrecorded(() -> Math.max(1, (int) Math.round((double) parsed.text(textKey).words() / config().wordsPerMinute())));
    }

    /** Reading time of every item of a type together, in minutes: the site's header shows the book's. */
    public int totalMinutes(ContentType<?> type) {
        Reads.note(TOTAL_MINUTES + type.name());
        // every page's header shows it: counted once
        return totals.computeIfAbsent(type, t -> Reads.unrecorded(() -> {
            int total = 0;
            for (Object item : items(type)) total += minutes(type.textKey(idOf(type, item)));
            return total;
        }));
    }

    private static <T extends Record> String idOf(ContentType<T> type, Object item) {
        return type.id(type.cast(item));
    }

    /**
     * What a read key stands for now, as a hash: equal hashes, equal values. A page whose recorded
     * reads all hash as they did when it was rendered renders to the same bytes.
     */
    public String inputHash(String key) {
        return hashes.of(key);
    }

    /** The key {@link #config()} notes. */
    public static final String CONFIG = "config";
    /** Key prefixes of the library's other reads, each followed by the id or text key read. */
    public static final String SOURCE_NUMBER = "source-number:";
    public static final String DEFINITION = "definition:";
    public static final String MENTIONS = "mentions:";
    public static final String MINUTES = "minutes:";
    public static final String TOTAL_MINUTES = "total-minutes:";
    /** A named value ({@code value:NAME}); every value, in order ({@code value:}); which items show a value. */
    public static final String VALUE = "value:";
    public static final String VALUE_USES = "value-uses:";
    /** Whether there is any value at all: every page's navigation depends on it, not on the values. */
    public static final String ANY_VALUE = "any-value:";
    /** The review dates of an item ({@code review:playbook:x}). */
    public static final String REVIEW = "review:";
    /** The text of a heading an anchor names ({@code heading:chapter:x#anchor}), not the whole text it is in. */
    public static final String HEADING = "heading:";
    /** The title a reference to an item shows ({@code title:checklist:x}, with its anchor if any), not the whole item. */
    public static final String TITLE = "title:";

    /** The key {@link #items} notes: every item of the type, in order, every field but the body. */
    public static String itemsKey(ContentType<?> type) {
        return "items:" + type.name();
    }

    /** The key {@link #item} notes: the item's fields but its body (read as a text of its own). */
    public static String itemKey(ContentType<?> type, String id) {
        return "item:" + type.name() + ":" + id;
    }

    /** The site path (with anchor) a reference points at. */
    public String path(TypedRef r) {
        String base = r.index() ? r.type().indexPath() : r.type().path(r.id());
        if (r.anchor() == null) return base;
        return base.contains("#") ? base.substring(0, base.indexOf('#')) + "#" + r.anchor() : base + "#" + r.anchor();
    }

    /**
     * A human title for what a reference points at; read as that title alone ({@link #TITLE}), so a
     * page that links an item does not depend on the item's other fields.
     */
    public String title(TypedRef r) {
        if (r.index()) return words(r.type()).title();
        Reads.note(TITLE + r);
        return Reads.unrecorded(() -> title(r.type(), r));
    }

    private <T extends Record> String title(ContentType<T> type, TypedRef r) {
        Optional<T> item = item(type, r.id());
        if (item.isEmpty()) return r.toString();
        String anchored = r.anchor() == null ? null : type.anchorTitle(item.get(), r.anchor());
        return anchored != null ? anchored : type.title(item.get());
    }
}
