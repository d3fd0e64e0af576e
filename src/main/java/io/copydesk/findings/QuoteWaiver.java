package io.copydesk.findings;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.copydesk.article.Article;
import io.copydesk.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * An editor's written decision that a flagged quote may stand without a named source ("the source is
 * protected; the editor-in-chief knows them"). It covers that quote text in every later revision.
 */
@Entity
@Immutable
@Table(name = "quote_waiver")
public class QuoteWaiver extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;
    @Column(name = "quote_key")
    public String key;
    @Column(name = "quote_text", columnDefinition = "text")
    public String text;
    @Column(name = "revision_number")
    public int revisionNumber;
    public String reason;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "waived_by_id")
    public User waivedBy;
    @Column(name = "created_at")
    public Instant createdAt;

    public static List<QuoteWaiver> listFor(Article article) {
        return find("from QuoteWaiver w join fetch w.waivedBy where w.article = ?1 order by w.createdAt", article).list();
    }
}
