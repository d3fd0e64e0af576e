package io.copydesk.quotes;

/**
 * The words an attribution uses for its speaker ("he", "regional governor Oleh Sinegubov") and,
 * when known, the person's name they refer to ("Oleh Sinegubov"); {@code name} is null when unknown.
 */
public record Mention(int start, int end, String text, String name) {
}
