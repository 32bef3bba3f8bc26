package org.handbook.search;

/**
 * A stem's frequency in each field (title, context, body) of each of its records, kept from
 * scoring to the end of the export: three to an int when every one is under 1,024 (nearly every
 * stem of a handbook), else an int each. At 4,000 pages an int each was 31 MB, live through the
 * export; packed it is a third of that. Filled once by the scorer, never changed after.
 */
final class FieldFrequencies {
    private static final int BITS = 10;
    /** The largest frequency three to an int holds. */
    static final int MOST_PACKED = (1 << BITS) - 1;
    private static final int FIELDS = StemCode.FIELDS;

    private final int[] values;
    private final boolean packed;

    /** Room for {@code records} records' frequencies, none above {@code most}. */
    FieldFrequencies(int records, int most) {
        packed = most <= MOST_PACKED;
        values = new int[packed ? records : FIELDS * records];
    }

    /** Sets record {@code i}'s frequency in field {@code field} (once, while being filled). */
    void set(int i, int field, int frequency) {
        if (packed) values[i] |= frequency << BITS * field;
        else values[FIELDS * i + field] = frequency;
    }

    /** Record {@code i}'s frequency in field {@code field}; 0 where the stem is not in it. */
    int get(int i, int field) {
        return packed ? values[i] >>> BITS * field & MOST_PACKED : values[FIELDS * i + field];
    }

    /** All of them, record by record, field by field: three ints a record. */
    int[] unpacked() {
        int records = packed ? values.length : values.length / FIELDS;
        int[] out = new int[FIELDS * records];
        for (int i = 0; i < records; i++) {
            for (int f = 0; f < FIELDS; f++) out[FIELDS * i + f] = get(i, f);
        }
        return out;
    }
}
