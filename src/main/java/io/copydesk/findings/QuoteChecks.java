package io.copydesk.findings;

import java.util.List;
import java.util.Map;

import io.copydesk.quotes.Status;

/** The review service's results for one revision, with the waivers that apply to them. */
public record QuoteChecks(List<QuoteFinding> findings, Map<String, QuoteWaiver> waivers) {

    public List<QuoteFinding> quotes() {
        return findings.stream().filter(QuoteFinding::quote).toList();
    }

    /** Unsourced and vague quotes no editor has waived: these block approval. */
    public List<QuoteFinding> open() {
        return findings.stream().filter(f -> f.needsSource() && !waivers.containsKey(f.key)).toList();
    }

    public List<QuoteFinding> waived() {
        return findings.stream().filter(f -> f.needsSource() && waivers.containsKey(f.key)).toList();
    }

    public List<QuoteFinding> unbalanced() {
        return findings.stream().filter(QuoteFinding::unbalanced).toList();
    }

    public QuoteWaiver waiverOf(QuoteFinding finding) {
        return waivers.get(finding.key);
    }

    public long count(Status status) {
        return findings.stream().filter(f -> f.status == status).count();
    }

    public long unsourcedCount() {
        return count(Status.UNSOURCED);
    }

    public long vagueCount() {
        return count(Status.VAGUE);
    }

    public long attributedCount() {
        return count(Status.ATTRIBUTED);
    }
}
