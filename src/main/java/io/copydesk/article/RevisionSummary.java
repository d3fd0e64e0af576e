package io.copydesk.article;

import java.time.Instant;

/** A line of the history: everything about a revision but its text. */
public record RevisionSummary(int number, String title, String summary, String authorName, Instant createdAt,
        int wordCount, int wordsAdded, int wordsRemoved, Integer restoredFrom) {
}
