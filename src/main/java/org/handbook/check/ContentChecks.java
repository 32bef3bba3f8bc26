package org.handbook.check;

import org.handbook.markdown.ParsedContent;
import org.handbook.model.Content;
import org.handbook.problem.Problems;

/** Runs every content rule over the whole content, collecting all problems. */
public final class ContentChecks {
    private ContentChecks() {
    }

    public static void run(Content content, ParsedContent parsed, Problems problems) {
        Targets targets = new Targets(content, parsed);
        MarkdownChecks markdown = new MarkdownChecks(targets, problems);
        parsed.all().values().parallelStream().forEach(markdown::check);
        new EmbedChecks(parsed, problems).check();
        new StructureChecks(targets, problems).check(content, parsed);
        FlowchartChecks flowcharts = new FlowchartChecks(targets, problems);
        content.flowcharts().forEach(flowcharts::check);
    }
}
