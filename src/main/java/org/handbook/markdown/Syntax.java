package org.handbook.markdown;

import com.vladsch.flexmark.ext.attributes.internal.AttributesInlineParserExtension;
import java.util.Set;
import java.util.regex.Pattern;

/** The handbook's own inline syntax beside CommonMark's: citations and named values. */
public final class Syntax {
    /** A Pandoc-style citation, {@code [@key]} or {@code [@a; @b]}. */
    public static final Pattern CITATION = Pattern.compile("\\[@[A-Za-z0-9_:.-]+(?:\\s*;\\s*@[A-Za-z0-9_:.-]+)*\\]");
    /** A named value as written: two braces, a name (checked later), two braces, on one line. */
    public static final Pattern VALUE = Pattern.compile("\\{\\{[^{}\\n]*\\}\\}");

    private Syntax() {
    }

    static InlineSyntax citations() {
        return new InlineSyntax('[', CITATION, Citation::new, Set.of()) {
            @Override
            Factory factory() {
                return new Factory() { };
            }
        };
    }

    static InlineSyntax values() {
        return new InlineSyntax('{', VALUE, ValueRef::new, Set.of(AttributesInlineParserExtension.Factory.class)) {
            @Override
            Factory factory() {
                return new Factory() { };
            }
        };
    }
}
