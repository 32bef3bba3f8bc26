package org.handbook.casestudy;

import java.util.List;
import org.handbook.model.Markdown;
import org.handbook.model.SourceMap;

/** A decision as one team took it: the fixture's new content type, declared by {@link CaseStudies}. */
public record CaseStudy(String id, String title, String summary, List<String> playbooks, Markdown body, SourceMap source) {
}
