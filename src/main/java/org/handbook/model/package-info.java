/**
 * The typed, immutable content model: one record per content type, plus the located source
 * information that lets later stages point at a file, line and column. Imports nothing of ours
 * but {@code problem}.
 */
package org.handbook.model;
