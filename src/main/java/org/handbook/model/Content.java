package org.handbook.model;

import java.util.List;
import java.util.Set;

/**
 * Everything loaded from a content directory, before checking. {@code knownIds} holds the ids of
 * every file found per type, even those that failed to load, so one broken file does not make
 * every reference to it a second error. {@code unboundBodies} are the Markdown bodies of files
 * whose front matter was invalid: still checked, so one run reports their problems too.
 */
public record Content(SiteConfig config, List<Chapter> chapters, List<Playbook> playbooks,
                      List<Term> terms, List<Technique> techniques, List<Checklist> checklists,
                      List<Flowchart> flowcharts, List<Source> sources,
                      java.util.Map<String, Set<String>> knownIds, List<Markdown> unboundBodies) {
}
