package io.copydesk.quotes;

/** Whether a quotation's source is given, so the review screen knows which quotes to flag. */
public enum Status {
    /** Speech with a named (or pronoun / role) speaker. */
    ATTRIBUTED,
    /** Speech attributed only to an unnamed source ("a source", "officials", "people familiar with ..."). */
    VAGUE,
    /** Speech with no attribution at all. */
    UNSOURCED,
    /** Scare quotes and titles: no source is needed. */
    NOT_APPLICABLE
}
