package org.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher (the {@code handbook} script) with {@code HANDBOOK_DAEMON=on}: it names the daemon
 * by how it starts the JVM, asks a running one through the Perl client, and starts the JVM only
 * where the client stands aside (90; the JVM then gets the same name) or the daemon went away (91;
 * the JVM then runs without one). And under an address-space limit it gives the JVM flags it can start with; it
 * builds the jar again when the sources' bytes differ from those it was built from, and only then. Run here with a stand-in {@code java} and {@code perl} that
 * write down how they were called, on a copy of the launcher beside a jar it need not build.
 */
class LauncherDaemonTest {
    private static final Pattern PERL = Pattern.compile("perl (\\S+) (\\S+) ([0-9a-f]{20}) build --out x");

    @TempDir
    Path dir;
    private Path launcher;
    private Path log;

    @BeforeEach
    void installation() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        launcher = home.resolve("handbook");
        Files.copy(Path.of("handbook"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(home.resolve("pom.xml"), "<project/>\n");
        Path source = Files.createDirectories(home.resolve("src/main/launcher")).resolve("daemon-client.pl");
        Files.writeString(source, "# the Perl client\n");
        Path jar = Files.createDirectories(home.resolve("target")).resolve("handbook-all.jar");
        Files.writeString(jar, "a jar\n");
        FileTime before = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        for (Path p : List.of(home.resolve("pom.xml"), source, source.getParent(), source.getParent().getParent())) {
            Files.setLastModifiedTime(p, before);
        }
        log = dir.resolve("calls.txt");
        Path bin = Files.createDirectory(dir.resolve("bin"));
        script(bin.resolve("java"), """
                #!/bin/sh
                for a in "$@"; do last=$a; done
                case "$*" in *ArchiveRelocationMode*-version) echo probe >> "$CALLS.probes"; [ -n "${NO_RELOCATION_MODE:-}" ] && exit 1 ;; esac
                if [ "$last" = -version ]; then echo 'openjdk version "17-stand-in"'; exit 0; fi
                printf 'java HANDBOOK_DAEMON=%s %s\\n' "${HANDBOOK_DAEMON:-}" "$*" >> "$CALLS"
                for a in "$@"; do
                  case $a in
                    -XX:ArchiveClassesAtExit=*) : > "${a#-XX:ArchiveClassesAtExit=}" ;;
                    -Dhandbook.recording-archive=*) echo 0 > "${a#-Dhandbook.recording-archive=}" ;;
                  esac
                done
                exit 0
                """);
        script(bin.resolve("perl"), """
                #!/bin/sh
                printf 'perl %s\\n' "$*" >> "$CALLS"
                exit "$PERL_EXIT"
                """);
        // the first build records the class-data archive, and never asks a daemon
        assertEquals(0, launch(Map.of("HANDBOOK_DAEMON", "on"), "90"));
        assertTrue(calls().get(0).contains("-XX:ArchiveClassesAtExit="), calls().toString());
        assertEquals(1, calls().size(), calls().toString());
        Files.delete(log);
    }

    @Test
    void aRunningDaemonIsAskedWithoutAJvm() throws Exception {
        assertEquals(0, launch(Map.of("HANDBOOK_DAEMON", "on"), "0"));
        List<String> calls = calls();
        assertEquals(1, calls.size(), "the Perl client alone: " + calls);
        Matcher perl = perl(calls.get(0));
        assertEquals(launcher.getParent().resolve("src/main/launcher/daemon-client.pl").toString(), perl.group(1));
        assertEquals("/tmp", perl.group(2), "the JVM's own temporary folder");
        assertEquals(2, launch(Map.of("HANDBOOK_DAEMON", "yes"), "2"), "the command's exit code, as the daemon gave it");
        assertEquals(2, calls().size(), calls().toString());
    }

    @Test
    void theJvmRunsWhereTheClientStandsAsideOrTheDaemonWentAway() throws Exception {
        assertEquals(0, launch(Map.of("HANDBOOK_DAEMON", "on"), "90"));
        List<String> calls = calls();
        assertEquals(2, calls.size(), calls.toString());
        String id = perl(calls.get(0)).group(3);
        assertTrue(calls.get(1).startsWith("java HANDBOOK_DAEMON=on "), calls.get(1));
        assertTrue(calls.get(1).contains(" -D" + DaemonAddress.ID + "=" + id + " "), "the JVM asks the daemon of the same name: " + calls);
        assertTrue(calls.get(1).endsWith(" -jar " + launcher.getParent().resolve("target/handbook-all.jar") + " build --out x"), calls.get(1));
        Files.delete(log);
        assertEquals(0, launch(Map.of("HANDBOOK_DAEMON", "on"), "91"));
        assertTrue(calls().get(1).startsWith("java HANDBOOK_DAEMON=off "), "run here, without a daemon: " + calls());
    }

    @Test
    void theNameFollowsHowTheJvmStartsAndWhereItRuns() throws Exception {
        launch(Map.of("HANDBOOK_DAEMON", "on"), "0");
        launch(Map.of("HANDBOOK_DAEMON", "on", "HANDBOOK_JAVA_OPTS", "-Djava.io.tmpdir=/var/tmp/x -Xmx2g"), "0");
        launch(Map.of("HANDBOOK_DAEMON", "on"), "0");
        List<String> calls = calls();
        Matcher plain = perl(calls.get(0));
        Matcher optioned = perl(calls.get(1));
        assertEquals("/var/tmp/x", optioned.group(2), "the temporary folder the JVM would be given");
        assertNotEquals(plain.group(3), optioned.group(3), "other options, another daemon");
        assertEquals(plain.group(3), perl(calls.get(2)).group(3), "the same start, the same daemon");
        assertEquals(0, launch(Map.of(), "0"));
        assertTrue(calls().get(3).startsWith("java HANDBOOK_DAEMON= ") && !calls().get(3).contains(DaemonAddress.ID),
                "no daemon asked for, none asked: " + calls());
    }

    @Test
    void underAnAddressSpaceLimitTheJvmIsGivenFlagsItCanStartWith() throws Exception {
        assertEquals(0, launch(Map.of(), "0"));
        assertFalse(calls().get(0).contains("CompressedClassSpaceSize"), "no limit, the JVM's own sizes: " + calls());
        Files.delete(log);
        long limitKb = 2_000_000;
        assertEquals(0, launch(Map.of(), "0", limitKb));
        String call = calls().get(0);
        assertTrue(call.contains("-XX:CompressedClassSpaceSize=128m") && call.contains("-XX:ReservedCodeCacheSize=128m"), call);
        // the real JVM, with every flag the launcher gave (but the class-data archive's), starts under that limit
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String word : call.substring(call.indexOf(' ', "java ".length()) + 1, call.indexOf(" -jar ")).split(" ")) {
            if (!word.isEmpty() && !word.startsWith("-XX:SharedArchiveFile=") && !word.startsWith("-XX:ArchiveClassesAtExit=")) command.add(word);
        }
        command.add("-version");
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "ulimit -v " + limitKb + " && exec \"$@\"", "sh");
        pb.command().addAll(command);
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), command + "\n" + out);
    }

    @Test
    void theArchiveIsMappedWhereItWasRecordedWhereTheJdkOffersIt() throws Exception {
        String mapped = "-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:SharedArchiveFile=";
        assertEquals(0, launch(Map.of(), "0"));
        assertTrue(calls().get(0).contains(mapped), calls().toString());
        Files.delete(log);
        // a JDK without the option: asked once, when the archive's key is worked out again, and never given it
        Files.delete(launcher.getParent().resolve("target/archive-key.txt"));
        assertEquals(0, launch(Map.of("NO_RELOCATION_MODE", "1"), "0"));
        assertEquals(0, launch(Map.of("NO_RELOCATION_MODE", "1"), "0"));
        assertEquals(2, calls().size(), calls().toString());
        for (String call : calls()) assertFalse(call.contains("ArchiveRelocationMode"), call);
        assertEquals(List.of("probe", "probe"), Files.readAllLines(Path.of(log + ".probes")), "the first key's and this one's");
    }

    @Test
    void aJarMavenCannotBuildIsExplainedAndNothingRuns() throws Exception {
        Files.delete(launcher.getParent().resolve("target/handbook-all.jar"));
        script(dir.resolve("bin/mvn"), """
                #!/bin/sh
                echo '[ERROR] Could not create local repository' >&2
                exit 1
                """);
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "check").directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("CALLS", log.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("[ERROR] Could not create local repository"), "Maven's own message: " + out);
        assertTrue(out.contains("could not build") && out.contains("mvn -B -DskipTests package"), "what to do: " + out);
        assertFalse(Files.exists(log), "no JVM started without a jar");
    }

    @Test
    void theJarIsBuiltAgainWhenTheSourcesDifferNotWhenTheyAreOnlyTouched() throws Exception {
        script(dir.resolve("bin/mvn"), """
                #!/bin/sh
                echo mvn >> "$CALLS"
                touch target/handbook-all.jar
                """);
        Path home = launcher.getParent();
        Path source = home.resolve("src/main/launcher/daemon-client.pl");
        assertEquals(List.of(), mavenRuns(), "the sources the stamp was taken from");
        Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis()));
        assertEquals(List.of(), mavenRuns(), "touched, the same bytes: summed again, not built");
        assertEquals(List.of(), mavenRuns());
        Files.writeString(source, "# the Perl client, changed\n");
        assertEquals(List.of("mvn"), mavenRuns(), "another text");
        assertEquals(List.of(), mavenRuns(), "built once");
        Files.writeString(home.resolve("src/main/launcher/new.pl"), "# a new file\n");
        assertEquals(List.of("mvn"), mavenRuns(), "a file added");
        Files.delete(home.resolve("src/main/launcher/new.pl"));
        assertEquals(List.of("mvn"), mavenRuns(), "and removed");
    }

    /** The calls of Maven one {@code handbook --version} made. */
    private List<String> mavenRuns() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--version").directory(launcher.getParent().toFile()).redirectErrorStream(true);
        pb.environment().remove("JAVA");
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("CALLS", log.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        List<String> runs = calls().stream().filter(c -> c.equals("mvn")).toList();
        Files.delete(log);
        return runs;
    }

    private List<String> calls() throws Exception {
        return Files.readAllLines(log);
    }

    private static Matcher perl(String call) {
        Matcher m = PERL.matcher(call);
        assertTrue(m.matches(), call);
        return m;
    }

    /** Runs {@code handbook build --out x} in {@code dir} with the stand-ins, the Perl client exiting with {@code perlExit}. */
    private int launch(Map<String, String> env, String perlExit) throws Exception {
        return launch(env, perlExit, 0);
    }

    /** As the other, under an address-space limit of {@code limitKb} ({@code ulimit -v}) unless it is 0. */
    private int launch(Map<String, String> env, String perlExit, long limitKb) throws Exception {
        List<String> command = List.of(launcher.toString(), "build", "--out", "x");
        if (limitKb > 0) command = List.of("sh", "-c", "ulimit -v " + limitKb + " && exec \"$0\" build --out x", launcher.toString());
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("HANDBOOK_DAEMON");
        pb.environment().remove("HANDBOOK_JAVA_OPTS");
        pb.environment().remove("JAVA");
        pb.environment().putAll(env);
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("CALLS", log.toString());
        pb.environment().put("PERL_EXIT", perlExit);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals("", out, "the launcher says nothing of its own");
        return p.exitValue();
    }

    private static void script(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
