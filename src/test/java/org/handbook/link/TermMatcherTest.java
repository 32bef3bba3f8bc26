package org.handbook.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
