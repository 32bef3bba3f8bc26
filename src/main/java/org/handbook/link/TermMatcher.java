package org.handbook.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.model.Term;

/**
 * Finds glossary terms in running text: each term's name and aliases as whole words, longest
 * first; acronyms (SFT, RAG) match only in capitals so ordinary words are not mistaken for them.
 */
public final class TermMatcher {
    private final Pattern pattern;
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byExact = new HashMap<>();

    /** A term found at [start, end) of a text. */
    public record Match(int start, int end, String termId) {
    }

    public TermMatcher(List<Term> terms) {
        List<String> alternatives = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        for (Term t : terms) {
            names.add(new String[] {t.term(), t.id()});
            // "Supervised fine-tuning (SFT)" is also matched without its parenthesis
            String bare = t.term().replaceAll("\\s*\\([^)]*\\)\\s*$", "");
            if (!bare.equals(t.term())) names.add(new String[] {bare, t.id()});
            t.aliases().forEach(a -> names.add(new String[] {a, t.id()}));
        }
        names.sort(Comparator.comparingInt((String[] n) -> -n[0].length()).thenComparing(n -> n[0]));
        for (String[] n : names) {
            String name = n[0].strip();
            if (name.length() < 2) continue;
            if (isAcronym(name)) {
                byExact.putIfAbsent(name, n[1]);
                alternatives.add("(?-i:" + Pattern.quote(name) + ")");
            } else {
                byName.putIfAbsent(name.toLowerCase(Locale.ROOT), n[1]);
                alternatives.add(Pattern.quote(name));
            }
        }
        pattern = alternatives.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}_-])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean isAcronym(String s) {
        return s.chars().noneMatch(Character::isWhitespace) && s.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /** All term occurrences in a text, left to right, not overlapping. */
    public List<Match> find(CharSequence text) {
        List<Match> out = new ArrayList<>();
        if (pattern == null) return out;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String found = m.group();
            String id = byExact.get(found);
            if (id == null) id = byName.get(found.toLowerCase(Locale.ROOT));
            if (id != null) out.add(new Match(m.start(), m.end(), id));
        }
        return out;
    }
}
