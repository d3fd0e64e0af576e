package io.copydesk.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** What the rule tests share: analyse a sentence (checking the invariants), find a quote, assert its speaker. */
final class Detect {

    private Detect() {
    }

    static Analysis analyze(String text) {
        Analysis a = new QuoteDetector().analyze(text);
        Invariants.check(text, a);
        return a;
    }

    static Quote quoteWith(Analysis a, String words) {
        return a.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote containing '" + words + "' in " + a.quotes()));
    }

    /** The kind of the quote containing {@code words}. */
    static Kind kindOf(String text, String words) {
        return quoteWith(analyze(text), words).kind();
    }

    /** The status of the quote containing {@code words}. */
    static Status statusOf(String text, String words) {
        return quoteWith(analyze(text), words).status();
    }

    /** The quote is speech, attributed, and its speaker mention reads exactly {@code mention}. */
    static Quote assertAttributed(Quote q, String mention) {
        assertEquals(Kind.SPEECH, q.kind(), () -> "kind of " + q);
        assertEquals(Status.ATTRIBUTED, q.status(), () -> "status of " + q);
        assertNotNull(q.speaker(), () -> "speaker of " + q);
        assertEquals(mention, q.speaker().text(), () -> "mention of " + q);
        return q;
    }

    static Quote attributed(Analysis a, String words, String mention) {
        return assertAttributed(quoteWith(a, words), mention);
    }

    static Quote attributed(String text, String words, String mention) {
        return attributed(analyze(text), words, mention);
    }
}
