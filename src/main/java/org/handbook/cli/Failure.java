package org.handbook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Reports a failure that is not a content problem in one line with a hint and its own exit code:
 * an input/output failure (3) or a fault in the generator itself (4). The Java stack trace, which
 * helps the generator's maintainers and nobody else, is printed only with {@code --verbose}.
 */
final class Failure {
    static final String BUG_HINT = "this is a fault in the generator, not in your content; run again with --verbose "
            + "for the stack trace and report it";

    private Failure() {
    }

    /** Prints what went wrong and returns the exit code for it. */
    static int report(Throwable thrown, boolean verbose, PrintStream err) {
        Throwable t = unwrap(thrown);
        IOException io = io(t);
        Main.Exit exit = io != null ? Main.Exit.IO : Main.Exit.INTERNAL;
        err.println(describe(t));
        if (exit == Main.Exit.INTERNAL) err.println("    hint: " + hint(t));
        if (verbose) t.printStackTrace(err);
        return exit.code();
    }

    /** The one line that says what failed: an input/output error, or an internal error and where. */
    static String describe(Throwable thrown) {
        Throwable t = unwrap(thrown);
        IOException io = io(t);
        if (io != null) return "error: cannot read or write " + message(io);
        return "internal error: " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + firstLine(t.getMessage()))
                + where(t);
    }

    /** What a user can do about an internal error. */
    static String hint(Throwable thrown) {
        Throwable t = unwrap(thrown);
        if (t instanceof OutOfMemoryError) return "give the generator more memory, e.g. HANDBOOK_JAVA_OPTS=-Xmx2g ./handbook build";
        return BUG_HINT;
    }

    /** The failure itself, not the wrappers that carried it across threads or through picocli. */
    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof CompletionException || cur instanceof ExecutionException || cur instanceof ExceptionInInitializerError
                || cur instanceof picocli.CommandLine.ExecutionException) && cur.getCause() != null) {
            cur = cur.getCause();
        }
        return cur;
    }

    private static IOException io(Throwable t) {
        if (t instanceof UncheckedIOException u) return u.getCause();
        return t instanceof IOException e ? e : null;
    }

    private static String message(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // NoSuchFileException and friends carry only the path: say what happened to it
        if (!(e instanceof java.nio.file.FileSystemException) || e.getClass() == java.nio.file.FileSystemException.class) return m;
        String what = e.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return m + " (" + what.toLowerCase(java.util.Locale.ROOT) + ")";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The generator's own frame nearest to the failure, so a one-line report can still be acted on. */
    private static String where(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.handbook.")) return " (at " + e.getFileName() + ":" + e.getLineNumber() + ")";
        }
        return "";
    }
}
