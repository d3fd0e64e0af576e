package io.copydesk.quotes;

/** A stretch of the article text (start inclusive, end exclusive, Java String indices) and its text. */
public record Span(int start, int end, String text) {
}
