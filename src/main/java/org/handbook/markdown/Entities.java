package org.handbook.markdown;

import java.util.Map;

/** Decodes the few named entities flexmark's typographic extension produces. */
public final class Entities {
    private static final Map<String, String> NAMED = Map.of(
            "&hellip;", "\u2026", "&ndash;", "\u2013", "&mdash;", "\u2014", "&lsquo;", "\u2018",
            "&rsquo;", "\u2019", "&ldquo;", "\u201C", "&rdquo;", "\u201D", "&laquo;", "\u00AB",
            "&raquo;", "\u00BB", "&apos;", "\u2019");

    private Entities() {
    }

    public static String decode(String s) {
        if (s == null) return "";
        String out = s;
        for (Map.Entry<String, String> e : NAMED.entrySet()) out = out.replace(e.getKey(), e.getValue());
        return out;
    }
}
