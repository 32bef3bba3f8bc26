package org.handbook.check;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.handbook.markdown.ParsedContent;
import org.handbook.markdown.Reference;
import org.handbook.model.Content;
import org.handbook.model.Flowchart;
import org.handbook.problem.DidYouMean;

/** What a typed reference may point at: the ids of each type and the anchors inside each item. */
public final class Targets {
    private final Content content;
    private final ParsedContent parsed;

    public Targets(Content content, ParsedContent parsed) {
        this.content = content;
        this.parsed = parsed;
    }

    public Set<String> ids(String type) {
        return content.knownIds().getOrDefault(type, Set.of());
    }

    /** Why a reference does not resolve, with a hint; empty when it resolves. */
    public Optional<String[]> problem(Reference ref) {
        if (ref.isIndex()) {
            if (!ref.id().equals("index")) {
                return Optional.of(new String[] {"'" + ref.type() + ":" + ref.id() + "' is not a page",
                        "write '" + ref.type() + ":index' for the " + ref.type() + " page"});
            }
            return anchorProblem(ref, indexAnchors(ref.type()));
        }
        String type = ref.type().equals("source") ? "source" : ref.type();
        Set<String> ids = ids(type);
        if (!ids.contains(ref.id())) {
            return Optional.of(new String[] {"unknown " + type + " '" + ref.id() + "'", DidYouMean.hint(ref.id(), ids, type)});
        }
        return anchorProblem(ref, anchors(type, ref.id()));
    }

    private Optional<String[]> anchorProblem(Reference ref, Set<String> anchors) {
        if (ref.anchor() == null || anchors == null || anchors.contains(ref.anchor())) return Optional.empty();
        return Optional.of(new String[] {"no anchor '#" + ref.anchor() + "' in " + ref.type() + ":" + ref.id(),
                DidYouMean.hint(ref.anchor(), anchors, "anchor")});
    }

    /** Anchors of an item, or null when it failed to load (already reported elsewhere). */
    public Set<String> anchors(String type, String id) {
        switch (type) {
            case "flowchart" -> {
                return content.flowcharts().stream().filter(f -> f.id().equals(id)).findFirst()
                        .map(f -> (Set<String>) new TreeSet<>(f.nodes().keySet())).orElse(null);
            }
            case "checklist" -> {
                return content.checklists().stream().filter(c -> c.id().equals(id)).findFirst()
                        .map(c -> {
                            Set<String> s = new TreeSet<>();
                            c.sections().forEach(sec -> sec.items().forEach(i -> s.add(i.id())));
                            return s;
                        }).orElse(null);
            }
            case "source" -> {
                return Set.of();
            }
            default -> {
                return parsed.get(type + ":" + id).map(p -> {
                    Set<String> s = new TreeSet<>();
                    p.headings().forEach(h -> s.add(h.id()));
                    return s;
                }).orElse(null);
            }
        }
    }

    private Set<String> indexAnchors(String type) {
        return switch (type) {
            case "glossary" -> ids("term");
            case "sources" -> ids("source");
            case "techniques" -> ids("technique");
            case "playbooks" -> ids("playbook");
            case "checklists" -> ids("checklist");
            case "flowcharts" -> ids("flowchart");
            default -> Set.of();
        };
    }

    /** Flowchart by id, if it loaded. */
    public Optional<Flowchart> flowchart(String id) {
        return content.flowcharts().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Map<String, Set<String>> all() {
        return content.knownIds();
    }
}
