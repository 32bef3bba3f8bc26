package org.handbook.types;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a web address written in content (a source's URL or DOI, the handbook's base URL, a link)
 * before anything builds on it: a space, a line break or an angle bracket in one used to stop the
 * build deep inside {@code URI.create}.
 */
public final class WebAddress {
    /** What a DOI looks like: the directory indicator 10, a registrant code, a slash, a suffix. */
    private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}(\\.[0-9]+)*/\\S+");

    /** A problem with an address: what is wrong and how to fix it. */
    public record Problem(String message, String hint) {
    }

    private WebAddress() {
    }

    /** Why {@code url} is not an absolute http(s) address a browser can open, or empty when it is. */
    public static Optional<Problem> problem(String url) {
        for (int i = 0; i < url.length(); i++) {
            char ch = url.charAt(i);
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || Character.isISOControl(ch)) {
                return Optional.of(new Problem("'" + printable(url) + "' is not a valid web address: it has a space or line break at character " + (i + 1),
                        "remove it, or write a space inside the address as %20"));
            }
        }
        if (url.startsWith("<") && url.endsWith(">")) {
            return Optional.of(new Problem("'" + url + "' is not a valid web address: it is in angle brackets", "remove the < and >"));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            String at = e.getIndex() >= 0 && e.getIndex() < url.length() ? " ('" + url.charAt(e.getIndex()) + "' at character " + (e.getIndex() + 1) + ")" : "";
            return Optional.of(new Problem("'" + url + "' is not a valid web address: " + e.getReason().toLowerCase(Locale.ROOT) + at,
                    "percent-encode characters such as < > \" { } | as %3C %3E %22 %7B %7D %7C"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            return Optional.of(new Problem("'" + url + "' is not an absolute web address", "write the whole address, starting with https://"));
        }
        return Optional.empty();
    }

    /** Why {@code doi} is not a DOI, or empty when it is. */
    public static Optional<Problem> doiProblem(String doi) {
        if (DOI.matcher(doi).matches()) return Optional.empty();
        String bare = doi.replaceFirst("^(?i)(https?://(dx\\.)?doi\\.org/|doi:)", "");
        return Optional.of(new Problem("'" + printable(doi) + "' is not a DOI", DOI.matcher(bare).matches()
                ? "write the DOI alone, without the resolver: DOI: " + bare
                : "a DOI reads 10.<registrant>/<suffix>, e.g. 10.48550/arXiv.2106.09685; put a web address in URL instead"));
    }

    /** The address that resolves a DOI, with the characters a URL may not hold percent-encoded. */
    public static String doiUrl(String doi) {
        try {
            return new URI("https", "doi.org", "/" + doi, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a DOI: " + doi, e);
        }
    }

    private static String printable(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
