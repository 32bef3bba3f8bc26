/** The command line: {@code build}, {@code check}, {@code serve}, {@code search} and {@code new}, with picocli. */
package org.handbook.cli;
