package io.copydesk.review;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.copydesk.article.Article;
import io.copydesk.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A reviewer's decision on one revision. Approvals belong to the revision they were given on; a later
 * revision that is not a minor edit makes them stale. Only a request for changes is ever updated, when
 * a chief dismisses it.
 */
@Entity
@Table(name = "review_decision")
public class ReviewDecision extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;
    @Column(name = "revision_number")
    public int revisionNumber;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_id")
    public User reviewer;
    @Enumerated(EnumType.STRING)
    public DecisionKind kind;
    public String comment;
    @Column(name = "created_at")
    public Instant createdAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dismissed_by_id")
    public User dismissedBy;
    @Column(name = "dismissed_at")
    public Instant dismissedAt;
    @Column(name = "dismiss_reason")
    public String dismissReason;

    /** Every decision on a story with its reviewer (and dismisser), oldest first, in one query. */
    public static List<ReviewDecision> listFor(Article article) {
        return find("""
                from ReviewDecision d join fetch d.reviewer left join fetch d.dismissedBy
                where d.article = ?1 order by d.createdAt, d.id""", article).list();
    }

    public boolean dismissed() {
        return dismissedAt != null;
    }
}
