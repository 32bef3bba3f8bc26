package org.handbook.model;

import java.util.List;
import java.util.Map;

/** A decision tree: question nodes with options leading on, ending in outcome nodes. */
public record Flowchart(String id, String title, String description, String start,
                        Map<String, Node> nodes, SourceMap source) {

    /**
     * A question (with options) or an outcome (with a verdict id, summary and links, and perhaps
     * the verdict a measurement would lead to).
     */
    public record Node(String id, String question, String help, List<Option> options,
                       String outcome, String verdict, IfMeasured ifMeasured, String summary, List<String> links) {
        public boolean isOutcome() {
            return outcome != null;
        }
    }

    /** An answer to a question and the node it leads to. */
    public record Option(String label, String next) {
    }
}
