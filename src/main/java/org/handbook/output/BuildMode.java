package org.handbook.output;

/** What a build is for, which decides what it writes and how it treats slow outputs. */
public enum BuildMode {
    /** {@code handbook build}: every output made, the new site swapped into the output folder. */
    BUILD,
    /**
     * {@code handbook serve}: as a build, with pages that load the live-reload script; a slow output
     * may carry the last build's files over when they are out of date (the next build re-makes them).
     */
    SERVE,
    /** {@code handbook check}: every output made in memory, so every template runs; nothing written. */
    CHECK;

    /** Whether the build writes the site. */
    public boolean writes() {
        return this != CHECK;
    }

    /** Whether pages load the dev server's live-reload script. */
    public boolean liveReload() {
        return this == SERVE;
    }

    /** Whether a slow output may reuse its last, out-of-date files instead of re-making them. */
    public boolean draft() {
        return this == SERVE;
    }
}
