package io.copydesk.quotes;

/**
 * Something an editor should look at: an unsourced quote, a vaguely attributed quote, or a quotation mark
 * without its partner. {@code start}/{@code end}/{@code text} locate it; {@code message} is plain English.
 */
public record Finding(Finding.Type type, int start, int end, String text, String message) {

    /** The three kinds of finding the review screen shows. */
    public enum Type { UNSOURCED_QUOTE, VAGUE_ATTRIBUTION, UNBALANCED_QUOTE }
}
