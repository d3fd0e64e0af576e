package io.copydesk.quotes;

import java.util.List;

/** The result of analysing one article: every quotation (sorted by position) and the findings for the editor. */
public record Analysis(List<Quote> quotes, List<Finding> findings) {

    public Analysis {
        quotes = List.copyOf(quotes);
        findings = List.copyOf(findings);
    }

    /** The quotes an editor must source (unsourced or vague speech). */
    public List<Quote> quotesNeedingSource() {
        return quotes.stream().filter(Quote::needsSource).toList();
    }
}
