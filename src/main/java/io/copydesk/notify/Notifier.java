package io.copydesk.notify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.copydesk.article.Article;
import io.copydesk.article.ArticleStatus;
import io.copydesk.article.StatusChanged;
import io.copydesk.review.DecisionKind;
import io.copydesk.review.ReviewDecision;
import io.copydesk.review.ReviewEvents;
import io.copydesk.review.ReviewerAssignment;
import io.copydesk.user.User;

/**
 * Turns what happens in review into inbox entries, inside the same transaction (so a notification
 * exists exactly when its cause was committed). Nobody is told about their own action.
 */
@ApplicationScoped
public class Notifier {

    @Inject
    Event<MailOut> mail;

    void assigned(@Observes ReviewEvents.Assigned e) {
        ReviewerAssignment a = e.assignment();
        send(a.reviewer, NotificationKind.ASSIGNED, e.article(), a.assignedBy,
                a.assignedBy.displayName + " asked you to review “" + e.article().title + "”.", storyLink(e.article()));
    }

    void decided(@Observes ReviewEvents.Decided e) {
        ReviewDecision d = e.decision();
        Article article = e.article();
        if (d.kind == DecisionKind.REQUEST_CHANGES) {
            send(article.author, NotificationKind.CHANGES_REQUESTED, article, d.reviewer,
                    d.reviewer.displayName + " requested changes to “" + article.title + "”: " + clip(d.comment), storyLink(article));
        } else if (d.kind == DecisionKind.APPROVE) {
            send(article.author, NotificationKind.APPROVED, article, d.reviewer,
                    d.reviewer.displayName + " approved revision " + d.revisionNumber + " of “" + article.title + "”"
                            + (article.status == ArticleStatus.APPROVED ? "; the story is approved." : "."),
                    storyLink(article));
        }
    }

    void published(@Observes StatusChanged e) {
        if (e.change().toStatus != ArticleStatus.PUBLISHED) {
            return;
        }
        Article article = e.article();
        Map<Long, User> people = new LinkedHashMap<>();
        people.put(article.author.id, article.author);
        for (ReviewerAssignment r : ReviewerAssignment.listFor(article)) {
            people.put(r.reviewer.id, r.reviewer);
        }
        for (User u : people.values()) {
            send(u, NotificationKind.PUBLISHED, article, e.change().actor,
                    "“" + article.title + "” was published.", "/p/" + article.slug);
        }
    }

    void wentStale(@Observes ReviewEvents.WentStale e) {
        for (ReviewDecision d : e.approvals()) {
            send(d.reviewer, NotificationKind.APPROVAL_STALE, e.article(), e.revision().author,
                    "Revision " + e.revision().number + " of “" + e.article().title + "” changed the text you approved. "
                            + "See the changes and approve again.",
                    "/articles/" + e.article().id + "/review/changes");
        }
    }

    void mentioned(@Observes ReviewEvents.Mentioned e) {
        for (User u : e.users()) {
            send(u, NotificationKind.MENTIONED, e.article(), e.comment().author,
                    e.comment().author.displayName + " mentioned you on “" + e.article().title + "”: " + clip(e.comment().body),
                    noteLink(e.article(), e.annotation().id));
        }
    }

    void replied(@Observes ReviewEvents.Replied e) {
        for (User u : e.participants()) {
            send(u, NotificationKind.REPLY, e.article(), e.reply().author,
                    e.reply().author.displayName + " replied on “" + e.article().title + "”: " + clip(e.reply().body),
                    noteLink(e.article(), e.annotation().id));
        }
    }

    private void send(User recipient, NotificationKind kind, Article article, User actor, String message, String link) {
        if (actor != null && recipient.id.equals(actor.id) || !recipient.enabled) {
            return;
        }
        Notification n = new Notification();
        n.recipient = recipient;
        n.kind = kind;
        n.article = article;
        n.actor = actor;
        n.message = message.length() > 1000 ? message.substring(0, 997) + "…" : message;
        n.link = link;
        n.createdAt = Instant.now();
        n.persist();
        if (recipient.email != null) {
            mail.fire(new MailOut(recipient.email, "[Copydesk] " + kind.label, n.message + "\n\n" + link));
        }
    }

    private static String storyLink(Article article) {
        return "/articles/" + article.id;
    }

    private static String noteLink(Article article, long annotationId) {
        return "/articles/" + article.id + "#note-" + annotationId;
    }

    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 140 ? text.substring(0, 139) + "…" : text;
    }
}
