package org.handbook.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handbook.model.Term;

/**
 * Finds glossary terms in running text: each term's name and aliases as whole words, longest
 * first; acronyms (SFT, RAG) match only in capitals so ordinary words are not mistaken for them.
 * The names are held in two tries (one of case-folded names, one of acronyms as written) walked
 * from each word's start: one alternation of every name, matched case-insensitively, tried each
 * name in turn at every character and was most of the link step of a handbook with 170 terms.
 */
public final class TermMatcher {
    private final Node folded = new Node();
    private final Node exact = new Node();
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byExact = new HashMap<>();
    /** Whether some name can start at an ASCII character: a word starting with any other is passed over. */
    private final boolean[] startsName = new boolean[128];
    /** ASCII letters, digits and the underscore: what {@link #wordy} says of the ASCII characters. */
    private static final boolean[] WORDY = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) WORDY[c] = wordy(c);
    }

    /** A term found at [start, end) of a text. */
    public record Match(int start, int end, String termId) {
    }

    /** A trie node: the names that go on with each next character, and whether a name ends here. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        boolean ends;

        void add(CharSequence name, boolean fold) {
            Node n = this;
            for (int i = 0; i < name.length(); i++) n = n.next.computeIfAbsent(fold ? fold(name.charAt(i)) : name.charAt(i), c -> new Node());
            n.ends = true;
        }
    }

    /** A name or alias of a term as matched: acronyms in capitals only, the rest in any case. */
    record Name(String text, String termId, boolean acronym) {
    }

    public TermMatcher(List<Term> terms) {
        for (Name n : names(terms)) {
            if (n.acronym()) {
                byExact.putIfAbsent(n.text(), n.termId());
                exact.add(n.text(), false);
            } else {
                byName.putIfAbsent(n.text().toLowerCase(Locale.ROOT), n.termId());
                folded.add(n.text(), true);
            }
        }
        for (char c = 0; c < 128; c++) startsName[c] = folded.next.containsKey(fold(c)) || exact.next.containsKey(c);
    }

    /** Whether there are no names to find (a handbook without a glossary). */
    boolean isEmpty() {
        return byName.isEmpty() && byExact.isEmpty();
    }

    /** Every term's names and aliases of two characters or more, longest first (the first of two alike names wins). */
    static List<Name> names(List<Term> terms) {
        List<String[]> names = new ArrayList<>();
        for (Term t : terms) {
            names.add(new String[] {t.term(), t.id()});
            // "Supervised fine-tuning (SFT)" is also matched without its parenthesis
            String bare = t.term().replaceAll("\\s*\\([^)]*\\)\\s*$", "");
            if (!bare.equals(t.term())) names.add(new String[] {bare, t.id()});
            t.aliases().forEach(a -> names.add(new String[] {a, t.id()}));
        }
        names.sort(Comparator.comparingInt((String[] n) -> -n[0].length()).thenComparing(n -> n[0]));
        List<Name> out = new ArrayList<>();
        for (String[] n : names) {
            String name = n[0].strip();
            if (name.length() >= 2) out.add(new Name(name, n[1], isAcronym(name)));
        }
        return out;
    }

    private static boolean isAcronym(String s) {
        return s.chars().noneMatch(Character::isWhitespace) && s.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /** A character as case-insensitive matching compares it (as java.util.regex does with UNICODE_CASE). */
    private static char fold(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** All term occurrences in a text, left to right, not overlapping. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            // most characters start no name: skipped before looking at the word around them
            int end = (c >= 128 || startsName[c]) && startsWord(text, i) ? longest(text, i) : -1;
            if (end < 0) {
                i++;
                continue;
            }
            String found = text.substring(i, end);
            String id = byExact.get(found);
            if (id == null) id = byName.get(found.toLowerCase(Locale.ROOT));
            if (id != null) out.add(new Match(i, end, id));
            i = end;
        }
        return out;
    }

    /** The end of the longest name at {@code start} that ends a word; -1 if none. */
    private int longest(String text, int start) {
        int best = -1;
        Node f = folded;
        Node e = exact;
        for (int j = start; j < text.length() && (f != null || e != null); ) {
            char c = text.charAt(j++);
            f = f == null ? null : f.next.get(fold(c));
            e = e == null ? null : e.next.get(c);
            if ((f != null && f.ends || e != null && e.ends) && endsWord(text, j)) best = j;
        }
        return best;
    }

    /** No letter, digit, underscore or hyphen just before {@code i}. */
    private static boolean startsWord(String text, int i) {
        if (i == 0) return true;
        char b = text.charAt(i - 1);
        if (b < 128) return !(WORDY[b] || b == '-');
        int before = Character.codePointBefore(text, i);
        return !(wordy(before) || before == '-');
    }

    /** No letter, digit or underscore at {@code i}, nor a hyphen joining another word. */
    private static boolean endsWord(String text, int i) {
        if (i >= text.length()) return true;
        char a = text.charAt(i);
        if (a < 128 && a != '-') return !WORDY[a];
        int after = Character.codePointAt(text, i);
        if (wordy(after)) return false;
        return !(after == '-' && i + 1 < text.length() && letterOrNumber(Character.codePointAt(text, i + 1)));
    }

    private static boolean wordy(int cp) {
        return cp == '_' || letterOrNumber(cp);
    }

    /** A letter or a number, as the classes \\p{L} and \\p{N} of a regular expression. */
    private static boolean letterOrNumber(int cp) {
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
