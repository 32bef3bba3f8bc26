package org.handbook.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.handbook.cache.Memo;
import org.handbook.cache.Same;

/**
 * Each search record's hash (type, title, context, URL, text and whether it is named), made once
 * a build, side by side: the export's fingerprint is the hash of them all and each group of
 * records' kept analysis ({@link AnalysisCache}) is keyed by the hash of its own, so the site's
 * megabytes of text are read once for both.
 */
final class RecordHashes {
    /** Two 64-bit lanes a record. */
    private final long[] lanes;

    private RecordHashes(long[] lanes) {
        this.lanes = lanes;
    }

    /**
     * CRC-32 and CRC-32C of each record's fields as UTF-8, each field ended by a byte UTF-8 never
     * has, with the fields' total length: the checksums run at memory speed where reading the
     * text a character at a time in Java did not (the same 64 bits name the export's files, {@link ShardHash#of}).
     */
    static RecordHashes of(List<SearchRecord> records) {
        return of(records, Memo.none());
    }

    /**
     * As {@link #of(List)}, each record's lanes as a warm process's last build made them when its
     * fields are the same strings ({@link Fields}): an unchanged page's records are cut once and
     * keep their strings, so a rebuild reads the text of the pages an edit changed.
     */
    static RecordHashes of(List<SearchRecord> records, Memo<Fields, long[]> kept) {
        long[] lanes = new long[2 * records.size()];
        IntStream.range(0, records.size()).parallel().forEach(i -> {
            SearchRecord r = records.get(i);
            long[] two = kept.get(new Fields(r.type(), new Same(r.title()), new Same(r.context()), r.url(), new Same(r.body()), r.named()), k -> lanes(r));
            lanes[2 * i] = two[0];
            lanes[2 * i + 1] = two[1];
        });
        return new RecordHashes(lanes);
    }

    /** What a record's lanes are made from, its texts by identity (strings never change), so the key costs no pass over them. */
    record Fields(String type, Same title, Same context, String url, Same body, boolean named) {
    }

    private static long[] lanes(SearchRecord r) {
        CRC32 a = new CRC32();
        CRC32C b = new CRC32C();
        long length = 0;
        for (String field : new String[] {r.type(), r.title(), r.context(), r.url(), r.body(), r.named() ? "1" : "0"}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            a.update(bytes);
            a.update(0xFF);
            b.update(bytes);
            b.update(0xFF);
            length += bytes.length;
        }
        return new long[] {a.getValue() << 32 | b.getValue(), length};
    }

    /** The hash of records {@code from} to {@code to} (not included), in order: 32 hex digits. */
    String range(int from, int to) {
        ShardHash.Mix m = new ShardHash.Mix().add(to - from);
        for (int i = 2 * from; i < 2 * to; i++) m.add(lanes[i]);
        return m.hex();
    }
}
