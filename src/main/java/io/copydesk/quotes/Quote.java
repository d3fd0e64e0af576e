package io.copydesk.quotes;

/**
 * One quotation found in an article. {@code start}/{@code end} cover the quotation marks (end exclusive,
 * Java String indices); {@code speaker} and {@code cue} are null when the quote has no attribution.
 */
public record Quote(int start, int end, String text, Kind kind, Status status, Mention speaker, Span cue) {

    /**
     * True when an editor must act: speech with no source, or with only a vague one. (Deliberately not named
     * like a getter, so JSON serialisation of the record shows only its components.)
     */
    public boolean needsSource() {
        return status == Status.UNSOURCED || status == Status.VAGUE;
    }
}
