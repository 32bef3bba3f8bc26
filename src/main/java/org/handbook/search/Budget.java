package org.handbook.search;

/**
 * How much the export puts in a file of each kind, in bytes (norms: records). A query loads a
 * couple of vocabulary and data files and about ten fragment files, so at the base budget those
 * are a few kilobytes, the size that keeps a query on a large site small; a smaller site scales
 * them up so that it needs fewer files ({@link SearchExport#export}).
 */
record Budget(int vocabulary, int data, int fragments, int norms) {
    static final Budget BASE = new Budget(4096, 12288, 3968, 1024);

    Budget times(double scale) {
        return new Budget((int) (vocabulary * scale), (int) (data * scale), (int) (fragments * scale), (int) (norms * scale));
    }
}
