package io.copydesk.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import io.copydesk.article.Article;
import io.copydesk.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A note attached to a passage of a story, with a thread of comments. It follows its passage from
 * revision to revision ({@link Anchoring}); when the passage is deleted it becomes orphaned and keeps
 * its last text.
 */
@Entity
public class Annotation extends PanacheEntity {

    @Version
    public long version;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;
    @Enumerated(EnumType.STRING)
    public AnnotationKind kind;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public User author;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_revision")
    public int createdRevision;
    @Column(columnDefinition = "text")
    public String quote;
    public String prefix;
    public String suffix;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    @Column(name = "anchored_revision")
    public int anchoredRevision;
    @Enumerated(EnumType.STRING)
    @Column(name = "anchor_method")
    public Anchoring.Method anchorMethod;
    @Column(name = "orphaned_in")
    public Integer orphanedIn;
    public boolean resolved;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_by_id")
    public User resolvedBy;
    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** The thread, filled by {@link AnnotationService#threads} in one query for the whole story. */
    @Transient
    private final List<AnnotationComment> thread = new ArrayList<>();

    public static List<Annotation> listFor(Article article) {
        return find("from Annotation a join fetch a.author left join fetch a.resolvedBy where a.article = ?1 order by a.start, a.id",
                article).list();
    }

    public List<AnnotationComment> comments() {
        return thread;
    }

    public boolean orphaned() {
        return orphanedIn != null;
    }

    public boolean open() {
        return !resolved;
    }

    /** Shown in the text of this revision: open, and anchored to it. */
    public boolean anchoredTo(int revision) {
        return !orphaned() && anchoredRevision == revision;
    }

    public Anchoring.Selector selector() {
        return new Anchoring.Selector(quote, prefix, suffix, start, end);
    }

    void anchorTo(String text, Anchoring.Anchor anchor, int revision) {
        if (anchor.orphaned()) {
            if (orphanedIn == null) {
                orphanedIn = revision;
            }
            anchorMethod = Anchoring.Method.ORPHANED;
            return;
        }
        Anchoring.Selector selector = Anchoring.select(text, anchor.start(), anchor.end());
        quote = selector.quote();
        prefix = selector.prefix();
        suffix = selector.suffix();
        start = anchor.start();
        end = anchor.end();
        anchoredRevision = revision;
        anchorMethod = anchor.method();
        orphanedIn = null;
    }

    public String state() {
        if (resolved) {
            return "resolved";
        }
        return orphaned() ? "orphaned" : "open";
    }
}
