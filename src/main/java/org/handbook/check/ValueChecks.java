package org.handbook.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.handbook.load.Content;
import org.handbook.markdown.ValueUses;
import org.handbook.model.Value;
import org.handbook.problem.DidYouMean;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;
import org.handbook.types.Sources;

/**
 * The rules of named values: every {@code {{name}}} names a value of content/values.yaml, every
 * value is used and says where it comes from: a source of the register or a page.
 */
final class ValueChecks {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Content content;
    private final ReferenceResolver refs;
    private final Problems problems;

    ValueChecks(Content content, ReferenceResolver refs, Problems problems) {
        this.content = content;
        this.refs = refs;
        this.problems = problems;
    }

    void check(List<Value> values, List<ValueUses.Use> uses, List<ValueUses.Use> unclosed) {
        for (ValueUses.Use u : unclosed) {
            problems.error(Rule.MALFORMED_VALUE, u.at(), "unclosed value reference '" + u.name() + "'",
                    "close it with }}, as in {{name}}; to show braces, put them in `code`");
        }
        Set<String> names = content.valueNames();
        Set<String> used = new HashSet<>();
        for (ValueUses.Use u : uses) {
            if (!NAME.matcher(u.name()).matches()) {
                problems.error(Rule.MALFORMED_VALUE, u.at(), "malformed value reference '{{" + u.name() + "}}'",
                        "write {{name}} with the name of a value in content/values.yaml (lower-case letters, digits and hyphens)");
            } else if (!names.contains(u.name())) {
                problems.error(Rule.UNKNOWN_VALUE, u.at(), "unknown value '" + u.name() + "'", DidYouMean.closest(u.name(), names)
                        .map(s -> "did you mean '" + s + "'?").orElse("define it in content/values.yaml, or correct the name"));
            } else {
                used.add(u.name());
            }
        }
        for (Value v : values) {
            if (!used.contains(v.name())) {
                problems.warning(Rule.UNUSED_VALUE, v.map().keyAt(v.pointer()), "value '" + v.name() + "' is defined but never used",
                        "write {{" + v.name() + "}} where a page relies on it, or remove it");
            }
            if (v.source() != null) source(v);
        }
    }

    /** A value's source is a source id of the register or a typed reference that resolves. */
    private void source(Value v) {
        String at = v.pointer() + "/source";
        var ref = content.types().ref(v.source());
        if (ref.isPresent()) {
            refs.problem(ref.get()).ifPresent(p -> problems.error(Rule.VALUE_SOURCE, v.map().at(at), p.message(), p.hint()));
        } else if (!refs.ids(Sources.TYPE).contains(v.source())) {
            problems.error(Rule.VALUE_SOURCE, v.map().at(at), "unknown source '" + v.source() + "'",
                    DidYouMean.hint(v.source(), refs.ids(Sources.TYPE), "source") + " (a source id of content/sources.yaml, or a reference such as chapter:id#anchor)");
        }
    }
}
