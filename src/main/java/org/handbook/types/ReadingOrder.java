package org.handbook.types;

/** The book's order of sections: front matter, introduction, numbered chapters, appendices. */
public final class ReadingOrder {
    private ReadingOrder() {
    }

    /**
     * A sort key for a chapter number: a number's value padded to six digits. Sorting a large
     * handbook's chapters asks for it some twenty thousand times a build, hence no pattern or format.
     */
    public static String key(String number) {
        if (number.equals("FM")) return "0";
        if (number.equals("INT")) return "1";
        if (!digits(number)) return "3" + number;
        String value = Integer.toString(Integer.parseInt(number));
        return "2" + "0".repeat(Math.max(0, 6 - value.length())) + value;
    }

    /** Whether {@code s} is one or more of the digits 0-9. */
    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return !s.isEmpty();
    }

    /** The short number shown in the contents, e.g. "04", "A", or "" for front matter. */
    public static String display(String number) {
        return number.equals("FM") || number.equals("INT") ? "" : number;
    }
}
