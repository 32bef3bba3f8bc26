package org.handbook.check;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.problem.Finding;
import org.handbook.problem.Rule;
import org.handbook.types.Registry;
import org.handbook.types.WebAddress;
import org.jsoup.parser.Parser;

/**
 * Decides which link targets Markdown may use. flexmark's own filter can be bypassed with
 * entities and misses some schemes, so URLs are decoded first and schemes allow-listed here.
 */
public final class UrlSafety {
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern BLANKS = Pattern.compile("[\\x00-\\x20\\x7F]");

    private UrlSafety() {
    }

    /**
     * The URL with backslash escapes, character references and percent-escapes decoded, controls
     * and blanks removed: what the most lenient reader could make of it. Character references are
     * decoded as a browser does (jsoup's HTML5 tokenizer: every named entity, numeric references
     * without their semicolon, out-of-range numbers as U+FFFD), never by hand.
     */
    public static String normalize(String raw) {
        // most links have nothing to decode or remove: given back as they are (every link of a site is checked)
        return plain(raw) ? raw : decoded(raw);
    }

    /** {@link #normalize}'s whole work, done for any URL. */
    static String decoded(String raw) {
        String s = Parser.unescapeEntities(Escaping.unescapeString(raw), false);
        try {
            s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // keep as written: a stray % is not dangerous on its own
        }
        return BLANKS.matcher(s).replaceAll("");
    }

    /** Whether {@link #normalize} leaves a URL as it is: no escape, reference, percent-escape, control or blank. */
    static boolean plain(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= 0x20 || c == 0x7F || c == '\\' || c == '&' || c == '%') return false;
        }
        return true;
    }

    /**
     * What is wrong with a web link as written ({@code raw}, not normalized) that a browser could
     * not open: a space, an angle bracket, no host. Empty for other schemes.
     */
    public static Optional<Finding> addressProblem(String raw) {
        Matcher m = SCHEME.matcher(raw);
        if (!m.find() || !m.group(1).toLowerCase().startsWith("http")) return Optional.empty();
        return WebAddress.problem(raw).map(p -> new Finding(Rule.WEB_ADDRESS, p.message(), p.hint()));
    }

    /** What is wrong with a URL that is not a typed reference of {@code types}; empty when it is allowed. */
    public static Optional<Finding> problem(String url, Registry types) {
        Matcher m = SCHEME.matcher(url);
        if (!m.find()) {
            return Optional.of(new Finding(Rule.RELATIVE_LINK, "relative link '" + url + "' is not allowed",
                    "link to other pages with a typed reference: " + String.join(", ", types.prefixes())));
        }
        String scheme = m.group(1).toLowerCase();
        if (scheme.equals("https") || scheme.equals("http") || scheme.equals("mailto")) return Optional.empty();
        if (scheme.equals("javascript") || scheme.equals("data") || scheme.equals("vbscript") || scheme.equals("file")) {
            return Optional.of(new Finding(Rule.UNSAFE_LINK, scheme + ": links are not allowed",
                    "content is text, not code: link to https:// pages or to handbook pages (chapter:id, term:id, ...)"));
        }
        if (types.isPrefix(scheme)) {
            return Optional.of(new Finding(Rule.MALFORMED_REFERENCE, "malformed reference '" + url + "'", "write it as " + scheme + ":some-id"));
        }
        return Optional.of(new Finding(Rule.UNKNOWN_LINK_TYPE, "unknown link type '" + scheme + ":'",
                "use https://, mailto:, or one of " + String.join(", ", types.prefixes())));
    }
}
