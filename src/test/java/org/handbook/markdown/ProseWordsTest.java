package org.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.RandomTries;
import org.junit.jupiter.api.Test;

/** A text's prose words are its words as a regular expression finds them, whatever texts the thread split before. */
class ProseWordsTest {
    /** A letter or digit, then letters, digits and '%', and punctuation with a letter or digit after it. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}](?:[\\p{L}\\p{Nd}%]|['\u2019\\-.,](?=[\\p{L}\\p{Nd}]))*");
    private static final List<String> PIECES = List.of("a", "Z", "q", "\u00C9", "\u00DF", "\u0416", "7", "'", "\u2019", "-", ".", ",", "%", " ", "\n", "!",
            "\u00A0", "word", "Word", "WORD", "_");

    private static List<String> expected(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            StringBuilder w = new StringBuilder();
            for (char c : m.group().toCharArray()) w.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
            out.add(m.start() + " " + w);
        }
        if (!out.isEmpty()) out.add("0 null");
        return out;
    }

    private static List<String> words(ProseWords.Words w) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) out.add(w.offset(i) + " " + w.word(i));
        return out;
    }

    @Test
    void wordsAreWhatARegularExpressionFindsLowerCasedAtTheirOffsets() {
        RandomTries.run("prose words = regular expression", 3000, random -> {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(random.nextInt(8) == 0 ? 600 : 40); i > 0; i--) text.append(RandomTries.pick(random, PIECES));
            String t = text.toString();
            assertEquals(expected(t), words(ProseWords.ofYaml(t)), "\"" + t + "\"");
        });
    }

    @Test
    void aShortTextAfterALongOneHasOnlyItsOwnWords() {
        ProseWords.ofYaml("many words here ".repeat(500));
        assertEquals(List.of("0 one", "4 two", "0 null"), words(ProseWords.ofYaml("One two")));
        assertEquals(List.of(), words(ProseWords.ofYaml("")));
    }

    @Test
    void quotationsAndNamedValuesAreOneBreakAndOneWord() {
        assertEquals(List.of("0 said", "0 null", "13 then", "18 {{a-b}}", "0 null"), words(ProseWords.ofYaml("Said \"Quiet\" then {{ a-b }}")));
        assertEquals(List.of("0 it's", "5 x", "0 null", "16 ok", "0 null"), words(ProseWords.ofYaml("It's x \u2018quoted\u2019 ok")));
    }
}
