package org.handbook.model;

import java.util.List;

/**
 * A decision worked in a meeting: the question, the verdict (an id of handbook.yaml's verdicts)
 * and how to act on it; {@code ifMeasured}, or null, the verdict a measurement not yet taken would
 * lead to. {@code route} is the walk through its flowchart that leads here: node ids from the
 * start to the outcome.
 */
public record Playbook(String id, String title, Integer order, String question, String verdict, IfMeasured ifMeasured,
                       String answer, List<String> techniques, Signals signals, String checklist,
                       String flowchart, String outcome, List<String> route, List<String> chapters, Markdown body,
                       SourceMap source) {
}
