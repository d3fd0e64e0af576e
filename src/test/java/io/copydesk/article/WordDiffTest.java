package io.copydesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The word diff on its own: readable output for prose, exact word counts, no blow-up on rewrites. */
class WordDiffTest {

    private static String render(WordDiff.Result r) {
        return r.paragraphs().stream().map(p -> p.segments().stream().map(s -> switch (s.kind()) {
            case INSERT -> "[+" + s.text().strip() + "]";
            case DELETE -> "[-" + s.text().strip() + "]";
            case EQUAL -> s.text();
        }).collect(Collectors.joining())).collect(Collectors.joining(" | "));
    }

    @Test
    void replacedWord_isOneDeletionAndOneInsertion() {
        WordDiff.Result r = WordDiff.diff("The council voted on Tuesday.", "The council voted on Monday.");
        assertEquals("The council voted on [-Tuesday] [+Monday].", render(r));
        assertEquals(1, r.wordsAdded());
        assertEquals(1, r.wordsRemoved());
    }

    @Test
    void punctuationChange_isShownAlone() {
        WordDiff.Result r = WordDiff.diff("“We had no choice,” said the mayor.", "“We had no choice.” said the mayor.");
        assertEquals("“We had no choice[-,][+.]” said the mayor.", render(r));
        assertEquals(0, r.wordsAdded(), "punctuation is not a word");
    }

    @Test
    void whitespaceOnlyChange_isNoChange() {
        WordDiff.Result r = WordDiff.diff("One  two\nthree.", "One two three.");
        assertTrue(r.unchanged());
    }

    @Test
    void paragraphs_areKept_andNewParagraphIsInserted() {
        WordDiff.Result r = WordDiff.diff("First.\n\nThird.", "First.\n\nSecond.\n\nThird.");
        assertEquals(3, r.paragraphs().size());
        assertEquals("[+Second.]", render(new WordDiff.Result(List.of(r.paragraphs().get(1)), 0, 0)));
        assertEquals(1, r.wordsAdded());
    }

    @Test
    void contractionsAndNumbers_areSingleWords() {
        WordDiff.Result r = WordDiff.diff("It wasn’t 1,400 people.", "It wasn’t 1,800 people.");
        assertEquals("It wasn’t [-1,400] [+1,800] people.", render(r));
    }

    @Test
    void shortEqualRunBetweenRewrites_isFoldedIntoTheChange() {
        WordDiff.Result r = WordDiff.diff("alpha beta the gamma delta", "one two the three four");
        assertEquals("[-alpha beta the gamma delta][+one two the three four]", render(r));
    }

    @Test
    void tenThousandWordRewrite_completesWithExactCounts() {
        Random random = new Random(42);
        String a = randomProse(random, 10_000);
        String b = randomProse(random, 10_000);
        WordDiff.Result r = WordDiff.diff(a, b);
        assertEquals(Texts.wordCount(a) - r.wordsRemoved(), Texts.wordCount(b) - r.wordsAdded(),
                "words kept must be the same on both sides");
    }

    @Test
    void singleHugeParagraph_completes() {
        Random random = new Random(7);
        String a = randomProse(random, 20_000).replace("\n\n", " ");
        String b = randomProse(random, 20_000).replace("\n\n", " ").replace(".", "");
        WordDiff.Result r = WordDiff.diff(a, b);
        assertEquals(Texts.wordCount(a) - r.wordsRemoved(), Texts.wordCount(b) - r.wordsAdded());
    }

    static String randomProse(Random random, int words) {
        String[] vocabulary = "the council mayor bridge voted said city people river steel repairs years on in a of to"
                .split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= words; i++) {
            sb.append(vocabulary[random.nextInt(vocabulary.length)]);
            sb.append(i % 60 == 0 ? ".\n\n" : i % 12 == 0 ? ". " : " ");
        }
        return sb.toString().strip();
    }
}
