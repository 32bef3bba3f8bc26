/**
 * Write: puts rendered files on disk. Everything goes into a fresh temporary directory beside
 * the output, which replaces the old output only when the whole build succeeded.
 */
package org.handbook.write;
