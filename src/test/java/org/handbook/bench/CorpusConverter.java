package org.handbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the shared benchmark corpus (Hugo-shaped pages, shared/bench/gen-corpus.sh) into our
 * content format: each page becomes a numbered chapter, its links typed references, so both
 * generators build the same text.
 */
public final class CorpusConverter {
    private static final Pattern LINK = Pattern.compile("\\]\\(/docs/(page-\\d+)/\\)");
    private static final Pattern FIELD = Pattern.compile("^(title|summary): \"(.*)\"$", Pattern.MULTILINE);

    private CorpusConverter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CorpusConverter CORPUS_DIR CONTENT_DIR");
            System.exit(2);
        }
        System.out.println(convert(Path.of(args[0]), Path.of(args[1])) + " pages converted");
    }

    public static int convert(Path corpus, Path content) throws IOException {
        Path chapters = content.resolve("chapters");
        Files.createDirectories(chapters);
        Files.writeString(content.resolve("handbook.yaml"), """
                title: Synthetic corpus
                subtitle: Benchmark pages
                description: A synthetic handbook for timing the generator.
                base-url: https://bench.example.org/
                print: false
                """);
        List<Path> pages;
        try (Stream<Path> s = Files.list(corpus.resolve("content/docs"))) {
            pages = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path p : pages) {
            String text = Files.readString(p);
            int end = text.indexOf("\n---\n", 4);
            String front = text.substring(4, end);
            String body = text.substring(end + 5);
            String title = "Untitled";
            String claim = "A synthetic page.";
            Matcher m = FIELD.matcher(front);
            while (m.find()) {
                String v = m.group(2).replace("**", "").replace("*", "").replace("\\\"", "'");
                if (m.group(1).equals("title")) title = v;
                else claim = v;
            }
            String id = p.getFileName().toString().replace(".md", "");
            String number = String.valueOf(Integer.parseInt(id.substring("page-".length())));
            body = LINK.matcher(body).replaceAll("](chapter:$1)");
            Files.writeString(chapters.resolve(id + ".md"), "---\nnumber: \"" + number + "\"\ntitle: \"" + title.replace("\"", "'")
                    + "\"\nclaim: \"" + claim.replace("\"", "'") + "\"\n---\n" + body);
        }
        return pages.size();
    }
}
