package io.copydesk.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.copydesk.article.Article;
import io.copydesk.article.RevisionSummary;
import io.copydesk.article.StatusChange;
import io.copydesk.findings.QuoteFinding;
import io.copydesk.findings.QuoteWaiver;
import io.copydesk.review.Annotation;
import io.copydesk.review.ReviewDecision;

/**
 * One story's history on one timeline: revisions, workflow moves, review decisions, notes and quote
 * flags (waived or cleared), newest first. Built from six queries whatever the story's size.
 */
@ApplicationScoped
public class Timeline {

    /** One line: when, who, what happened, on which revision, and an optional quoted detail. */
    public record Entry(Instant at, String who, String kind, String what, int revision, String detail) {
    }

    public List<Entry> of(Article article, List<RevisionSummary> revisions) {
        List<Entry> entries = new ArrayList<>();
        Map<Integer, Instant> revisionTimes = new HashMap<>();
        for (RevisionSummary r : revisions) {
            revisionTimes.put(r.number(), r.createdAt());
            String what = r.restoredFrom() != null ? "saved revision " + r.number() + ", restoring revision " + r.restoredFrom()
                    : r.number() == 1 ? "wrote revision 1" : "saved revision " + r.number();
            entries.add(new Entry(r.createdAt(), r.authorName(), "revision",
                    what + " (+" + r.wordsAdded() + " −" + r.wordsRemoved() + " words)", r.number(), r.summary()));
        }
        for (StatusChange c : StatusChange.listFor(article)) {
            entries.add(new Entry(c.createdAt, c.actor.displayName, "status",
                    (c.fromStatus == null ? "" : c.fromStatus.label + " → ") + c.toStatus.label, c.revisionNumber,
                    c.toStatus.name().equals("CHANGES_REQUESTED") ? null : c.note));
        }
        for (ReviewDecision d : ReviewDecision.listFor(article)) {
            entries.add(new Entry(d.createdAt, d.reviewer.displayName, "decision",
                    d.kind.label.toLowerCase() + " on revision " + d.revisionNumber, d.revisionNumber, d.comment));
            if (d.dismissed()) {
                entries.add(new Entry(d.dismissedAt, d.dismissedBy.displayName, "decision",
                        "dismissed " + d.reviewer.displayName + "'s request for changes", d.revisionNumber, d.dismissReason));
            }
        }
        for (Annotation a : Annotation.listFor(article)) {
            entries.add(new Entry(a.createdAt, a.author.displayName, "note",
                    "added a " + a.kind.label.toLowerCase() + " note", a.createdRevision, a.quote));
            if (a.resolved && a.resolvedAt != null) {
                entries.add(new Entry(a.resolvedAt, a.resolvedBy.displayName, "note",
                        "resolved a " + a.kind.label.toLowerCase() + " note", a.anchoredRevision, a.quote));
            }
            if (a.orphanedIn != null && revisionTimes.containsKey(a.orphanedIn)) {
                entries.add(new Entry(revisionTimes.get(a.orphanedIn), null, "note",
                        "a " + a.kind.label.toLowerCase() + " note lost its passage (orphaned)", a.orphanedIn, a.quote));
            }
        }
        for (QuoteWaiver w : QuoteWaiver.listFor(article)) {
            entries.add(new Entry(w.createdAt, w.waivedBy.displayName, "quote",
                    "waived the flag on a quote: " + w.reason, w.revisionNumber, w.text));
        }
        for (QuoteFinding f : QuoteFinding.<QuoteFinding>list("article = ?1 and clearedIn is not null", article)) {
            Instant at = revisionTimes.get(f.clearedIn);
            if (at != null) {
                entries.add(new Entry(at, null, "quote", "a flagged quote is now attributed (flag cleared)", f.clearedIn, f.text));
            }
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return entries;
    }
}
