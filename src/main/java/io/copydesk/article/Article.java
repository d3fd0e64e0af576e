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
import jakarta.persistence.Version;

import io.copydesk.user.Role;
import io.copydesk.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A story on its way to publication. The text lives in {@link Revision}s; the article keeps the
 * workflow state, who may see and do what, and a copy of the current title for listings.
 */
@Entity
public class Article extends PanacheEntity {

    /** Optimistic lock: two requests that change the same story cannot both win. */
    @Version
    public long version;
    /** Set when the story is published; the public address is /p/{slug}. */
    public String slug;
    public String title;
    @Enumerated(EnumType.STRING)
    public ArticleStatus status = ArticleStatus.DRAFT;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public User author;
    /** Number of the newest revision; revisions are numbered from 1 per story. */
    @Column(name = "current_revision")
    public int currentRevision;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "updated_by_id")
    public User updatedBy;
    @Column(name = "published_at")
    public Instant publishedAt;

    public static Article findPublished(String slug) {
        return find("slug = ?1 and status = ?2", slug, ArticleStatus.PUBLISHED).firstResult();
    }

    public static List<Article> listPublished(int limit) {
        return find("status = ?1 order by publishedAt desc", ArticleStatus.PUBLISHED).page(0, limit).list();
    }

    /** The story if this user may see it; otherwise a 404, so that other people's drafts do not even exist. */
    public static Article requireVisible(long id, User user) {
        Article article = find("from Article a join fetch a.author where a.id = ?1", id).firstResult();
        if (article == null || !article.visibleTo(user)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return article;
    }

    public boolean writtenBy(User user) {
        return user != null && author.id.equals(user.id);
    }

    // ---- who may see and do what ------------------------------------------------------------

    /** Drafts are private to their author (and chiefs); other unpublished stories to the newsroom's reviewers. */
    public boolean visibleTo(User user) {
        if (status == ArticleStatus.PUBLISHED) {
            return true;
        }
        if (user == null || !user.enabled) {
            return false;
        }
        if (writtenBy(user) || user.role == Role.CHIEF) {
            return true;
        }
        return user.role == Role.EDITOR && status != ArticleStatus.DRAFT;
    }

    public boolean editableBy(User user) {
        return status.editable() && visibleTo(user) && (writtenBy(user) || user.role.reviews());
    }

    public boolean submittableBy(User user) {
        return (status == ArticleStatus.DRAFT || status == ArticleStatus.CHANGES_REQUESTED)
                && (writtenBy(user) || user.role == Role.CHIEF);
    }

    public boolean publishableBy(User user) {
        return status == ArticleStatus.APPROVED && user.role == Role.CHIEF;
    }

    /** Reviewers decide on stories they did not write, while the story is with them. */
    public boolean reviewableBy(User user) {
        return user.role.reviews() && !writtenBy(user) && visibleTo(user)
                && (status == ArticleStatus.IN_REVIEW || status == ArticleStatus.APPROVED);
    }

    // ---- workflow transitions: each refuses an illegal move with a message for the user ------

    public StatusChange submitForReview(User by) {
        if (!(writtenBy(by) || by.role == Role.CHIEF)) {
            throw new WorkflowException("Only the author or a chief editor can send this story to review.");
        }
        if (status != ArticleStatus.DRAFT && status != ArticleStatus.CHANGES_REQUESTED) {
            throw new WorkflowException("This story is " + status.label.toLowerCase()
                    + "; only a draft or a story with changes requested can be sent to review.");
        }
        return moveTo(ArticleStatus.IN_REVIEW, by, null);
    }

    public StatusChange requestChanges(User by, String comment) {
        requireReviewer(by);
        return moveTo(ArticleStatus.CHANGES_REQUESTED, by, comment);
    }

    public StatusChange approve(User by) {
        requireReviewer(by);
        return moveTo(ArticleStatus.APPROVED, by, null);
    }

    /** An approved story that changed (or lost an approval) goes back to review. */
    public StatusChange reopenReview(User by, String reason) {
        if (status != ArticleStatus.APPROVED) {
            throw new WorkflowException("Only an approved story can go back to review.");
        }
        return moveTo(ArticleStatus.IN_REVIEW, by, reason);
    }

    public StatusChange publish(User by, String slug) {
        if (by.role != Role.CHIEF) {
            throw new WorkflowException("Only a chief editor can publish.");
        }
        if (status != ArticleStatus.APPROVED) {
            throw new WorkflowException("Only an approved story can be published; this one is "
                    + status.label.toLowerCase() + ".");
        }
        this.slug = slug;
        this.publishedAt = Instant.now();
        return moveTo(ArticleStatus.PUBLISHED, by, null);
    }

    public void requireEditableBy(User user) {
        if (!status.editable()) {
            throw new WorkflowException("This story is published and can no longer be edited.");
        }
        if (!editableBy(user)) {
            throw new WorkflowException("You cannot edit this story.");
        }
    }

    private void requireReviewer(User by) {
        if (!by.role.reviews()) {
            throw new WorkflowException("Only editors and chief editors review stories.");
        }
        if (writtenBy(by)) {
            throw new WorkflowException("You wrote this story, so you cannot review it.");
        }
        if (status != ArticleStatus.IN_REVIEW && status != ArticleStatus.APPROVED) {
            throw new WorkflowException("This story is " + status.label.toLowerCase()
                    + "; decisions are taken while it is in review.");
        }
    }

    private StatusChange moveTo(ArticleStatus to, User by, String note) {
        StatusChange change = StatusChange.of(this, status, to, by, note);
        status = to;
        touch(by);
        return change;
    }

    public void touch(User by) {
        updatedAt = Instant.now();
        updatedBy = by;
    }
}
