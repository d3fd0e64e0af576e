package io.copydesk.findings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.copydesk.article.Article;
import io.copydesk.article.ArticleService;
import io.copydesk.article.ArticleStatus;
import io.copydesk.article.RevisionSaved;
import io.copydesk.article.WorkflowException;
import io.copydesk.quotes.Analysis;
import io.copydesk.quotes.Finding;
import io.copydesk.quotes.Quote;
import io.copydesk.quotes.QuoteDetector;
import io.copydesk.quotes.Status;
import io.copydesk.review.ApprovalBlocker;
import io.copydesk.user.User;

/**
 * Runs the quote detector on every saved revision and keeps its findings; editors waive a flag with a
 * written reason, and a flag clears by itself when a later revision attributes the same quote.
 */
@ApplicationScoped
public class FindingService implements ApprovalBlocker {

    /** Runs first among the observers of a new revision: approval rules read its results. */
    public static final int CHECK_FIRST = 100;

    @Inject
    QuoteDetector detector;
    @Inject
    ArticleService articles;

    /** One detector for the app: it holds no state. */
    @Produces
    @Singleton
    static QuoteDetector detector() {
        return new QuoteDetector();
    }

    void onRevision(@Observes @Priority(CHECK_FIRST) RevisionSaved saved) {
        Article article = saved.article();
        int number = saved.revision().number;
        Analysis analysis = detector.analyze(saved.revision().body);
        int ordinal = 0;
        Set<String> attributed = new HashSet<>();
        for (Quote quote : analysis.quotes()) {
            QuoteFinding finding = QuoteFinding.of(article, number, ordinal++, quote);
            finding.persist();
            if (quote.status() == Status.ATTRIBUTED) {
                attributed.add(finding.key);
            }
        }
        for (Finding finding : analysis.findings()) {
            if (finding.type() == Finding.Type.UNBALANCED_QUOTE) {
                QuoteFinding.unbalanced(article, number, ordinal++, finding).persist();
            }
        }
        if (saved.previous() != null && !attributed.isEmpty()) {
            QuoteFinding.update("clearedIn = ?1 where article = ?2 and revisionNumber = ?3 and status in ?4 and key in ?5",
                    number, article, saved.previous().number, List.of(Status.UNSOURCED, Status.VAGUE), attributed);
        }
    }

    public QuoteChecks checks(Article article, int revision) {
        Map<String, QuoteWaiver> waivers = new LinkedHashMap<>();
        for (QuoteWaiver w : QuoteWaiver.listFor(article)) {
            waivers.put(w.key, w);
        }
        return new QuoteChecks(QuoteFinding.listFor(article, revision), waivers);
    }

    @Override
    public List<String> blockers(Article article) {
        // Counted per status and summed here: Panache's count() and a list parameter ("status in ?3") both make
        // Hibernate translate the query anew on every call, and this runs on every story page.
        long open = 0;
        for (Object[] row : QuoteFinding.getEntityManager().createQuery("""
                select f.status, count(f) from QuoteFinding f
                where f.article = ?1 and f.revisionNumber = ?2
                and not exists (select 1 from QuoteWaiver w where w.article = ?1 and w.key = f.key)
                group by f.status""", Object[].class)
                .setParameter(1, article).setParameter(2, article.currentRevision).getResultList()) {
            if (row[0] == Status.UNSOURCED || row[0] == Status.VAGUE) {
                open += (Long) row[1];
            }
        }
        List<String> reasons = new ArrayList<>();
        if (open > 0) {
            reasons.add(open == 1 ? "1 quote has no clear source: attribute it or waive the flag with a reason."
                    : open + " quotes have no clear source: attribute them or waive the flags with a reason.");
        }
        return reasons;
    }

    /** An editor accepts a flagged quote as it is, with a reason that stays in the story's history. */
    @Transactional
    public QuoteWaiver waive(long articleId, long findingId, User by, String reason) {
        Article article = articles.lockForWrite(articleId, by);
        if (!by.role.reviews() || article.writtenBy(by)) {
            throw new WorkflowException("Only an editor who did not write the story can waive a quote flag.");
        }
        if (article.status == ArticleStatus.PUBLISHED) {
            throw new WorkflowException("This story is published.");
        }
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("Say why this quote may stand without a named source.");
        }
        QuoteFinding finding = QuoteFinding.findById(findingId);
        if (finding == null || !finding.article.id.equals(article.id) || finding.revisionNumber != article.currentRevision) {
            throw new NotFoundException();
        }
        if (!finding.needsSource()) {
            throw new WorkflowException("This quote is not flagged.");
        }
        if (QuoteWaiver.count("article = ?1 and key = ?2", article, finding.key) > 0) {
            throw new WorkflowException("This quote was already waived.");
        }
        QuoteWaiver waiver = new QuoteWaiver();
        waiver.article = article;
        waiver.key = finding.key;
        waiver.text = finding.text;
        waiver.revisionNumber = finding.revisionNumber;
        waiver.reason = reason.strip();
        waiver.waivedBy = by;
        waiver.createdAt = Instant.now();
        waiver.persist();
        article.touch(by);
        return waiver;
    }
}
