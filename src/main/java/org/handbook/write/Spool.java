package org.handbook.write;

/**
 * Where an output hands each file as soon as it is made, before the output is done: a build that
 * runs once writes it into the new site there and then and keeps none of its bytes (a 4,000-page
 * site's pages were some 60 MB held until the build's end, copied and marked by every collection
 * meanwhile); everywhere else (a check, a warm process that keeps the pages) the file is kept as it is.
 */
@FunctionalInterface
public interface Spool {
    /** {@code file} itself, or a file with its path that the writer has put in the new site already and reads back when asked. */
    OutputFile hand(OutputFile file);

    /** A spool that keeps every file as it is. */
    static Spool none() {
        return file -> file;
    }
}
