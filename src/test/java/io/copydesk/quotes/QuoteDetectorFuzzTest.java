package io.copydesk.quotes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded random and pathological inputs: the detector must never throw, and every analysis must keep the
 * invariants (spans inside the text, text equal to the span, quotes sorted and non-overlapping, speaker and cue
 * spans inside the text). No timing is asserted; the big inputs only prove that nothing degenerates.
 */
class QuoteDetectorFuzzTest {

    private static final String[] MARKS = {"\"", "\u201C", "\u201D", "\u201E", "\u201F", "\u2018", "\u2019", "'", "''",
        "'''", "``", "\u00AB", "\u00BB", "\u2039", "\u203A", "\u201A", "\u201B", "‘‘", "’’"};
    private static final String[] WORDS = {"said", "he", "she", "Mr.", "Smith", "told", "reporters", "according",
        "to", "a", "source", "officials", "so-called", "the", "book", "titled", "Ukraine’s", "don't", "’90s", "who",
        "added", "wrote", "on", "Facebook", "quoted", "as", "saying", "President", "Volodymyr", "Zelensky", "it",
        "people", "familiar", "with", "matter", "called", "rock", "’n’", "roll", "and", "but", "U.S.", "Jr.", "E.",
        "DES", "MOINES", "(AP)", "indictment", "heard", "back", "one", "of", "them", "Another", "then", "that"};
    private static final String[] PUNCT = {",", ".", ":", ";", "!", "?", " -- ", " — ", "(", ")", "…", "<", ">",
        "<tweet a=\"", "\">", "</b>"};
    private static final String[] BREAKS = {" ", " ", " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\u2029", "\t", "\u00A0"};

    private final QuoteDetector detector = new QuoteDetector();

    private Analysis check(String text) {
        Analysis a = detector.analyze(text);
        Invariants.check(text, a);
        return a;
    }

    /** Words, quote marks, punctuation and breaks in random order: the shapes real text is made of. */
    static String tokenSoup(Random r, int length) {
        StringBuilder b = new StringBuilder(length + 16);
        while (b.length() < length) {
            int k = r.nextInt(10);
            if (k < 4) {
                b.append(WORDS[r.nextInt(WORDS.length)]);
            } else if (k < 6) {
                b.append(MARKS[r.nextInt(MARKS.length)]);
            } else if (k < 7) {
                b.append(PUNCT[r.nextInt(PUNCT.length)]);
            } else {
                b.append(BREAKS[r.nextInt(BREAKS.length)]);
            }
        }
        return b.toString();
    }

    /** Any UTF-16 code unit at all, including lone surrogates, controls and unassigned characters. */
    static String garbage(Random r, int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = r.nextInt(4) == 0 ? "\"“”‘’'\n<>".charAt(r.nextInt(9)) : (char) r.nextInt(0x10000);
        }
        return new String(c);
    }

    /** A plausible article, cut at a random place and with random marks deleted or inserted. */
    static String damagedArticle(Random r) {
        StringBuilder b = new StringBuilder(SyntheticNews.generate(2000 + r.nextInt(4000), r.nextLong()));
        for (int k = r.nextInt(12); k > 0 && b.length() > 0; k--) {
            int at = r.nextInt(b.length());
            if (r.nextBoolean()) {
                b.deleteCharAt(at);
            } else {
                b.insert(at, MARKS[r.nextInt(MARKS.length)]);
            }
        }
        return b.substring(0, r.nextInt(b.length() + 1));
    }

    @Test
    void tokenSoup_manySeeds_noExceptionAndInvariantsHold() {
        Random r = new Random(20240901L);
        for (int i = 0; i < 3000; i++) {
            check(tokenSoup(r, r.nextInt(400)));
        }
    }

    @Test
    void garbage_manySeeds_noExceptionAndInvariantsHold() {
        Random r = new Random(77L);
        for (int i = 0; i < 1000; i++) {
            check(garbage(r, r.nextInt(600)));
        }
    }

    @Test
    void damagedArticles_manySeeds_noExceptionAndInvariantsHold() {
        Random r = new Random(4242L);
        for (int i = 0; i < 400; i++) {
            check(damagedArticle(r));
        }
    }

    @Test
    void everyPrefixOfAnArticle_isHandled() {
        String text = SyntheticNews.generate(1500, 3L);
        for (int i = 0; i <= text.length(); i++) {
            check(text.substring(0, i));
        }
    }

    @Test
    void sameInput_sameAnalysis() {
        Random r = new Random(5L);
        for (int i = 0; i < 200; i++) {
            String text = tokenSoup(r, 300);
            assertEquals(detector.analyze(text), detector.analyze(text));
        }
    }

    @Test
    void loneSurrogatesAndControls_aroundQuoteMarks() {
        check("\uD800“\uDC00 said \uD83D\u201D he said\u0000\u0007");
        check("“\uDFFF”");
        check("\uD800\uD800\uD800'\uDC00'");
    }

    // ------------------------------------------------------------------ big inputs (no timing asserted)

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\u201C", "\u201D", "'", "\u2019", "''", "\u00AB", "\u201C\u201D", "\u201C\n\n"})
    void tenMegabytesOfOnlyQuoteMarks(String mark) {
        String text = mark.repeat(10 * 1024 * 1024 / mark.length());
        Analysis a = check(text);
        assertTrue(a.findings().size() <= QuoteScanner.MAX_BAD_MARKS + 1, "findings are capped");
    }

    @Test
    void tenMegabytesOfArticleText() {
        String text = SyntheticNews.generate(10 * 1024 * 1024, 11L);
        Analysis a = check(text);
        assertFalse(a.quotes().isEmpty());
    }

    @Test
    void tenMegabytesOfGarbage() {
        check(garbage(new Random(99L), 10 * 1024 * 1024));
    }

    @Test
    void tenMegabytesInOneParagraphWithOneOpeningMark() {
        String text = "\u201C" + "the council said it would vote and Mr. Smith said no, ".repeat(180_000);
        Analysis a = check(text);
        assertEquals(1, a.quotes().size());
        assertEquals(1, a.findings().stream().filter(f -> f.type() == Finding.Type.UNBALANCED_QUOTE).count());
    }

    @Test
    void manyDistinctShortNames_stayLinear() {
        Random r = new Random(8L);
        StringBuilder b = new StringBuilder();
        while (b.length() < 4 * 1024 * 1024) {
            b.append("\u201CYes,\u201D ").append((char) ('A' + r.nextInt(26)));
            for (int k = 0; k < 6; k++) {
                b.append((char) ('a' + r.nextInt(26)));
            }
            b.append(" said. ");
        }
        Analysis a = check(b.toString());
        assertTrue(a.quotes().stream().allMatch(q -> q.status() == Status.ATTRIBUTED));
    }

    @Test
    void manyTagOpeningsWithoutClosing_andManyShortQuotes() {
        check("<a ".repeat(1_000_000));
        check("\u201Cx,\u201D he said. ".repeat(300_000));
        check("said \u201C".repeat(500_000));
        check("\n".repeat(2_000_000) + "\u201Cend\u201D");
        check("\u2014 ".repeat(1_000_000)); // dashes: a dateline's dash is checked without recursion
        check("DES MOINES, Iowa (AP) \u2014 \u201Cx,\u201D he said. ".repeat(50_000));
        check("\u2018a \u201Cb\u201D c\u2019 ".repeat(200_000)); // double quotes nested in single ones
        check("according to the report: \u201Cx\u201D ".repeat(100_000));
    }
}
