package io.copydesk.article;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.Immutable;

import io.copydesk.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One saved version of a story. Revisions are append-only: Hibernate never issues an UPDATE for an
 * {@link Immutable} entity and the application never deletes one.
 */
@Entity
@Immutable
public class Revision extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;
    public int number;
    public String title;
    @Column(columnDefinition = "text")
    public String body;
    public String summary;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public User author;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "word_count")
    public int wordCount;
    @Column(name = "words_added")
    public int wordsAdded;
    @Column(name = "words_removed")
    public int wordsRemoved;
    /** When this revision restored an older one, that revision's number. */
    @Column(name = "restored_from")
    public Integer restoredFrom;
    /** The newest revision up to this one that was not a minor edit: approvals of it or later still count. */
    @Column(name = "approval_base")
    public int approvalBase;

    public static Revision findByNumber(Article article, int number) {
        return find("article = ?1 and number = ?2", article, number).firstResult();
    }

    public static Revision current(Article article) {
        return findByNumber(article, article.currentRevision);
    }

    /** The history without the bodies, newest first: one query however many revisions a story has. */
    public static List<RevisionSummary> summaries(Article article) {
        return summaries(article, Integer.MAX_VALUE);
    }

    /**
     * The newest {@code limit} lines of the history. Revisions are numbered 1, 2, 3 ... and never deleted, so the
     * newest ones are a range of numbers: the query reads only those rows through the (article, number) index
     * instead of reading and sorting every revision of the story, work that would grow with the history.
     */
    public static List<RevisionSummary> summaries(Article article, int limit) {
        return getEntityManager().createQuery("""
                select new io.copydesk.article.RevisionSummary(r.number, r.title, r.summary, a.displayName,
                       r.createdAt, r.wordCount, r.wordsAdded, r.wordsRemoved, r.restoredFrom)
                from Revision r join r.author a where r.article = :article and r.number > :after
                order by r.number desc""",
                RevisionSummary.class)
                .setParameter("article", article)
                .setParameter("after", limit >= article.currentRevision ? 0 : article.currentRevision - limit)
                .getResultList();
    }
}
