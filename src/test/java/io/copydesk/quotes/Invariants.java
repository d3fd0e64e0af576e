package io.copydesk.quotes;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The structural promises every analysis keeps, checked by the unit tests and the fuzz test alike. */
final class Invariants {

    private Invariants() {
    }

    static void check(String text, Analysis a) {
        String t = text == null ? "" : text;
        int n = t.length();
        assertNotNull(a.quotes());
        assertNotNull(a.findings());
        List<Quote> quotes = a.quotes();
        int previousEnd = 0;
        for (Quote q : quotes) {
            assertTrue(0 <= q.start() && q.start() < q.end() && q.end() <= n, () -> "span out of range: " + q);
            assertEquals(t.substring(q.start(), q.end()), q.text(), "quote text equals its span");
            assertTrue(q.start() >= previousEnd, () -> "quotes sorted and non-overlapping at " + q.start());
            previousEnd = q.end();
            assertNotNull(q.kind());
            assertNotNull(q.status());
            if (q.kind() != Kind.SPEECH) {
                assertEquals(Status.NOT_APPLICABLE, q.status(), "scare quotes and titles need no source");
            } else {
                assertTrue(q.status() != Status.NOT_APPLICABLE, "speech has a sourcing status");
                assertEquals(q.status() == Status.UNSOURCED, q.speaker() == null, "speaker present unless unsourced");
            }
            if (q.speaker() != null) {
                Mention m = q.speaker();
                assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= n, () -> "speaker span: " + m);
                assertEquals(t.substring(m.start(), m.end()), m.text(), "speaker text equals its span");
                assertTrue(m.end() <= q.start() || m.start() >= q.end(), "speaker outside the quote");
            }
            if (q.cue() != null) {
                Span c = q.cue();
                assertTrue(0 <= c.start() && c.start() < c.end() && c.end() <= n, () -> "cue span: " + c);
                assertEquals(t.substring(c.start(), c.end()), c.text(), "cue text equals its span");
            }
        }
        int previousStart = 0;
        for (Finding f : a.findings()) {
            assertNotNull(f.type());
            assertTrue(0 <= f.start() && f.start() < f.end() && f.end() <= n, () -> "finding span: " + f);
            assertEquals(t.substring(f.start(), f.end()), f.text(), "finding text equals its span");
            assertTrue(f.message() != null && !f.message().isBlank(), "finding has a message");
            assertTrue(f.start() >= previousStart, "findings sorted by position");
            previousStart = f.start();
        }
        long unsourced = quotes.stream().filter(q -> q.status() == Status.UNSOURCED).count();
        long vague = quotes.stream().filter(q -> q.status() == Status.VAGUE).count();
        assertEquals(unsourced, a.findings().stream().filter(f -> f.type() == Finding.Type.UNSOURCED_QUOTE).count(),
                "one finding per unsourced quote");
        assertEquals(vague, a.findings().stream().filter(f -> f.type() == Finding.Type.VAGUE_ATTRIBUTION).count(),
                "one finding per vague quote");
    }
}
