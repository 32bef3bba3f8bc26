package org.handbook.cache;

/**
 * An object as a memo key by identity, not by value: a warm process's loads and parses give the
 * same object while a file is unchanged, and comparing such objects by value (a register's source
 * map, a record with its body) would cost what the memo saves.
 */
public record Same(Object of) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Same s && s.of == of;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(of);
    }
}
