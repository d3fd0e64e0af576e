package io.copydesk.article;

/**
 * Where a story is on its way to publication.
 * DRAFT -> IN_REVIEW -> (CHANGES_REQUESTED -> IN_REVIEW)* -> APPROVED -> PUBLISHED.
 */
public enum ArticleStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    PUBLISHED("Published");

    public final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    /** CSS modifier and URL value, e.g. "in-review". */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static ArticleStatus fromSlug(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        for (ArticleStatus s : values()) {
            if (s.slug().equals(slug) || s.name().equalsIgnoreCase(slug)) {
                return s;
            }
        }
        return null;
    }

    public boolean editable() {
        return this != PUBLISHED;
    }
}
