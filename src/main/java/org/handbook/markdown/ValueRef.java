package org.handbook.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code {{name}}} in the text: where a named value of content/values.yaml is shown. */
public final class ValueRef extends Node {

    public ValueRef(BasedSequence chars) {
        super(chars);
    }

    /** The name between the braces, as written (checked against values.yaml, not here). */
    public String name() {
        String s = getChars().toString();
        return s.substring(2, s.length() - 2).strip();
    }

    /** The reference in its normal form, {@code {{name}}}. */
    public String token() {
        return "{{" + name() + "}}";
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
