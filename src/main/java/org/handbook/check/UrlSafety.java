package org.handbook.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.load.WebAddress;
import org.handbook.markdown.Reference;
import org.jsoup.parser.Parser;

/**
 * Decides which link targets Markdown may use. flexmark's own filter can be bypassed with
 * entities and misses some schemes, so URLs are decoded first and schemes allow-listed here.
 */
public final class UrlSafety {
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private UrlSafety() {
    }

    /**
     * The URL with backslash escapes, character references and percent-escapes decoded, controls
     * and blanks removed: what the most lenient reader could make of it. Character references are
     * decoded as a browser does (jsoup's HTML5 tokenizer: every named entity, numeric references
     * without their semicolon, out-of-range numbers as U+FFFD), never by hand.
     */
    public static String normalize(String raw) {
        String s = Parser.unescapeEntities(Escaping.unescapeString(raw), false);
        try {
            s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // keep as written: a stray % is not dangerous on its own
        }
        return s.replaceAll("[\\x00-\\x20\\x7F]", "");
    }

    /**
     * A problem (message, hint) for a web link as written ({@code raw}, not normalized) that a
     * browser could not open: a space, an angle bracket, no host. Empty for other schemes.
     */
    public static Optional<String[]> addressProblem(String raw) {
        Matcher m = SCHEME.matcher(raw);
        if (!m.find() || !m.group(1).toLowerCase().startsWith("http")) return Optional.empty();
        return WebAddress.problem(raw).map(p -> new String[] {p.message(), p.hint()});
    }

    /** A problem (message, hint) for a non-reference URL, or empty when it is allowed. */
    public static Optional<String[]> problem(String url) {
        Matcher m = SCHEME.matcher(url);
        if (!m.find()) {
            return Optional.of(new String[] {"relative link '" + url + "' is not allowed",
                    "link to other pages with typed references such as chapter:id, term:id or playbook:id"});
        }
        String scheme = m.group(1).toLowerCase();
        if (scheme.equals("https") || scheme.equals("http") || scheme.equals("mailto")) return Optional.empty();
        if (scheme.equals("javascript") || scheme.equals("data") || scheme.equals("vbscript") || scheme.equals("file")) {
            return Optional.of(new String[] {scheme + ": links are not allowed",
                    "content is text, not code: link to https:// pages or to handbook pages (chapter:id, term:id, ...)"});
        }
        if (Reference.ITEM_TYPES.contains(scheme) || Reference.INDEX_TYPES.contains(scheme)) {
            return Optional.of(new String[] {"malformed reference '" + url + "'", "write it as " + scheme + ":some-id"});
        }
        return Optional.of(new String[] {"unknown link type '" + scheme + ":'",
                "use https://, mailto:, or one of chapter:, playbook:, term:, technique:, checklist:, flowchart:, glossary:index, sources:index"});
    }
}
