package org.handbook.model;

import java.util.Map;

/**
 * The handbook's own settings from content/handbook.yaml; {@code collections} is what it calls its
 * content types, by folder (see {@link Wording}).
 */
public record SiteConfig(String title, String subtitle, String edition, String description,
                         String baseUrl, int wordsPerMinute, String language, String updated, boolean print,
                         Map<String, Wording> collections) {
}
