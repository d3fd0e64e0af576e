package io.copydesk.review;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import io.copydesk.article.Article;
import io.copydesk.article.Revision;

/** Tells the rest of the app (notifications) what happened in review, inside the same transaction. */
@ApplicationScoped
public class ReviewEvents {

    /** A decision was recorded. */
    public record Decided(Article article, ReviewDecision decision) {
    }

    /** A reviewer was asked to review. */
    public record Assigned(Article article, ReviewerAssignment assignment) {
    }

    /** These approvals counted until {@code revision} changed the text. */
    public record WentStale(Article article, Revision revision, List<ReviewDecision> approvals) {
    }

    /** These users were @mentioned in a comment they may read. */
    public record Mentioned(Article article, Annotation annotation, AnnotationComment comment, List<io.copydesk.user.User> users) {
    }

    /** Someone replied in a thread these users took part in. */
    public record Replied(Article article, Annotation annotation, AnnotationComment reply, List<io.copydesk.user.User> participants) {
    }

    @Inject
    Event<Mentioned> mentioned;
    @Inject
    Event<Replied> replied;
    @Inject
    Event<Decided> decided;
    @Inject
    Event<Assigned> assigned;
    @Inject
    Event<WentStale> wentStale;

    void mentioned(Article article, Annotation annotation, AnnotationComment comment, List<io.copydesk.user.User> users) {
        mentioned.fire(new Mentioned(article, annotation, comment, users));
    }

    void replied(Article article, Annotation annotation, AnnotationComment reply, List<io.copydesk.user.User> participants) {
        if (!participants.isEmpty()) {
            replied.fire(new Replied(article, annotation, reply, participants));
        }
    }

    void decided(Article article, ReviewDecision decision) {
        decided.fire(new Decided(article, decision));
    }

    void assigned(Article article, ReviewerAssignment assignment) {
        assigned.fire(new Assigned(article, assignment));
    }

    /** Only approvals that still counted for the previous revision and are stale now are news. */
    void approvalsWentStale(Article article, Revision previous, Revision revision, ReviewState state) {
        List<ReviewDecision> fresh = state.staleApprovals.stream()
                .filter(d -> d.revisionNumber >= previous.approvalBase)
                .toList();
        if (!fresh.isEmpty()) {
            wentStale.fire(new WentStale(article, revision, fresh));
        }
    }
}
