package io.copydesk.article;

import java.time.Instant;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.copydesk.CopydeskConfig;
import io.copydesk.user.User;

/** Writes stories: creating, saving revisions, restoring, and the writer's and chief's workflow moves. */
@ApplicationScoped
public class ArticleService {

    @Inject
    CopydeskConfig config;
    @Inject
    Event<RevisionSaved> revisionSaved;
    @Inject
    Event<StatusChanged> statusChanged;

    @Transactional
    public Article create(User author, String title, String body) {
        Article article = new Article();
        article.title = title;
        article.author = author;
        article.createdAt = Instant.now();
        article.touch(author);
        article.persist();
        addRevision(article, null, author, title, body, null, null);
        return article;
    }

    /**
     * Saves a new revision made from {@code baseRevision}. Throws {@link EditConflict} when someone saved
     * in between: Hibernate ignores a version set on a loaded entity, so the base is compared explicitly.
     * Returns null when nothing changed.
     */
    @Transactional
    public Revision edit(long articleId, User by, int baseRevision, String title, String body, String summary) {
        Article article = lockForWrite(articleId, by);
        article.requireEditableBy(by);
        Revision current = Revision.current(article);
        if (baseRevision != article.currentRevision) {
            if (current.title.equals(title) && current.body.equals(body)) {
                return null;
            }
            throw new EditConflict(baseRevision, article.currentRevision);
        }
        if (current.title.equals(title) && current.body.equals(body)) {
            return null;
        }
        return addRevision(article, current, by, title, body, summary, null);
    }

    /** Restoring copies an old revision into a new one; history is never rewritten. */
    @Transactional
    public Revision restore(long articleId, User by, int number) {
        Article article = lockForWrite(articleId, by);
        article.requireEditableBy(by);
        Revision old = Revision.findByNumber(article, number);
        if (old == null) {
            throw new NotFoundException("No revision " + number);
        }
        if (number == article.currentRevision) {
            throw new WorkflowException("Revision " + number + " is already the current text.");
        }
        Revision current = Revision.current(article);
        return addRevision(article, current, by, old.title, old.body, "Restored revision " + number, number);
    }

    @Transactional
    public void submit(long articleId, User by) {
        Article article = lockForWrite(articleId, by);
        record(article, article.submitForReview(by));
    }

    @Transactional
    public void publish(long articleId, User by) {
        Article article = lockForWrite(articleId, by);
        record(article, article.publish(by, uniqueSlug(article)));
    }

    /** Persists a workflow move and tells the rest of the app about it. */
    public void record(Article article, StatusChange change) {
        change.persist();
        statusChanged.fire(new StatusChanged(article, change));
    }

    /**
     * Loads a story for a change, locking its row so that concurrent decisions on it (two approvals, an
     * approval and a publish) run one after the other.
     */
    public Article lockForWrite(long articleId, User by) {
        Article article = Article.findById(articleId, LockModeType.PESSIMISTIC_WRITE);
        if (article == null || !article.visibleTo(by)) {
            throw new NotFoundException();
        }
        return article;
    }

    private Revision addRevision(Article article, Revision previous, User by, String title, String body,
            String summary, Integer restoredFrom) {
        Revision revision = new Revision();
        revision.article = article;
        revision.number = article.currentRevision + 1;
        revision.title = title;
        revision.body = body;
        revision.summary = summary == null || summary.isBlank() ? null : summary.strip();
        revision.author = by;
        revision.createdAt = Instant.now();
        revision.wordCount = Texts.wordCount(body);
        if (previous == null) {
            revision.wordsAdded = revision.wordCount;
        } else {
            WordDiff.Result diff = WordDiff.diff(previous.title + "\n\n" + previous.body, title + "\n\n" + body);
            revision.wordsAdded = diff.wordsAdded();
            revision.wordsRemoved = diff.wordsRemoved();
        }
        revision.restoredFrom = restoredFrom;
        int minor = config.review().minorEditWords();
        boolean minorEdit = previous != null && restoredFrom == null && minor > 0
                && revision.wordsAdded + revision.wordsRemoved <= minor;
        revision.approvalBase = minorEdit ? previous.approvalBase : revision.number;
        revision.persist();
        article.currentRevision = revision.number;
        article.title = title;
        article.touch(by);
        revisionSaved.fire(new RevisionSaved(article, previous, revision, by));
        return revision;
    }

    private String uniqueSlug(Article article) {
        String base = Texts.slugify(article.title);
        String slug = base;
        for (int n = 2; Article.count("slug = ?1 and id <> ?2", slug, article.id) > 0; n++) {
            slug = base + "-" + n;
        }
        return Objects.requireNonNull(slug);
    }
}
