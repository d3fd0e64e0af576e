package io.copydesk.review;

/** What an annotation is about; fact-check and legal notes must be resolved before approval. */
public enum AnnotationKind {
    COMMENT("Comment", false),
    FACT_CHECK("Fact-check", true),
    LEGAL("Legal", true),
    STYLE("Style", false);

    public final String label;
    public final boolean blocksApproval;

    AnnotationKind(String label, boolean blocksApproval) {
        this.label = label;
        this.blocksApproval = blocksApproval;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static AnnotationKind parse(String value) {
        if (value == null) {
            return null;
        }
        for (AnnotationKind k : values()) {
            if (k.name().equalsIgnoreCase(value.replace('-', '_'))) {
                return k;
            }
        }
        return null;
    }
}
