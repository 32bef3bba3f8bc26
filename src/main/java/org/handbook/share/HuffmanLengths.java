package org.handbook.share;

import java.util.Arrays;

/**
 * The lengths of a Huffman code for given symbol frequencies, none longer than a limit (deflate's
 * codes allow 15 bits, its code-length code 7): a symbol never used gets no code. When the best code
 * is too deep, the frequencies are halved (each used symbol keeping at least one) and the code built
 * again, until it fits. The same frequencies give the same lengths.
 */
final class HuffmanLengths {
    private HuffmanLengths() {
    }

    static int[] of(int[] frequencies, int limit) {
        long[] f = new long[frequencies.length];
        for (int i = 0; i < f.length; i++) f[i] = frequencies[i];
        while (true) {
            int[] lengths = build(f);
            if (Arrays.stream(lengths).max().orElse(0) <= limit) return lengths;
            for (int i = 0; i < f.length; i++) if (f[i] > 0) f[i] = (f[i] >> 1) | 1;
        }
    }

    /** An unlimited Huffman code: leaves sorted by frequency, then merged with the nodes made so far (two queues). */
    private static int[] build(long[] f) {
        int n = f.length;
        int[] lengths = new int[n];
        // used symbols by frequency, then by symbol: each as its frequency above the symbol's 9 bits
        long[] keys = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) if (f[i] > 0) keys[m++] = f[i] << 9 | i;
        Arrays.sort(keys, 0, m);
        int[] used = new int[m];
        for (int i = 0; i < m; i++) used[i] = (int) (keys[i] & 511);
        if (m < 2) {
            // a code of one symbol is not a complete code: give it and one unused symbol a bit each
            int only = m == 1 ? used[0] : 0;
            lengths[only] = 1;
            lengths[only == 0 ? 1 : 0] = 1;
            return lengths;
        }
        long[] weight = new long[2 * m - 1];
        int[] parent = new int[2 * m - 1];
        for (int i = 0; i < m; i++) weight[i] = f[used[i]];
        int leaf = 0;
        int node = m;
        for (int made = m; made < 2 * m - 1; made++) {
            int first = smaller(weight, leaf, m, node, made) ? leaf++ : node++;
            int second = smaller(weight, leaf, m, node, made) ? leaf++ : node++;
            weight[made] = weight[first] + weight[second];
            parent[first] = made;
            parent[second] = made;
        }
        int[] depth = new int[2 * m - 1];
        for (int i = 2 * m - 3; i >= 0; i--) depth[i] = depth[parent[i]] + 1;
        for (int i = 0; i < m; i++) lengths[used[i]] = depth[i];
        return lengths;
    }

    /** Whether the next leaf (if any) weighs no more than the next merged node (if any). */
    private static boolean smaller(long[] weight, int leaf, int leaves, int node, int made) {
        if (leaf >= leaves) return false;
        if (node >= made) return true;
        return weight[leaf] <= weight[node];
    }
}
