package org.handbook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.model.Checklist;
import org.handbook.model.Content;
import org.handbook.model.Markdown;

/**
 * Every Markdown text of the content parsed once, in parallel: bodies keyed by
 * {@code type:id}, checklist items' {@code why} keyed by {@code checklist:id/item}.
 */
public final class ParsedContent {
    private final Map<String, ParsedMarkdown> texts;

    private ParsedContent(Map<String, ParsedMarkdown> texts) {
        this.texts = texts;
    }

    public static ParsedContent parse(Content c) {
        record Job(String key, Markdown md) {
        }
        List<Job> jobs = new ArrayList<>();
        c.chapters().forEach(x -> jobs.add(new Job("chapter:" + x.id(), x.body())));
        c.playbooks().forEach(x -> jobs.add(new Job("playbook:" + x.id(), x.body())));
        c.terms().forEach(x -> jobs.add(new Job("term:" + x.id(), x.body())));
        c.techniques().forEach(x -> jobs.add(new Job("technique:" + x.id(), x.body())));
        for (Checklist cl : c.checklists()) {
            cl.sections().forEach(s -> s.items().stream().filter(i -> i.why() != null)
                    .forEach(i -> jobs.add(new Job(whyKey(cl.id(), i.id()), i.why()))));
        }
        c.unboundBodies().forEach(md -> jobs.add(new Job("unbound:" + md.path(), md)));
        Map<String, ParsedMarkdown> out = new ConcurrentHashMap<>();
        jobs.parallelStream().forEach(j -> out.put(j.key(), MarkdownParser.parse(j.md())));
        return new ParsedContent(Map.copyOf(out));
    }

    public static String whyKey(String checklist, String item) {
        return "checklist:" + checklist + "/" + item;
    }

    public Optional<ParsedMarkdown> get(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /** Body of a content item ({@code type:id}); throws if it was never parsed. */
    public ParsedMarkdown body(String type, String id) {
        ParsedMarkdown p = texts.get(type + ":" + id);
        if (p == null) throw new IllegalArgumentException("no parsed text for " + type + ":" + id);
        return p;
    }

    public Map<String, ParsedMarkdown> all() {
        return texts;
    }
}
