package org.handbook.flowchart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines that fit a width, measured with an estimate of a sans-serif font's
 * glyph widths. The build has no browser to measure with, so the estimate errs wide: a box
 * a little roomy reads better than text spilling over its border.
 */
public final class TextWrap {
    private final double fontSize;

    public TextWrap(double fontSize) {
        this.fontSize = fontSize;
    }

    /** The estimated width of {@code text} in pixels. */
    public double width(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) em += glyph(text.charAt(i));
        return em * fontSize;
    }

    private static double glyph(char c) {
        if ("iljtf.,;:'!|I()[] ".indexOf(c) >= 0) return 0.32;
        if ("mwMW@%".indexOf(c) >= 0) return 0.9;
        if (Character.isUpperCase(c) || Character.isDigit(c)) return 0.66;
        return 0.57;
    }

    /** Words of {@code text} greedily packed into lines no wider than {@code max}; a longer word keeps a line of its own. */
    public List<String> lines(String text, double max) {
        return lines(text, max, this::width);
    }

    /** The same packing with any measure of width (the preview cards measure with the font itself). */
    public static List<String> lines(String text, double max, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width.applyAsDouble(candidate) > max) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    /** The width of the widest of {@code lines}. */
    public double widest(List<String> lines) {
        return lines.stream().mapToDouble(this::width).max().orElse(0);
    }
}
