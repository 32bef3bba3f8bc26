package org.handbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.handbook.share.PreviewCard;

/**
 * Times drawing and encoding the preview cards of a synthetic corpus's chapters (their number, title and
 * claim, as the build's cards show them) on one thread, in CPU time: the first pass, which is what a cold
 * build pays, and the median of the passes after it; and prints a hash of every card's bytes, so a change to
 * the encoder can be checked byte for byte against the tree before it.
 */
public final class CardBenchmark {
    private static final com.sun.management.ThreadMXBean CPU = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    private static final Pattern FIELD = Pattern.compile("(?m)^(number|title|claim): \"(.*)\"$");

    private CardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/bench/handbook-1000");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<PreviewCard> cards = cards(dir.resolve("chapters"), "Synthetic corpus");
        double[] times = new double[passes];
        String hash = null;
        for (int p = 0; p < passes; p++) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long bytes = 0;
            long cpu = 0;
            long allocated = CPU.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (PreviewCard card : cards) {
                long t = CPU.getCurrentThreadCpuTime();
                byte[] png = card.png();
                cpu += CPU.getCurrentThreadCpuTime() - t;
                bytes += png.length;
                sha.update(png); // not timed: under C1 hashing the cards costs more than making them
            }
            allocated = CPU.getThreadAllocatedBytes(Thread.currentThread().getId()) - allocated;
            times[p] = cpu / 1e6;
            hash = HexFormat.of().formatHex(sha.digest(), 0, 8);
            System.out.printf("pass %d: %d cards, %d bytes, %.0f ms CPU, %d MB allocated, %s%n", p + 1, cards.size(), bytes, times[p],
                    allocated >> 20, hash);
        }
        double[] later = Arrays.copyOfRange(times, 1, passes);
        Arrays.sort(later);
        System.out.printf("first %.0f ms, later median %.0f ms, cards %s%n", times[0], later.length == 0 ? 0 : later[later.length / 2], hash);
    }

    /** A card for each chapter file of {@code chapters}, in the order of their names. */
    private static List<PreviewCard> cards(Path chapters, String book) throws IOException {
        List<PreviewCard> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(chapters)) {
            for (Path f : files.sorted().toList()) {
                Matcher m = FIELD.matcher(read(f));
                String number = "";
                String title = "";
                String claim = "";
                while (m.find()) {
                    switch (m.group(1)) {
                        case "number" -> number = m.group(2);
                        case "title" -> title = m.group(2);
                        default -> claim = m.group(2);
                    }
                }
                out.add(new PreviewCard("Chapter " + number, title, claim, book));
            }
        }
        return out;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
