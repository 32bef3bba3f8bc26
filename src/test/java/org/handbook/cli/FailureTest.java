package org.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.handbook.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults that are not content problems: one line, a hint, an exit code of their own, a stack trace only on request. */
class FailureTest {

    private static String[] report(Throwable t, boolean verbose) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = Failure.report(t, verbose, new PrintStream(buf, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), buf.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aFaultOfTheGeneratorIsOneLineAndAHintWithExitCodeFour() {
        String[] r = report(new CompletionException(new IllegalStateException("no page is being rendered\nsecond line")), false);
        assertEquals("4", r[0]);
        assertTrue(r[1].startsWith("internal error: IllegalStateException: no page is being rendered (at FailureTest.java:"), r[1]);
        assertTrue(r[1].contains("\n    hint: this is a fault in the generator, not in your content; run again with --verbose"), r[1]);
        assertFalse(r[1].contains("\tat "), "no stack trace without --verbose: " + r[1]);
        assertEquals(2, r[1].lines().count(), r[1]);
    }

    @Test
    void errorsToo() {
        String[] r = report(new StackOverflowError(), false);
        assertEquals("4", r[0]);
        assertTrue(r[1].startsWith("internal error: StackOverflowError"), r[1]);
        assertTrue(report(new OutOfMemoryError("Java heap space"), false)[1].contains("hint: give the generator more memory"));
    }

    @Test
    void anInputOutputFailureIsExitCodeThree() {
        String[] r = report(new UncheckedIOException(new NoSuchFileException("templates/pdf/pdf.css")), false);
        assertEquals("3", r[0]);
        assertEquals("error: cannot read or write templates/pdf/pdf.css (no such file)\n", r[1]);
    }

    @Test
    void verboseAddsTheStackTrace() {
        String[] r = report(new IllegalArgumentException("x"), true);
        assertTrue(r[1].contains("\tat org.handbook.cli.FailureTest"), r[1]);
    }

    @Test
    void theCommandLineMapsAMissingTemplateFileToExitThreeWithoutATrace(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path templates = dir.resolve("templates");
        TestSites.copyTree(TestSites.TEMPLATES, templates);
        Files.delete(templates.resolve("pdf/pdf.css"));
        PrintStream was = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute("build", "--content", content.toString(), "--templates", templates.toString(),
                    "--out", dir.resolve("site").toString());
        } finally {
            System.setErr(was);
        }
        String err = buf.toString(StandardCharsets.UTF_8);
        assertEquals(3, code, err);
        assertTrue(err.startsWith("error: cannot read or write ") && err.contains("pdf.css"), err);
        assertFalse(err.contains("\tat "), err);
        assertFalse(Files.exists(dir.resolve("site")), "nothing written");
    }
}
