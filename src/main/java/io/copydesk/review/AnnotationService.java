package io.copydesk.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.copydesk.article.Article;
import io.copydesk.article.ArticleService;
import io.copydesk.article.ArticleStatus;
import io.copydesk.article.Revision;
import io.copydesk.article.RevisionSaved;
import io.copydesk.article.WorkflowException;
import io.copydesk.user.User;

/** Annotations: creating them on a passage, their threads, and keeping them anchored as the text changes. */
@ApplicationScoped
public class AnnotationService implements ApprovalBlocker {

    /** Re-anchoring runs after the quote check and before the approval rules. */
    public static final int REANCHOR = 200;
    static final int MAX_COMMENT = 10_000;
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([a-z0-9._-]{2,40})");

    @Inject
    ArticleService articles;
    @Inject
    ReviewEvents events;

    /** What the annotate form posts; offsets are optional (without script the passage is searched for). */
    public record NewAnnotation(AnnotationKind kind, String comment, String quote, Integer start, Integer end,
            Integer revision) {
    }

    @Transactional
    public Annotation create(long articleId, User by, NewAnnotation form) {
        Article article = articles.lockForWrite(articleId, by);
        requireOpenForNotes(article);
        if (form.kind() == null) {
            throw new WorkflowException("Choose what kind of note this is.");
        }
        String text = requireText(form.comment(), "Write the note.");
        Revision current = Revision.current(article);
        int[] range = locate(current, form);
        Annotation a = new Annotation();
        a.article = article;
        a.kind = form.kind();
        a.author = by;
        a.createdAt = Instant.now();
        a.createdRevision = current.number;
        a.anchorTo(current.body, new Anchoring.Anchor(Anchoring.Method.EXACT, range[0], range[1]), current.number);
        a.persist();
        AnnotationComment first = comment(a, by, text);
        article.touch(by);
        notifyMentions(article, a, first, by);
        return a;
    }

    @Transactional
    public AnnotationComment reply(long articleId, long annotationId, User by, String body) {
        Annotation a = load(articleId, annotationId, by);
        requireOpenForNotes(a.article);
        AnnotationComment reply = comment(a, by, requireText(body, "Write a reply first."));
        List<User> participants = AnnotationComment.<AnnotationComment>list(
                "from AnnotationComment c join fetch c.author where c.annotation = ?1", a).stream()
                .map(c -> c.author).filter(u -> !u.id.equals(by.id)).toList();
        Map<Long, User> recipients = new LinkedHashMap<>();
        participants.forEach(u -> recipients.put(u.id, u));
        events.replied(a.article, a, reply, List.copyOf(recipients.values()));
        notifyMentions(a.article, a, reply, by);
        return reply;
    }

    @Transactional
    public void resolve(long articleId, long annotationId, User by, boolean resolved) {
        Annotation a = load(articleId, annotationId, by);
        requireOpenForNotes(a.article);
        if (a.resolved == resolved) {
            throw new WorkflowException(resolved ? "This note is already resolved." : "This note is already open.");
        }
        a.resolved = resolved;
        a.resolvedBy = resolved ? by : null;
        a.resolvedAt = resolved ? Instant.now() : null;
        if (!resolved) {
            // Reopened: find its passage in today's text.
            Revision current = Revision.current(a.article);
            if (a.anchoredRevision != current.number || a.orphaned()) {
                a.anchorTo(current.body, Anchoring.anchor(a.selector(), null, current.body), current.number);
            }
        }
        a.article.touch(by);
    }

    @Transactional
    public void editComment(long articleId, long commentId, User by, String body) {
        AnnotationComment c = ownComment(articleId, commentId, by);
        c.body = requireText(body, "A comment cannot be empty; delete it instead.");
        c.editedAt = Instant.now();
    }

    @Transactional
    public void deleteComment(long articleId, long commentId, User by) {
        AnnotationComment c = ownComment(articleId, commentId, by);
        c.deleted = true;
        c.editedAt = Instant.now();
    }

    /** Every annotation of a story with its thread: two queries, however many there are. */
    public List<Annotation> threads(Article article) {
        List<Annotation> annotations = Annotation.listFor(article);
        Map<Long, Annotation> byId = new LinkedHashMap<>();
        annotations.forEach(a -> byId.put(a.id, a));
        List<AnnotationComment> comments = AnnotationComment.list(
                "from AnnotationComment c join fetch c.author where c.article = ?1 order by c.createdAt, c.id", article);
        for (AnnotationComment c : comments) {
            Annotation a = byId.get(c.annotation.id);
            if (a != null) {
                a.comments().add(c);
            }
        }
        return annotations;
    }

    /** The newest revision on which this user added a note; 0 if none. */
    public int lastAnnotatedRevision(Article article, User user) {
        Integer last = Annotation.getEntityManager()
                .createQuery("select max(a.createdRevision) from Annotation a where a.article = :a and a.author.id = :u",
                        Integer.class)
                .setParameter("a", article).setParameter("u", user.id).getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public List<String> blockers(Article article) {
        // Grouped by every kind and filtered here: a list parameter ("kind in :kinds") would make Hibernate
        // translate the query anew on each call, and this runs on every story page.
        List<String> reasons = new ArrayList<>();
        for (Object[] row : Annotation.getEntityManager().createQuery("""
                select a.kind, count(a) from Annotation a
                where a.article = :article and a.resolved = false
                group by a.kind order by a.kind""", Object[].class)
                .setParameter("article", article).getResultList()) {
            AnnotationKind kind = (AnnotationKind) row[0];
            long open = (Long) row[1];
            if (kind.blocksApproval) {
                reasons.add(open + " open " + kind.label.toLowerCase() + " note" + (open == 1 ? "" : "s")
                        + ": resolve " + (open == 1 ? "it" : "them") + " first.");
            }
        }
        return reasons;
    }

    /** Every new revision: open annotations follow their passage, or become orphaned. */
    void onRevision(@Observes @Priority(REANCHOR) RevisionSaved saved) {
        if (saved.previous() == null) {
            return;
        }
        String oldText = saved.previous().body;
        String newText = saved.revision().body;
        int number = saved.revision().number;
        for (Annotation a : Annotation.<Annotation>list("article = ?1 and resolved = false", saved.article())) {
            String from = a.anchoredRevision == saved.previous().number && !a.orphaned() ? oldText : null;
            a.anchorTo(newText, Anchoring.anchor(a.selector(), from, newText), number);
        }
    }

    private int[] locate(Revision current, NewAnnotation form) {
        String body = current.body;
        String quote = form.quote() == null ? "" : form.quote();
        if (quote.isBlank()) {
            throw new WorkflowException("Select the passage the note is about.");
        }
        if (form.start() != null && form.end() != null && form.revision() != null) {
            int s = form.start();
            int e = form.end();
            if (form.revision() == current.number && s >= 0 && e <= body.length() && s < e
                    && !body.substring(s, e).isBlank()) {
                return new int[] { s, e }; // offsets from the page script, on the text the user sees
            }
            if (form.revision() != current.number) {
                // The page was older than the text: find the passage as the re-anchoring would.
                Anchoring.Anchor found = Anchoring.anchor(new Anchoring.Selector(quote, "", "", s, e), null, body);
                if (!found.orphaned()) {
                    return new int[] { found.start(), found.end() };
                }
            }
        }
        int at = body.indexOf(quote);
        if (at < 0) {
            throw new WorkflowException("That passage is not in the current text. Select it again.");
        }
        return new int[] { at, at + quote.length() };
    }

    private AnnotationComment comment(Annotation a, User by, String text) {
        AnnotationComment c = new AnnotationComment();
        c.annotation = a;
        c.article = a.article;
        c.author = by;
        c.body = text;
        c.createdAt = Instant.now();
        c.persist();
        a.comments().add(c);
        return c;
    }

    private void notifyMentions(Article article, Annotation a, AnnotationComment comment, User by) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(comment.body);
        while (m.find()) {
            names.add(m.group(1));
        }
        if (names.isEmpty()) {
            return;
        }
        List<User> mentioned = User.<User>list("username in ?1 and enabled = true", names).stream()
                .filter(u -> !u.id.equals(by.id) && article.visibleTo(u))
                .toList();
        if (!mentioned.isEmpty()) {
            events.mentioned(article, a, comment, mentioned);
        }
    }

    private Annotation load(long articleId, long annotationId, User by) {
        Article article = articles.lockForWrite(articleId, by);
        Annotation a = Annotation.findById(annotationId);
        if (a == null || !a.article.id.equals(article.id)) {
            throw new NotFoundException();
        }
        return a;
    }

    private AnnotationComment ownComment(long articleId, long commentId, User by) {
        Article article = articles.lockForWrite(articleId, by);
        AnnotationComment c = AnnotationComment.findById(commentId);
        if (c == null || !c.article.id.equals(article.id) || c.deleted) {
            throw new NotFoundException();
        }
        if (!c.writtenBy(by)) {
            throw new WorkflowException("You can only change your own comments.");
        }
        requireOpenForNotes(article);
        return c;
    }

    private static void requireOpenForNotes(Article article) {
        if (article.status == ArticleStatus.PUBLISHED) {
            throw new WorkflowException("This story is published; its notes are closed.");
        }
    }

    private static String requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new WorkflowException(message);
        }
        String t = text.strip();
        if (t.length() > MAX_COMMENT) {
            throw new WorkflowException("Keep comments under 10,000 characters.");
        }
        return t;
    }
}
