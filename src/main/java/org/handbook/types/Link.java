package org.handbook.types;

/** A link as templates show it: its text and its href, relative to the page it is on. */
public record Link(String title, String href) {
}
