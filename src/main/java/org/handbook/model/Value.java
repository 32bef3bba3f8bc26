package org.handbook.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A number, date or short text that more than one page relies on, defined once in
 * content/values.yaml and shown wherever a page writes {@code {{name}}}: one place to change a
 * gate, an eval-set size or a vendor's deadline. {@code value} is a {@link BigDecimal}, a
 * {@link LocalDate} or a {@link String}; {@code pointer} is its entry in the file.
 */
public record Value(String name, Object value, String unit, String text, String about, String source,
                    LocalDate reviewed, LocalDate reviewBy, String pointer, SourceMap map) {

    public boolean isDate() {
        return value instanceof LocalDate;
    }

    public boolean isNumber() {
        return value instanceof BigDecimal;
    }
}
