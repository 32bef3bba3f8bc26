/**
 * Write: puts rendered files on disk. Everything goes into a fresh temporary directory beside
 * the output, which replaces the old output only when the whole build succeeded. One writer at a
 * time holds the output's lock, and each first repairs what a killed writer left behind.
 */
package org.handbook.write;
