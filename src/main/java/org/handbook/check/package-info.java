/**
 * Check: every rule beyond the schema, run over the whole content at once so that one build
 * reports every problem: references and anchors resolve, citations exist, flowcharts are sound
 * trees, playbooks have their sections, ids are unique, Markdown holds no raw HTML or unsafe
 * links. In: {@link org.handbook.load.Content} and its parsed Markdown. Out: problems, each with
 * its {@link org.handbook.problem.Rule}.
 */
package org.handbook.check;
