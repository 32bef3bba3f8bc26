package org.handbook.output;

import java.io.IOException;
import java.util.List;
import org.handbook.write.OutputFile;

/**
 * One kind of file a build makes (pages, PDFs, the search index, downloads...): given the linked
 * library, it returns its files and never writes them itself, so {@code check} runs it in memory
 * exactly as {@code build} does. The pipeline runs every output on its own pool, timed by name.
 */
public interface Output {

    /** The output's name in the build's summary ("pages", "pdf", ...). */
    String name();

    /** The files of this output, made from {@link BuildContext#library()} (and, if it needs them, the other outputs' files). */
    List<OutputFile> produce(BuildContext context) throws IOException;

    /** What it is made from. */
    default Needs needs() {
        return Needs.LIBRARY;
    }

    /** Whether it takes long enough (seconds) that the dev server should not make readers wait for it. */
    default boolean slow() {
        return false;
    }

    /** What an output is made from, which decides when it runs. */
    enum Needs {
        /** The linked library only: runs beside the other outputs. */
        LIBRARY,
        /** Every other output's files (an offline archive of the site): runs after them. */
        FILES
    }
}
