package org.handbook.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.handbook.link.Library;
import org.handbook.types.Terms;
import org.handbook.model.Term;

/**
 * The language side of search, shared by the index, {@code handbook search} and the export:
 * Lucene's English analyzer (possessives, lower case, stop words, Porter stemming), the surface
 * words readers type mapped to their stems, and the glossary's names and aliases as synonym
 * groups ("PEFT" and "parameter-efficient fine-tuning" find each other).
 */
public final class SearchAnalysis implements AutoCloseable {
    /**
     * Lucene's English stop words plus the question and helper words readers type ("what does a
     * training run cost"), which otherwise pull every heading that starts with "What" to the top.
     */
    static final CharArraySet STOP_WORDS = stopWords();
    private final Analyzer analyzer = new EnglishAnalyzer(STOP_WORDS);
    private final List<List<List<String>>> synonyms = new ArrayList<>();

    /** Analysis with the library's glossary names and aliases as synonym groups. */
    public SearchAnalysis(Library lib) {
        for (Term t : lib.items(Terms.TYPE)) {
            if (t.aliases().isEmpty()) continue;
            List<List<String>> group = new ArrayList<>();
            for (String phrase : concat(t.term(), t.aliases())) {
                List<String> stems = stems(phrase);
                if (!stems.isEmpty() && !group.contains(stems)) group.add(stems);
            }
            if (group.size() > 1) synonyms.add(List.copyOf(group));
        }
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        set.addAll(List.of("what", "which", "who", "whom", "whose", "when", "where", "why", "how", "do", "does", "did", "doing",
                "should", "would", "could", "can", "may", "might", "must", "shall", "i", "me", "my", "we", "us", "our", "you",
                "your", "he", "she", "him", "her", "its", "them", "am", "been", "being", "have", "has", "had", "having", "from",
                "about", "so", "than", "too", "very", "just", "any", "some", "each", "own", "get", "got"));
        return CharArraySet.unmodifiableSet(set);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /**
     * The English analyzer cut in two for the build's one pass over the records: this half
     * (standard tokenizer, lower case) gives each word as typed, lower-cased, and
     * {@link #stemOfWord} takes one such word through the rest (possessive, stop words, Porter).
     * Every filter after lower-casing looks at one token alone (the possessive filter takes 's and
     * 'S alike), so the build works a word's stem out once per distinct word instead of once per
     * occurrence. The parity test holds the two halves to the whole analyzer.
     */
    Analyzer wordAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new AsciiFirstLowerCase(source));
            }
        };
    }

    /**
     * Lucene's LowerCaseFilter with a fast path: ASCII letters directly, and Lucene's own code
     * point by code point lower-casing from the first non-ASCII character on. Same tokens; the
     * build lower-cases every word of the site, where the per-code-point path was a fifth of it.
     */
    private static final class AsciiFirstLowerCase extends org.apache.lucene.analysis.TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        AsciiFirstLowerCase(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            char[] b = term.buffer();
            int length = term.length();
            for (int i = 0; i < length; i++) {
                char c = b[i];
                if (c >= 0x80) {
                    org.apache.lucene.analysis.CharacterUtils.toLowerCase(b, i, length);
                    break;
                }
                if (c >= 'A' && c <= 'Z') b[i] = (char) (c + ('a' - 'A'));
            }
            return true;
        }
    }

    private final Analyzer afterWords = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            KeywordTokenizer source = new KeywordTokenizer();
            TokenStream chain = new EnglishPossessiveFilter(source);
            chain = new StopFilter(chain, STOP_WORDS);
            return new TokenStreamComponents(source, new PorterStemFilter(chain));
        }
    };

    /** The stem of a word from {@link #wordAnalyzer}, or "" for a stop word. */
    String stemOfWord(String lowerCased) {
        try (TokenStream ts = afterWords.tokenStream("body", lowerCased)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String stem = ts.incrementToken() ? term.toString() : "";
            ts.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each synonym group: its phrases, each a sequence of stems. */
    public List<List<List<String>>> synonyms() {
        return synonyms;
    }

    /** The stems of a text, in order, stop words dropped. */
    public List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** How much a synonym counts beside a word the reader typed. */
    public static final float SYNONYM_WEIGHT = 0.5f;

    /**
     * The terms a query looks for, with their weights: its own stems (1), then the stems of every
     * synonym of a phrase it contains ({@value #SYNONYM_WEIGHT}), each once. The browser does the
     * same with the exported groups.
     */
    public Map<String, Float> queryTerms(String query) {
        List<String> stems = stems(query);
        Map<String, Float> terms = new java.util.LinkedHashMap<>();
        stems.forEach(s -> terms.put(s, 1f));
        for (List<List<String>> group : synonyms) {
            boolean hit = group.stream().anyMatch(phrase -> java.util.Collections.indexOfSubList(stems, phrase) >= 0);
            if (hit) group.forEach(phrase -> phrase.forEach(s -> terms.putIfAbsent(s, SYNONYM_WEIGHT)));
        }
        return terms;
    }

    /** Releases the analyzers' per-thread token streams; a dev server makes one analysis a build. Its owner closes it. */
    @Override
    public void close() {
        analyzer.close();
        afterWords.close();
    }
}
