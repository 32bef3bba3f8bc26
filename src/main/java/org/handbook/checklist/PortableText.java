package org.handbook.checklist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.link.Library;
import org.handbook.link.Urls;
import org.handbook.types.Sources;

/**
 * Markdown written for the site, made to travel: named values are written out, typed links
 * ({@code term:lora}) become absolute URLs of the published handbook and citations become links
 * to the source register, or, for plain text, the link text alone.
 */
final class PortableText {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([a-z]+:[^)\\s]+)\\)");
    private static final Pattern CITATION = Pattern.compile("\\s*\\[@([^\\]]+)\\]");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|\\*|`)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Library lib;

    PortableText(Library lib) {
        this.lib = lib;
    }

    /** The text as Markdown that works outside the site. */
    String markdown(String text) {
        Matcher links = LINK.matcher(lib.values().plain(text));
        StringBuilder out = new StringBuilder();
        while (links.find()) {
            String url = url(links.group(2));
            links.appendReplacement(out, Matcher.quoteReplacement(url == null ? links.group(1) : "[" + links.group(1) + "](" + url + ")"));
        }
        links.appendTail(out);
        Matcher cites = CITATION.matcher(out.toString());
        StringBuilder done = new StringBuilder();
        while (cites.find()) {
            StringBuilder refs = new StringBuilder();
            for (String id : cites.group(1).split(";")) {
                String key = id.trim().replaceFirst("^@", "");
                refs.append(" [[").append(lib.sourceNumber(key)).append("]](")
                        .append(Urls.canonical(lib.config().baseUrl(), Sources.TYPE.indexPath())).append('#').append(key).append(')');
            }
            cites.appendReplacement(done, Matcher.quoteReplacement(refs.toString()));
        }
        cites.appendTail(done);
        return SPACE.matcher(done.toString()).replaceAll(" ").trim();
    }

    /** The text with links reduced to their words and citations dropped, for a spreadsheet cell. */
    String plain(String text) {
        String s = LINK.matcher(lib.values().plain(text)).replaceAll("$1");
        s = CITATION.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("");
        return SPACE.matcher(s).replaceAll(" ").trim();
    }

    /** The public URL of a typed reference, or null when it does not resolve. */
    String url(String target) {
        return lib.types().ref(target).map(r -> {
            String path = lib.path(r);
            int hash = path.indexOf('#');
            String page = hash < 0 ? path : path.substring(0, hash);
            String anchor = r.anchor() != null ? "#" + r.anchor() : hash < 0 ? "" : path.substring(hash);
            return Urls.canonical(lib.config().baseUrl(), page) + anchor;
        }).orElse(null);
    }
}
