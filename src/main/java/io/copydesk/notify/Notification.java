package io.copydesk.notify;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.copydesk.article.Article;
import io.copydesk.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One line in a user's inbox. Private: only its recipient ever sees or changes it. */
@Entity
public class Notification extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    public User recipient;
    @Enumerated(EnumType.STRING)
    public NotificationKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public Article article;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public User actor;
    public String message;
    public String link;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "read_at")
    public Instant readAt;

    public static List<Notification> inboxOf(User user, int limit) {
        return find("from Notification n left join fetch n.actor where n.recipient.id = ?1 order by n.createdAt desc, n.id desc",
                user.id).page(0, limit).list();
    }

    public static long unreadCount(long userId) {
        // An explicit count query: Panache's count() derives a new count statement from the query on every call,
        // which Hibernate does not cache, and this one runs on every page (the header's unread count).
        return getEntityManager().createQuery(
                "select count(n) from Notification n where n.recipient.id = ?1 and n.readAt is null", Long.class)
                .setParameter(1, userId).getSingleResult();
    }

    public boolean unread() {
        return readAt == null;
    }
}
