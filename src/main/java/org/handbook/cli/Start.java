package org.handbook.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.OptionalInt;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The process's entry point, apart from {@link Main} so that a build with nothing to do is answered
 * without loading the command line's classes: {@code Main} throws picocli's exceptions, so loading it
 * loads picocli's classes, which a class-data archive cannot hold (they are compiled for Java 5), and
 * that opened the 28 MB jar and read its 15,000 entries' directory at every start.
 */
public final class Start {
    /**
     * Set by the launcher on the run that records the class-data archive: the file to write the command's exit
     * code to, since the JVM exits with 1 of its own when it cannot write the archive.
     */
    static final String RECORDING = "handbook.recording-archive";

    private Start() {
    }

    public static void main(String[] args) {
        int code = DaemonClient.wanted(args) ? delegated(args) : run(args);
        String recording = System.getProperty(RECORDING);
        if (recording != null) {
            loadOwnClasses();
            try {
                Files.writeString(Path.of(recording), code + "\n");
            } catch (IOException | RuntimeException unwritten) {
                // the launcher then takes the JVM's exit code, which is this one unless the archive failed
            }
        }
        System.exit(code);
    }

    /** Runs a command line in this process: a build with nothing to do answered at once, anything else by {@link Main}. */
    static int run(String[] args) {
        OptionalInt unchanged = UnchangedBuild.answer(args, System.out, System.err);
        return unchanged.isPresent() ? unchanged.getAsInt() : Main.execute(args);
    }

    /** Runs a build or check in the build daemon, or here if no daemon can be had. */
    private static int delegated(String[] args) {
        OptionalInt code = DaemonClient.run(args, System.out, System.err);
        return code.isPresent() ? code.getAsInt() : run(args);
    }

    /**
     * Loads every class of the generator's own, so the archive the launcher records from this run holds
     * them whichever command made it: a class the archive lacks is read from the jar, and the first one
     * opens the jar's directory. Classes of the libraries are archived only as a run loads them.
     */
    private static void loadOwnClasses() {
        try (JarFile jar = new JarFile(Path.of(Start.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile())) {
            ClassLoader loader = Start.class.getClassLoader();
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (!name.startsWith("org/handbook/") || !name.endsWith(".class") || name.endsWith("package-info.class")) continue;
                try {
                    Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                } catch (ClassNotFoundException | LinkageError skipped) {
                    // a class that cannot load now is read from the jar if a run ever needs it, as without an archive
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException notAJar) {
            // run from a classes folder (tests): the launcher records archives from the jar only
        }
    }
}
