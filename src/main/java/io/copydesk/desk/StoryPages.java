package io.copydesk.desk;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.copydesk.article.Article;
import io.copydesk.article.ArticleStatus;
import io.copydesk.article.Revision;
import io.copydesk.article.RevisionSummary;
import io.copydesk.article.StatusChange;
import io.copydesk.article.StoryText;
import io.copydesk.findings.FindingService;
import io.copydesk.findings.QuoteChecks;
import io.copydesk.findings.QuoteFinding;
import io.copydesk.review.Annotation;
import io.copydesk.review.AnnotationService;
import io.copydesk.review.ReviewService;
import io.copydesk.review.ReviewState;
import io.copydesk.review.ReviewerAssignment;
import io.copydesk.user.Role;
import io.copydesk.user.User;

/** Assembles the story page from the article, review and checking features. */
@ApplicationScoped
public class StoryPages {

    static final int RECENT_REVISIONS = 5;

    @Inject
    ReviewService reviews;
    @Inject
    FindingService findings;
    @Inject
    AnnotationService annotations;

    public StoryPage build(Article article, User me) {
        Revision current = Revision.find("from Revision r join fetch r.author where r.article = ?1 and r.number = ?2",
                article, article.currentRevision).firstResult();
        ReviewState state = reviews.state(article, current);
        List<Annotation> notes = annotations.threads(article);
        List<ReviewerAssignment> reviewers = ReviewerAssignment.listFor(article);
        boolean assign = article.status != ArticleStatus.PUBLISHED && (article.writtenBy(me) || me.role == Role.CHIEF);
        List<User> assignable = assign ? assignable(article, reviewers) : List.of();
        boolean review = article.reviewableBy(me);
        List<String> blockers = review ? reviews.approvalBlockers(article, current, state, me) : List.of();
        var actions = new StoryPage.Actions(
                article.editableBy(me),
                article.submittableBy(me),
                review,
                review && blockers.isEmpty() && !state.approvedBy(me),
                blockers,
                article.publishableBy(me),
                assign,
                me.role == Role.CHIEF,
                state.staleApprovalOf(me),
                me.role.reviews() && !article.writtenBy(me) && article.status != ArticleStatus.PUBLISHED,
                lastSeen(state, notes, me),
                article.status != ArticleStatus.PUBLISHED);
        List<RevisionSummary> revisions = Revision.summaries(article, RECENT_REVISIONS);
        QuoteChecks checks = findings.checks(article, current.number);
        List<StoryText.Mark> marks = new ArrayList<>();
        for (QuoteFinding f : checks.findings()) {
            String css = f.css() + (checks.waiverOf(f) != null ? " q-waived" : "");
            marks.add(new StoryText.Mark(f.start, f.end, css, "q-" + f.ordinal, f.hint()));
        }
        for (Annotation a : notes) {
            if (!a.resolved && a.anchoredTo(current.number)) {
                String first = a.comments().isEmpty() ? "" : a.comments().get(0).body;
                marks.add(new StoryText.Mark(a.start, a.end, "ann ann-" + a.kind.slug(), "a-" + a.id,
                        a.kind.label + " note by " + a.author.displayName + ": " + excerpt(first)));
            }
        }
        List<List<Annotation>> split = StoryPage.split(notes);
        return new StoryPage(article, current, StoryText.layout(current.body, marks), state, reviewers, assignable,
                StatusChange.listFor(article), revisions,
                actions, checks, notes, split.get(0), split.get(1));
    }

    /** The newest revision this user reviewed: decided on, or annotated. */
    static int lastSeen(ReviewState state, List<Annotation> notes, User me) {
        int last = state.lastReviewedBy(me);
        for (Annotation a : notes) {
            if (a.author.id.equals(me.id)) {
                last = Math.max(last, a.createdRevision);
            }
        }
        return last;
    }

    private static String excerpt(String text) {
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }

    private static List<User> assignable(Article article, List<ReviewerAssignment> assigned) {
        List<User> users = new ArrayList<>(User.listReviewers());
        users.removeIf(u -> article.writtenBy(u) || assigned.stream().anyMatch(a -> a.reviewer.id.equals(u.id)));
        return users;
    }
}
