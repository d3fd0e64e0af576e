package io.copydesk.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.copydesk.CopydeskConfig;
import io.copydesk.article.Article;
import io.copydesk.article.ArticleService;
import io.copydesk.article.ArticleStatus;
import io.copydesk.article.Revision;
import io.copydesk.article.RevisionSaved;
import io.copydesk.article.WorkflowException;
import io.copydesk.user.Role;
import io.copydesk.user.User;

/** The approval rules: who may decide, when a story counts as approved, and what blocks approval. */
@ApplicationScoped
public class ReviewService {

    /** Observers of a new revision run in this order: quote findings, annotations, then approvals. */
    public static final int AFTER_CHECKS = 1000;

    @Inject
    CopydeskConfig config;
    @Inject
    ArticleService articles;
    @Inject
    Instance<ApprovalBlocker> blockers;
    @Inject
    ReviewEvents events;

    public ReviewState state(Article article, Revision current) {
        return new ReviewState(article, current, ReviewDecision.listFor(article),
                config.review().requiredApprovals());
    }

    /** Everything that stops {@code user} from approving now, in words; empty when they may approve. */
    public List<String> approvalBlockers(Article article, Revision current, ReviewState state, User user) {
        List<String> reasons = new ArrayList<>();
        if (user == null || !user.role.reviews()) {
            reasons.add("Only editors and chief editors approve stories.");
            return reasons;
        }
        if (article.writtenBy(user)) {
            reasons.add("You wrote this story, so someone else must approve it.");
            return reasons;
        }
        if (current.author.id.equals(user.id)) {
            reasons.add("You made the latest edit (revision " + current.number + "), so someone else must approve it.");
            return reasons;
        }
        if (article.status != ArticleStatus.IN_REVIEW && article.status != ArticleStatus.APPROVED) {
            reasons.add("The story is " + article.status.label.toLowerCase() + "; it can be approved once it is in review.");
            return reasons;
        }
        for (ReviewDecision request : state.openRequestsExcept(user)) {
            reasons.add(request.reviewer.displayName + " requested changes; they must approve, or a chief editor dismiss the request.");
        }
        for (ApprovalBlocker blocker : blockers) {
            reasons.addAll(blocker.blockers(article));
        }
        return reasons;
    }

    @Transactional
    public ReviewDecision decide(long articleId, User by, DecisionKind kind, String comment, Integer seenRevision) {
        Article article = articles.lockForWrite(articleId, by);
        Revision current = Revision.current(article);
        if (kind == DecisionKind.APPROVE && seenRevision != null && seenRevision != current.number) {
            throw new WorkflowException("The story changed while you were reading: it is now at revision " + current.number
                    + " and you saw revision " + seenRevision + ". Look at what changed, then approve.");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        switch (kind) {
            case COMMENT -> {
                if (text == null) {
                    throw new WorkflowException("Write a comment first.");
                }
                if (article.status == ArticleStatus.PUBLISHED) {
                    throw new WorkflowException("This story is published; comments are closed.");
                }
            }
            case REQUEST_CHANGES -> {
                if (text == null) {
                    throw new WorkflowException("Say what should change: a request for changes needs a comment.");
                }
                if (article.status == ArticleStatus.APPROVED || article.status == ArticleStatus.IN_REVIEW) {
                    articles.record(article, article.requestChanges(by, text));
                } else {
                    throw new WorkflowException("Changes can be requested while the story is in review or approved.");
                }
            }
            case APPROVE -> {
                List<String> reasons = approvalBlockers(article, current, state(article, current), by);
                if (!reasons.isEmpty()) {
                    throw new WorkflowException("You cannot approve yet: " + String.join(" ", reasons));
                }
            }
        }
        ReviewDecision decision = new ReviewDecision();
        decision.article = article;
        decision.revisionNumber = current.number;
        decision.reviewer = by;
        decision.kind = kind;
        decision.comment = text;
        decision.createdAt = Instant.now();
        decision.persist();
        if (kind == DecisionKind.APPROVE) {
            ReviewState state = state(article, current);
            if (article.status == ArticleStatus.IN_REVIEW && state.enoughApprovals()) {
                articles.record(article, article.approve(by));
            }
        }
        article.touch(by);
        events.decided(article, decision);
        return decision;
    }

    @Transactional
    public void dismissRequest(long articleId, long decisionId, User by, String reason) {
        if (by.role != Role.CHIEF) {
            throw new WorkflowException("Only a chief editor can dismiss a request for changes.");
        }
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("Give a reason for dismissing the request.");
        }
        Article article = articles.lockForWrite(articleId, by);
        ReviewDecision request = ReviewDecision.findById(decisionId);
        if (request == null || !request.article.id.equals(article.id) || request.kind != DecisionKind.REQUEST_CHANGES) {
            throw new NotFoundException();
        }
        if (request.dismissed()) {
            throw new WorkflowException("This request was already dismissed.");
        }
        request.dismissedBy = by;
        request.dismissedAt = Instant.now();
        request.dismissReason = reason.strip();
        article.touch(by);
    }

    @Transactional
    public void assign(long articleId, User by, long reviewerId) {
        Article article = articles.lockForWrite(articleId, by);
        if (!(article.writtenBy(by) || by.role == Role.CHIEF)) {
            throw new WorkflowException("Reviewers are assigned by the story's writer or a chief editor.");
        }
        User reviewer = User.findById(reviewerId);
        if (reviewer == null || !reviewer.enabled || !reviewer.role.reviews()) {
            throw new WorkflowException("Choose an editor or chief editor as reviewer.");
        }
        if (article.writtenBy(reviewer)) {
            throw new WorkflowException("The writer of a story cannot review it.");
        }
        if (ReviewerAssignment.exists(article, reviewer)) {
            return;
        }
        ReviewerAssignment assignment = new ReviewerAssignment();
        assignment.article = article;
        assignment.reviewer = reviewer;
        assignment.assignedBy = by;
        assignment.createdAt = Instant.now();
        assignment.persist();
        events.assigned(article, assignment);
    }

    @Transactional
    public void unassign(long articleId, User by, long reviewerId) {
        Article article = articles.lockForWrite(articleId, by);
        if (!(article.writtenBy(by) || by.role == Role.CHIEF)) {
            throw new WorkflowException("Reviewers are assigned by the story's writer or a chief editor.");
        }
        ReviewerAssignment.delete("article = ?1 and reviewer.id = ?2", article, reviewerId);
    }

    /**
     * After every new revision: an approved story whose approvals went stale, or whose new text has open
     * findings, goes back to review.
     */
    void onRevision(@Observes @Priority(AFTER_CHECKS) RevisionSaved saved) {
        Article article = saved.article();
        if (saved.previous() == null) {
            return;
        }
        ReviewState state = state(article, saved.revision());
        events.approvalsWentStale(article, saved.previous(), saved.revision(), state);
        if (article.status != ArticleStatus.APPROVED) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        if (!state.enoughApprovals()) {
            reasons.add("revision " + saved.revision().number + " changed the approved text");
        }
        for (ApprovalBlocker blocker : blockers) {
            reasons.addAll(blocker.blockers(article));
        }
        if (!reasons.isEmpty()) {
            articles.record(article, article.reopenReview(saved.by(), "Back to review: " + String.join("; ", reasons)));
        }
    }
}
