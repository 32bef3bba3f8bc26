package org.handbook.link;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.handbook.cache.Reads;
import org.handbook.markdown.Syntax;
import org.handbook.model.Value;

/**
 * The named values of a handbook and how they read in its language: numbers with thousands
 * separators, dates as "6 January 2027", a value's own {@code text} when it has one. Turns the
 * {@code {{name}}} of any text into the value as it reads.
 */
public final class NamedValues {
    public static final NamedValues NONE = new NamedValues(List.of(), "en");

    private final Map<String, Value> byName = new LinkedHashMap<>();
    private final Locale locale;
    private final DateTimeFormatter dates;

    public NamedValues(List<Value> values, String language) {
        values.forEach(v -> byName.put(v.name(), v));
        this.locale = Locale.forLanguageTag(language == null ? "en" : language);
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    /** Every value, in the order of values.yaml. */
    public List<Value> all() {
        Reads.note(Library.VALUE);
        return List.copyOf(byName.values());
    }

    /** Whether the handbook has any value: the layout links the values page only then. */
    public boolean any() {
        Reads.note(Library.ANY_VALUE);
        return !byName.isEmpty();
    }

    public Optional<Value> get(String name) {
        Reads.note(Library.VALUE + name);
        return Optional.ofNullable(byName.get(name));
    }

    /** What a page that shows a value shows of it (its review-by date only the values page shows, which reads them all). */
    static String shown(Value v) {
        return v.name() + "=" + v.value() + "|" + v.unit() + "|" + v.text() + "|" + v.about() + "|" + v.source() + "|" + v.reviewed();
    }

    /** Every field of a value: what the values page shows of each. */
    static String fields(Value v) {
        return shown(v) + "|" + v.reviewBy();
    }

    /** How a value reads in a sentence. */
    public String display(Value v) {
        if (v.text() != null) return v.text();
        String shown;
        if (v.value() instanceof BigDecimal n) shown = number(n);
        else if (v.value() instanceof LocalDate d) shown = date(d);
        else shown = String.valueOf(v.value());
        if (v.unit() == null) return shown;
        // a symbol such as % joins the number; a word follows it after a space
        return Character.isLetter(v.unit().codePointAt(0)) ? shown + " " + v.unit() : shown + v.unit();
    }

    /** A date as the handbook's language writes it: "6 January 2027". */
    public String date(LocalDate d) {
        return dates.format(d);
    }

    /** A number with the language's thousands separators and exactly the decimals it was written with. */
    public String number(BigDecimal n) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        f.setMinimumFractionDigits(Math.max(0, n.scale()));
        f.setMaximumFractionDigits(Math.max(0, n.scale()));
        return f.format(n);
    }

    /** {@code text} with each {@code {{name}}} of a known value replaced by the value as it reads. */
    public String plain(String text) {
        if (text == null || !text.contains("{{")) return text;
        Matcher m = Syntax.VALUE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group().substring(2, m.group().length() - 2).strip();
            m.appendReplacement(sb, Matcher.quoteReplacement(get(name).map(this::display).orElse(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
