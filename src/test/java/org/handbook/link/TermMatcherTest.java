package org.handbook.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.RandomTries;
import org.handbook.model.Markdown;
import org.handbook.model.SourceMap;
import org.handbook.model.Term;
import org.junit.jupiter.api.Test;

class TermMatcherTest {
    static Term term(String id, String name, String... aliases) {
        return new Term(id, name, List.of(aliases), List.of(), Markdown.empty(id), SourceMap.empty(id));
    }

    final TermMatcher matcher = new TermMatcher(List.of(term("lora", "LoRA", "low-rank adaptation"), term("qlora", "QLoRA"),
            term("rag", "Retrieval-augmented generation", "RAG"), term("sft", "Supervised fine-tuning (SFT)", "SFT"),
            term("fine-tuning", "Fine-tuning")));

    List<String> ids(String text) {
        return matcher.find(text).stream().map(TermMatcher.Match::termId).toList();
    }

    @Test
    void matchesWholeWordsLongestFirst() {
        assertEquals(List.of("qlora", "lora"), ids("QLoRA builds on LoRA."));
        assertEquals(List.of("sft"), ids("Supervised fine-tuning needs demonstrations"));
        assertEquals(List.of("fine-tuning"), ids("Fine-tuning, again"));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(List.of("rag"), ids("Use RAG here"));
        assertEquals(List.of(), ids("a rag to wipe the floor"));
        assertEquals(List.of(), ids("the loraxian and lorax"));
    }

    @Test
    void doesNotMatchInsideHyphenatedWords() {
        assertEquals(List.of(), ids("a fine-tuning-free approach"));
        assertEquals(List.of("lora"), ids("low-rank adaptation works"));
    }

    @Test
    void findsWhatOneCaseInsensitiveAlternationOfEveryNameFinds() {
        RandomTries.run("term matcher = regex alternation", 1000, random -> {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 12; i++) words.add(word(random));
            List<Term> terms = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                List<String> aliases = new ArrayList<>();
                for (int a = random.nextInt(3); a > 0; a--) aliases.add(name(random, words));
                terms.add(term("t" + i, name(random, words) + (random.nextInt(5) == 0 ? " (" + word(random).toUpperCase(Locale.ROOT) + ")" : ""),
                        aliases.toArray(String[]::new)));
            }
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(recased(random, RandomTries.pick(random, words))).append(RandomTries.pick(random, SEPARATORS));
            }
            String t = text.toString();
            assertEquals(new RegexTermMatcher(terms).find(t), new TermMatcher(terms).find(t), terms + " in \"" + t + "\"");
        });
    }

    private static final List<String> SEPARATORS = List.of(" ", " ", "-", "_", ", ", ". ", "(", ") ", "\u00a0", "-", "5", "\u2014");
    private static final String LETTERS = "aAbBeElLoOrRsSiI\u00e9\u00c9\u00df\u0130\u0131\u017f";

    private static String word(RandomGenerator random) {
        StringBuilder w = new StringBuilder();
        for (int i = 1 + random.nextInt(4); i > 0; i--) w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        return w.toString();
    }

    private static String name(RandomGenerator random, List<String> words) {
        StringBuilder n = new StringBuilder(RandomTries.pick(random, words));
        for (int i = random.nextInt(3); i > 0; i--) n.append(random.nextBoolean() ? " " : "-").append(RandomTries.pick(random, words));
        return n.toString();
    }

    private static String recased(RandomGenerator random, String w) {
        return switch (random.nextInt(3)) {
            case 0 -> w;
            case 1 -> w.toUpperCase(Locale.ROOT);
            default -> w.toLowerCase(Locale.ROOT);
        };
    }

    /** The matcher as it was: one alternation of every name, longest first, matched case-insensitively. */
    private static final class RegexTermMatcher {
        private final Pattern pattern;
        private final Map<String, String> byName = new HashMap<>();
        private final Map<String, String> byExact = new HashMap<>();

        RegexTermMatcher(List<Term> terms) {
            List<String> alternatives = new ArrayList<>();
            for (TermMatcher.Name n : TermMatcher.names(terms)) {
                if (n.acronym()) {
                    byExact.putIfAbsent(n.text(), n.termId());
                    alternatives.add("(?-i:" + Pattern.quote(n.text()) + ")");
                } else {
                    byName.putIfAbsent(n.text().toLowerCase(Locale.ROOT), n.termId());
                    alternatives.add(Pattern.quote(n.text()));
                }
            }
            pattern = alternatives.isEmpty() ? null : Pattern.compile(
                    "(?<![\\p{L}\\p{N}_-])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        List<TermMatcher.Match> find(CharSequence text) {
            List<TermMatcher.Match> out = new ArrayList<>();
            if (pattern == null) return out;
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String found = m.group();
                String id = byExact.get(found);
                if (id == null) id = byName.get(found.toLowerCase(Locale.ROOT));
                if (id != null) out.add(new TermMatcher.Match(m.start(), m.end(), id));
            }
            return out;
        }
    }
}
