package io.copydesk.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.copydesk.article.Article;
import io.copydesk.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One message in an annotation's thread; the first is the annotation's own text. Deleting keeps a stub. */
@Entity
@Table(name = "annotation_comment")
public class AnnotationComment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "annotation_id")
    public Annotation annotation;
    /** Denormalised so that a story's threads load in one query. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public User author;
    public String body;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "edited_at")
    public Instant editedAt;
    public boolean deleted;

    public boolean writtenBy(User user) {
        return user != null && author.id.equals(user.id);
    }
}
