package org.handbook.types;

/** The book's order of sections: front matter, introduction, numbered chapters, appendices. */
public final class ReadingOrder {
    private ReadingOrder() {
    }

    /** A sort key for a chapter number. */
    public static String key(String number) {
        if (number.equals("FM")) return "0";
        if (number.equals("INT")) return "1";
        if (number.matches("\\d+")) return "2" + String.format("%06d", Integer.parseInt(number));
        return "3" + number;
    }

    /** The short number shown in the contents, e.g. "04", "A", or "" for front matter. */
    public static String display(String number) {
        return number.equals("FM") || number.equals("INT") ? "" : number;
    }
}
