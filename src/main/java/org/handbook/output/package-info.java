/**
 * Output: the seam every kind of built file goes through. An {@link org.handbook.output.Output}
 * makes its files from a {@link org.handbook.output.BuildContext} (the linked library, templates,
 * pages, cache, the pipeline's pool) and never writes them; the pipeline runs each, timed, and a
 * {@link org.handbook.output.BuildMode} decides whether they are written. In: a library. Out:
 * {@link org.handbook.write.OutputFile}s.
 */
package org.handbook.output;
