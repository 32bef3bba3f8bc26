/**
 * Cache: what a build keeps between builds, in one folder beside the output
 * ({@code .handbook-cache/}), so a rebuild costs only what changed. Every entry is keyed by a hash
 * of its inputs and the generator's own version ({@link org.handbook.cache.Generator}), carries a
 * checksum, and is made afresh when it is missing, corrupt, truncated or from another generator:
 * an entry is never trusted, only verified. In: the hash of what an entry is made from. Out: the
 * bytes made from it, made once.
 */
package org.handbook.cache;
