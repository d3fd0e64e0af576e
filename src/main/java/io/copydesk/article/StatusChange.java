package io.copydesk.article;

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

import org.hibernate.annotations.Immutable;

import io.copydesk.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** Audit trail: one row per workflow move, never changed afterwards. */
@Entity
@Immutable
@Table(name = "status_change")
public class StatusChange extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;
    @Column(name = "revision_number")
    public int revisionNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ArticleStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ArticleStatus toStatus;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    public User actor;
    @Column(name = "created_at")
    public Instant createdAt;
    public String note;

    static StatusChange of(Article article, ArticleStatus from, ArticleStatus to, User actor, String note) {
        StatusChange change = new StatusChange();
        change.article = article;
        change.revisionNumber = article.currentRevision;
        change.fromStatus = from;
        change.toStatus = to;
        change.actor = actor;
        change.createdAt = Instant.now();
        change.note = note;
        return change;
    }

    public static List<StatusChange> listFor(Article article) {
        return find("from StatusChange c join fetch c.actor where c.article = ?1 order by c.createdAt, c.id", article)
                .list();
    }
}
