/** The command line: {@code build}, {@code check} and {@code serve}, with picocli. */
package org.handbook.cli;
