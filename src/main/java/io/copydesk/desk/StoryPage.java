package io.copydesk.desk;

import java.util.List;

import io.copydesk.article.Article;
import io.copydesk.article.Revision;
import io.copydesk.article.RevisionSummary;
import io.copydesk.article.StatusChange;
import io.copydesk.article.StoryText;
import io.copydesk.findings.QuoteChecks;
import io.copydesk.review.Annotation;
import io.copydesk.review.AnnotationKind;
import io.copydesk.review.ReviewDecision;
import io.copydesk.review.ReviewState;
import io.copydesk.review.ReviewerAssignment;
import io.copydesk.user.User;

/** Everything the story page shows, gathered with a fixed number of queries. */
public record StoryPage(Article article, Revision current, List<StoryText.Paragraph> paragraphs,
        ReviewState review, List<ReviewerAssignment> reviewers, List<User> assignable,
        List<StatusChange> statusChanges, List<RevisionSummary> recentRevisions, Actions actions,
        QuoteChecks checks, List<Annotation> notes, List<Annotation> featuredNotes, List<Annotation> listedNotes) {

    /** Shown with their threads on the story page: open notes (orphaned too), blocking kinds first, at most this many. */
    static final int FEATURED = 25;
    /** Listed in one line each after those; the rest are on the notes page. */
    static final int LISTED = 100;

    /** Splits the notes once, when the page is built: featured (with threads), then listed (one line each). */
    static List<List<Annotation>> split(List<Annotation> notes) {
        List<Annotation> featured = notes.stream().filter(a -> !a.resolved)
                .sorted(java.util.Comparator.comparing((Annotation a) -> !a.kind.blocksApproval))
                .limit(FEATURED).toList();
        java.util.Set<Annotation> shown = new java.util.HashSet<>(featured);
        List<Annotation> listed = notes.stream().filter(a -> !shown.contains(a))
                .sorted(java.util.Comparator.comparing((Annotation a) -> a.resolved).thenComparing(a -> !a.orphaned()))
                .limit(LISTED).toList();
        return List.of(featured, listed);
    }

    public boolean moreNotes() {
        return notes.size() > featuredNotes.size() + listedNotes.size();
    }

    public List<Annotation> openNotes() {
        return notes.stream().filter(a -> !a.resolved && !a.orphaned()).toList();
    }

    public List<AnnotationKind> noteKinds() {
        return List.of(AnnotationKind.values());
    }

    /** What the viewer may do here, decided on the server (and enforced again on every POST). */
    public record Actions(boolean edit, boolean submit, boolean review, boolean approve, List<String> approveBlockers,
            boolean publish, boolean assign, boolean dismiss, ReviewDecision myStaleApproval, boolean waive,
            int lastReviewed, boolean annotate) {

        /** The viewer reviewed an older revision: the decision belongs on the page showing what changed. */
        public boolean reviewChangesFirst(int current) {
            return review && lastReviewed > 0 && lastReviewed < current;
        }
    }

    public int wordCount() {
        return current.wordCount;
    }
}
