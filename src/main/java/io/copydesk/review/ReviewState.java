package io.copydesk.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.copydesk.article.Article;
import io.copydesk.article.Revision;
import io.copydesk.user.User;

/**
 * Where the reviewers stand on the current text, derived from the decisions (nothing of it is stored):
 * which approvals count, which went stale with a later edit, which requests for changes still block.
 */
public final class ReviewState {

    public final List<ReviewDecision> decisions;
    /** Approvals that count for the current revision. */
    public final List<ReviewDecision> approvals = new ArrayList<>();
    /** Approvals given on a text that has since changed beyond a minor edit. */
    public final List<ReviewDecision> staleApprovals = new ArrayList<>();
    /** Requests for changes not yet answered by the same reviewer's approval or dismissed by a chief. */
    public final List<ReviewDecision> openRequests = new ArrayList<>();
    public final int required;

    ReviewState(Article article, Revision current, List<ReviewDecision> decisions, int required) {
        this.decisions = decisions;
        this.required = required;
        Map<Long, ReviewDecision> latest = new LinkedHashMap<>();
        for (ReviewDecision d : decisions) {
            if (d.kind != DecisionKind.COMMENT) {
                latest.put(d.reviewer.id, d);
            }
        }
        for (ReviewDecision d : latest.values()) {
            if (d.kind == DecisionKind.REQUEST_CHANGES) {
                if (!d.dismissed()) {
                    openRequests.add(d);
                }
            } else if (d.revisionNumber < current.approvalBase) {
                staleApprovals.add(d);
            } else if (!article.writtenBy(d.reviewer) && !d.reviewer.id.equals(current.author.id)) {
                approvals.add(d);
            }
        }
    }

    public int approvalCount() {
        return approvals.size();
    }

    public boolean enoughApprovals() {
        return approvals.size() >= required;
    }

    public boolean approvedBy(User user) {
        return user != null && approvals.stream().anyMatch(d -> d.reviewer.id.equals(user.id));
    }

    /** The stale approval of this user, if the text changed since they approved. */
    public ReviewDecision staleApprovalOf(User user) {
        return user == null ? null
                : staleApprovals.stream().filter(d -> d.reviewer.id.equals(user.id)).findFirst().orElse(null);
    }

    /** The newest revision this user decided on (approved, requested changes, commented); 0 if none. */
    public int lastReviewedBy(User user) {
        int last = 0;
        for (ReviewDecision d : decisions) {
            if (user != null && d.reviewer.id.equals(user.id)) {
                last = Math.max(last, d.revisionNumber);
            }
        }
        return last;
    }

    public List<ReviewDecision> openRequestsExcept(User user) {
        return openRequests.stream().filter(d -> user == null || !d.reviewer.id.equals(user.id)).toList();
    }
}
