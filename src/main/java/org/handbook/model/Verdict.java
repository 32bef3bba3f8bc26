package org.handbook.model;

/** The answer a playbook or flowchart outcome gives to "should we fine-tune?". */
public enum Verdict {
    DO_NOT_FINE_TUNE("do-not-fine-tune", "Don't fine-tune"),
    NOT_YET("not-yet", "Not yet"),
    FINE_TUNE("fine-tune", "Fine-tune"),
    FINE_TUNE_A_COMPONENT("fine-tune-a-component", "Fine-tune a component"),
    REFRESH_OR_RETIRE("refresh-or-retire", "Refresh or retire");

    private final String key;
    private final String label;

    Verdict(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Verdict of(String key) {
        for (Verdict v : values()) if (v.key.equals(key)) return v;
        throw new IllegalArgumentException("unknown verdict " + key);
    }
}
