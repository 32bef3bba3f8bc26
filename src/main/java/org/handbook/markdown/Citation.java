package org.handbook.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Arrays;
import java.util.List;

/** A {@code [@id]} or {@code [@a; @b]} citation in the text. */
public final class Citation extends Node {

    public Citation(BasedSequence chars) {
        super(chars);
    }

    /** The cited source ids, in the order written. */
    public List<String> ids() {
        String inner = getChars().toString();
        inner = inner.substring(1, inner.length() - 1);
        return Arrays.stream(inner.split(";")).map(String::trim).map(s -> s.substring(1)).toList();
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
