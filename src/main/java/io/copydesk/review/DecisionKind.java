package io.copydesk.review;

/** What a reviewer said about a revision. */
public enum DecisionKind {
    APPROVE("Approved"),
    REQUEST_CHANGES("Requested changes"),
    COMMENT("Commented");

    public final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    public static DecisionKind parse(String value) {
        if (value == null) {
            return null;
        }
        for (DecisionKind k : values()) {
            if (k.name().equalsIgnoreCase(value.replace('-', '_'))) {
                return k;
            }
        }
        return null;
    }
}
