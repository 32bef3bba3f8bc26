package org.handbook.model;

import java.util.List;

/** A decision worked in a meeting: the question, the verdict and how to act on it. */
public record Playbook(String id, String title, Integer order, String question, Verdict verdict,
                       String answer, List<String> techniques, Signals signals, String checklist,
                       String flowchart, String outcome, List<String> chapters, Markdown body,
                       SourceMap source) {
}
