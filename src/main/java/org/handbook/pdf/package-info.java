/**
 * PDF: the build's "pdf" {@link org.handbook.output.Output}: checklists in A4 and US Letter, a
 * meeting pack per playbook and the whole book, each an HTML template (templates/pdf/) laid out by
 * openhtmltopdf with embedded DejaVu fonts; a PDF whose HTML is unchanged is reused. In: a
 * {@link org.handbook.output.BuildContext}. Out: {@link org.handbook.write.OutputFile}s.
 */
package org.handbook.pdf;
