/**
 * Checklist: the downloads of every checklist, made at build time so they work offline and paste
 * into tickets and spreadsheets: a GitHub task list in Markdown and a CSV of section, item,
 * required, who and why; the build's "downloads" {@link org.handbook.output.Output}. In: a
 * {@link org.handbook.link.Library}. Out: {@link org.handbook.write.OutputFile}s beside each checklist page.
 */
package org.handbook.checklist;
