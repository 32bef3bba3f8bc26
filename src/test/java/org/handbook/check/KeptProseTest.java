package org.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.handbook.RandomTries;
import org.handbook.load.LocatedYaml;
import org.handbook.markdown.MarkdownParser;
import org.handbook.model.Markdown;
import org.handbook.model.SourceMap;
import org.handbook.problem.Problem;
import org.handbook.problem.Problems;
import org.junit.jupiter.api.Test;

/**
 * A warm process's repeated-prose check, which reads again only the files an edit changed, warns
 * exactly as a check of the same files that keeps nothing: the same runs, at the same places, in the
 * same order, after any run of edits (a text rewritten, a word put in, a file added or taken away,
 * a text moved down its file), with files that share many runs with one another.
 */
class KeptProseTest {
    private static final String[] SHARED = ("a fine-tune learns the shape of the answers it is shown, not the facts that change every week, "
            + "so teams that tune first and measure later pay twice for the same lesson in the end; retrieval keeps the facts where "
            + "an editor can fix them and a reviewer can see them").split(" ");
    private static final String[] OTHER = "model data cost label drift eval prompt budget owner vendor".split(" ");

    /** A file: its Markdown body, where it starts, or a YAML file's two text fields. */
    private record File(String text, int firstLine, boolean yaml) {
    }

    @Test
    void aKeptCheckWarnsAsACheckOfEveryFile() {
        // runs are drawn at random, so some tries share none: the files of all the tries together must have shared some
        int[] warned = {0};
        RandomTries.run("kept repeated-prose check", 40, r -> {
            KeptProse kept = KeptProse.kept();
            Map<String, File> files = new TreeMap<>();
            for (int f = 0; f < 6; f++) files.put(name(r), file(r));
            for (int edit = 0; edit < 12; edit++) {
                edit(r, files);
                List<String> fresh = warnings(files, KeptProse.none());
                assertEquals(fresh, warnings(files, kept), "after edit " + edit + " of " + files.keySet());
                warned[0] += fresh.size() / 2;
            }
        });
        assertFalse(warned[0] == 0, "the files shared runs");
    }

    private static void edit(RandomGenerator r, Map<String, File> files) {
        List<String> names = new ArrayList<>(files.keySet());
        String name = names.get(r.nextInt(names.size()));
        File f = files.get(name);
        switch (r.nextInt(5)) {
            case 0 -> files.put(name, file(r));
            case 1 -> files.put(name, new File(f.text().replaceFirst(" ", " " + OTHER[r.nextInt(OTHER.length)] + " "), f.firstLine(), f.yaml()));
            case 2 -> files.put(name(r), file(r));
            case 3 -> {
                if (files.size() > 2) files.remove(name);
            }
            default -> files.put(name, new File(f.text(), f.firstLine() + 1 + r.nextInt(3), f.yaml()));
        }
    }

    private static String name(RandomGenerator r) {
        return (char) ('a' + r.nextInt(12)) + (r.nextBoolean() ? ".md" : ".yaml");
    }

    private static File file(RandomGenerator r) {
        StringBuilder text = new StringBuilder();
        int paragraphs = 1 + r.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) text.append("\n\n");
            int from = r.nextInt(SHARED.length - 4);
            int to = Math.min(SHARED.length, from + 4 + r.nextInt(28));
            for (int w = 0; w < 3 + r.nextInt(4); w++) text.append(OTHER[r.nextInt(OTHER.length)]).append(' ');
            text.append(String.join(" ", java.util.Arrays.copyOfRange(SHARED, from, to)));
            if (r.nextInt(4) == 0) text.append(" \u201C").append(String.join(" ", java.util.Arrays.copyOfRange(SHARED, 0, 14))).append("\u201D");
        }
        return new File(text.toString(), 1 + r.nextInt(5), r.nextBoolean());
    }

    /**
     * The runs {@code kept} finds among {@code files} (what the warnings say, in the order they are given), then
     * the warnings of a check of the same files again (with {@code kept}, one that changed none of them).
     */
    private static List<String> warnings(Map<String, File> files, KeptProse kept) {
        List<Passage.Builder> builders = new ArrayList<>();
        files.forEach((path, f) -> builders.add(f.yaml() ? yaml(path, f) : new Passage.Builder(path)
                .markdown(MarkdownParser.parse(new Markdown(f.text(), path, f.firstLine(), 1)))));
        List<String> out = new ArrayList<>();
        kept.runs(builders, new RepeatedProse.Passages(builders)).forEach(run -> out.add(run.toString()));
        Problems problems = new Problems();
        RepeatedProse.check(builders, problems, kept);
        problems.sorted().forEach(p -> out.add(p.format()));
        return out;
    }

    private static Passage.Builder yaml(String path, File f) {
        String[] halves = f.text().replace("\n\n", " ").replace("\"", "").split(" ", 2);
        String source = "\n".repeat(f.firstLine() - 1) + "one: \"" + halves[0] + "\"\ntwo: \"" + (halves.length > 1 ? halves[1] : "") + "\"\n";
        SourceMap map = LocatedYaml.parse(path, source, 1, new Problems()).orElseThrow().map();
        Passage.Builder b = new Passage.Builder(path);
        map.strings().forEach((pointer, text) -> b.yaml(map, pointer, text));
        return b;
    }
}
