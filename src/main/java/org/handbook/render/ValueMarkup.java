package org.handbook.render;

import freemarker.core.HTMLOutputFormat;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.handbook.link.Library;
import org.handbook.link.NamedValues;
import org.handbook.link.Urls;
import org.handbook.markdown.Syntax;
import org.handbook.model.Value;
import org.handbook.types.Sources;
import org.handbook.types.TypedRef;

/**
 * How a named value shows on a page: the value as it reads, underlined, linking to its entry on
 * the values page, with what it is, its source and its date in a tooltip that hover, focus and a
 * first tap open (the glossary's tooltip, so site.js and the stylesheet already handle it). Where
 * a link may not nest (inside a link) the note is the element's title instead.
 */
final class ValueMarkup {
    private ValueMarkup() {
    }

    /** A value as HTML on page {@code page}; {@code tip} is a fresh element id, or null for the plain form. */
    static String html(Library lib, Value v, String page, String tip) {
        NamedValues values = lib.values();
        String shown = esc(values.display(v));
        String note = note(lib, v);
        if (tip == null) {
            return "<span class=\"value\" data-value=\"" + v.name() + "\" title=\"" + esc(note) + "\">" + shown + "</span>";
        }
        return "<span class=\"term value\" data-value=\"" + v.name() + "\"><a class=\"term-link value-link\" href=\""
                + esc(Urls.relative(page, Urls.VALUES) + "#" + v.name()) + "\" aria-describedby=\"" + tip + "\">" + shown + "</a>"
                + "<span class=\"tip\" role=\"tooltip\" id=\"" + tip + "\"><strong>" + shown + "</strong> " + esc(v.about())
                + " <span class=\"value-source\">" + esc(origin(lib, v)) + "</span></span></span>";
    }

    /**
     * A YAML text as HTML: escaped as the templates escape, each {@code {{name}}} of a known value
     * shown as the value with its note ({@code ids} gives each tooltip its element id).
     */
    static String inline(Library lib, String text, String page, Supplier<String> ids) {
        if (text == null) return null;
        if (!text.contains("{{")) return esc(text);
        Matcher m = Syntax.VALUE.matcher(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            out.append(esc(text.substring(at, m.start())));
            String name = m.group().substring(2, m.group().length() - 2).strip();
            out.append(lib.values().get(name).map(v -> html(lib, v, page, ids.get())).orElse(esc(m.group())));
            at = m.end();
        }
        return out.append(esc(text.substring(at))).toString();
    }

    /** What the value is, where it comes from and as of when: the tooltip's text and the print note's. */
    static String note(Library lib, Value v) {
        return v.about() + " " + origin(lib, v);
    }

    /** "Source: title, as of 6 December 2026." */
    static String origin(Library lib, Value v) {
        String source = v.source() == null ? null : lib.types().ref(v.source()).map(r -> title(lib, r))
                .orElseGet(() -> lib.item(Sources.TYPE, v.source()).map(s -> s.title()).orElse(v.source()));
        String date = v.reviewed() == null ? "" : "as of " + lib.values().date(v.reviewed());
        if (source == null) return date.isEmpty() ? "" : Character.toUpperCase(date.charAt(0)) + date.substring(1) + ".";
        return "Source: " + source + (date.isEmpty() ? "." : ", " + date + ".");
    }

    /** A page's title, with the section a reference's anchor names: The Release Gate, “Sample size”. */
    private static String title(Library lib, TypedRef r) {
        String page = lib.title(TypedRef.to(r.type(), r.id()));
        if (r.anchor() == null || r.index()) return lib.title(r);
        return lib.heading(r.type().textKey(r.id()), r.anchor()).map(h -> page + ", \u201C" + h + "\u201D").orElse(lib.title(r));
    }

    static String esc(String s) {
        return HTMLOutputFormat.INSTANCE.escapePlainText(s);
    }
}
