package io.copydesk.review;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.copydesk.article.Article;
import io.copydesk.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** An editor asked to review a story, by its writer or a chief. */
@Entity
@Table(name = "reviewer_assignment")
public class ReviewerAssignment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_id")
    public User reviewer;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assigned_by_id")
    public User assignedBy;
    @Column(name = "created_at")
    public Instant createdAt;

    public static List<ReviewerAssignment> listFor(Article article) {
        return find("from ReviewerAssignment r join fetch r.reviewer where r.article = ?1 order by r.reviewer.displayName",
                article).list();
    }

    public static boolean exists(Article article, User reviewer) {
        return count("article = ?1 and reviewer.id = ?2", article, reviewer.id) > 0;
    }
}
