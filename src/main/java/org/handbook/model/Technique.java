package org.handbook.model;

/** One item of the customization menu, with the figures the comparison table shows. */
public record Technique(String id, String title, int order, String summary, boolean changesWeights,
                        String changes, String cannotChange, String cost, String costNote,
                        String timeToResult, String reversibility, String dataNeeded,
                        String typicalFailure, String pickWhen, Markdown body, SourceMap source) {
}
