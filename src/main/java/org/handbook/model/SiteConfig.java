package org.handbook.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The handbook's own settings from content/handbook.yaml; {@code collections} is what it calls its
 * content types, by folder (see {@link Wording}); {@code verdicts} the answers its decisions give,
 * in the order the handbook declares them.
 */
public record SiteConfig(String title, String subtitle, String edition, String description,
                         String baseUrl, int wordsPerMinute, String language, String updated, boolean print,
                         Map<String, Wording> collections, List<Verdict> verdicts) {

    public SiteConfig {
        verdicts = List.copyOf(verdicts);
    }

    /** The declared verdict with this id, if there is one. */
    public Optional<Verdict> verdict(String id) {
        return verdicts.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The declared verdict with this id; the id has been checked. */
    public Verdict verdictOf(String id) {
        return verdict(id).orElseThrow(() -> new IllegalArgumentException("no verdict '" + id + "' in handbook.yaml"));
    }
}
