package io.copydesk.quotes;

/**
 * Finds the quotations in an article and says, for each, whether it is speech, scare quotes or a title, who
 * it is attributed to and with which words, and which quotes an editor must source. Plain Java, no
 * framework: immutable, thread-safe and reusable; the work is linear in the length of the text and never
 * throws on any input (null is treated as the empty text).
 */
public final class QuoteDetector {

    public QuoteDetector() {
    }

    /** Analyses one article text (paragraphs separated by blank lines, or by single newlines if it has none). */
    public Analysis analyze(String text) {
        return new Analyzer(text == null ? "" : text).run();
    }
}
