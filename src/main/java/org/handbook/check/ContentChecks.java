package org.handbook.check;

import org.handbook.load.Content;
import org.handbook.markdown.ParsedContent;
import org.handbook.problem.Problems;
import org.handbook.types.Flowcharts;

/** Runs every content rule over the whole content, collecting all problems. */
public final class ContentChecks {
    private ContentChecks() {
    }

    public static void run(Content content, ParsedContent parsed, Problems problems) {
        ReferenceResolver refs = new ReferenceResolver(content, parsed);
        MarkdownChecks markdown = new MarkdownChecks(content.types(), refs, problems);
        parsed.all().values().parallelStream().forEach(markdown::check);
        new EmbedChecks(content.types(), parsed, problems).check();
        new StructureChecks(refs, problems).check(content, parsed);
        FlowchartChecks flowcharts = new FlowchartChecks(content.types(), refs, problems);
        content.items(Flowcharts.TYPE).forEach(flowcharts::check);
    }
}
