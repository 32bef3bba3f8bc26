package org.handbook.check;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.load.Content;
import org.handbook.markdown.ParsedContent;
import org.handbook.problem.DidYouMean;
import org.handbook.problem.Finding;
import org.handbook.problem.Rule;
import org.handbook.types.ContentType;
import org.handbook.types.TypedRef;

/** Resolves typed references against the loaded content: the ids of each type and the anchors inside each item. */
final class ReferenceResolver {
    private final Content content;
    private final ParsedContent parsed;
    private final Map<String, Optional<Set<String>>> anchors = new ConcurrentHashMap<>();

    ReferenceResolver(Content content, ParsedContent parsed) {
        this.content = content;
        this.parsed = parsed;
    }

    Set<String> ids(ContentType<?> type) {
        return content.ids(type);
    }

    /** Why a reference does not resolve, with a hint; empty when it resolves. */
    Optional<Finding> problem(TypedRef ref) {
        ContentType<?> type = ref.type();
        if (ref.index()) {
            if (!ref.id().equals("index")) {
                return Optional.of(new Finding(Rule.INDEX_REFERENCE, "'" + ref.prefix() + ":" + ref.id() + "' is not a page",
                        "write '" + ref.prefix() + ":index' for the " + ref.prefix() + " page"));
            }
            return anchorProblem(ref, ids(type));
        }
        Set<String> ids = ids(type);
        if (!ids.contains(ref.id())) {
            return Optional.of(new Finding(Rule.UNKNOWN_REFERENCE, "unknown " + type.name() + " '" + ref.id() + "'",
                    DidYouMean.hint(ref.id(), ids, type.name())));
        }
        return anchorProblem(ref, anchors(type, ref.id()));
    }

    private Optional<Finding> anchorProblem(TypedRef ref, Set<String> anchors) {
        if (ref.anchor() == null || anchors == null || anchors.contains(ref.anchor())) return Optional.empty();
        return Optional.of(new Finding(Rule.UNKNOWN_ANCHOR, "no anchor '#" + ref.anchor() + "' in " + ref.prefix() + ":" + ref.id(),
                DidYouMean.hint(ref.anchor(), anchors, "anchor")));
    }

    /** Anchors of an item: those its type declares, else its body's headings; null when it failed to load (reported elsewhere). */
    private Set<String> anchors(ContentType<?> type, String id) {
        // every text's references are resolved on each build, many of them to the same few items
        return anchors.computeIfAbsent(type.name() + ":" + id, k -> Optional.ofNullable(anchorsOf(type, id))).orElse(null);
    }

    private <T extends Record> Set<String> anchorsOf(ContentType<T> type, String id) {
        Optional<T> item = content.item(type, id);
        if (item.isEmpty()) return null;
        Set<String> declared = type.anchors(item.get());
        if (declared != null) return declared;
        return parsed.get(type.textKey(id)).map(p -> {
            Set<String> s = new TreeSet<>();
            p.headings().forEach(h -> s.add(h.id()));
            return s;
        }).orElse(null);
    }
}
