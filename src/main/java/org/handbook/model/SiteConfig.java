package org.handbook.model;

/** The handbook's own settings from content/handbook.yaml. */
public record SiteConfig(String title, String subtitle, String edition, String description,
                         String baseUrl, int wordsPerMinute, String language, String updated, boolean print) {
}
