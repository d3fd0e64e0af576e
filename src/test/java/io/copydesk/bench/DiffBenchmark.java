package io.copydesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.github.difflib.DiffUtils;

import io.copydesk.article.WordDiff;

/**
 * How long the word diff takes on two 10,000-word revisions, against java-diff-utils' default Myers on
 * the flat word lists. Run with {@code ./mvnw test -Pbenchmark -Dtest=DiffBenchmark}; figures go to
 * docs/benchmarks.md. Not part of the normal suite: it measures, it does not assert.
 */
@Tag("benchmark")
class DiffBenchmark {

    static final String[] WORDS = ("the council mayor bridge voted said city people river steel repairs years on in a of "
            + "to and was for that with as he she they officials told reporters according statement week police "
            + "government minister president country war troops attack health campaign election vote").split(" ");

    @Test
    void tenThousandWords() throws Exception {
        Random random = new Random(1);
        String base = prose(random, 10_000);
        String smallEdits = edit(base, random, 0.01);
        String heavyEdits = edit(base, random, 0.2);
        String rewrite = prose(random, 10_000);
        String shuffled = shuffleParagraphs(base, random);
        System.out.println("| case | Copydesk WordDiff | flat Myers (java-diff-utils default) |");
        System.out.println("|---|---|---|");
        row("1% of words changed", base, smallEdits);
        row("20% of words changed", base, heavyEdits);
        row("paragraphs reordered", base, shuffled);
        row("complete rewrite", base, rewrite);
    }

    private static void row(String name, String a, String b) throws Exception {
        for (int i = 0; i < 5; i++) {
            WordDiff.diff(a, b); // warm-up
        }
        int runs = 20;
        long start = System.nanoTime();
        WordDiff.Result r = null;
        for (int i = 0; i < runs; i++) {
            r = WordDiff.diff(a, b);
        }
        double ours = (System.nanoTime() - start) / 1e6 / runs;
        String flat = flatMyers(a, b);
        System.out.printf("| %s | %.1f ms (+%d −%d words) | %s |%n", name, ours, r.wordsAdded(), r.wordsRemoved(), flat);
    }

    /** The naive approach, given 60 seconds. */
    private static String flatMyers(String a, String b) throws Exception {
        List<String> wa = Arrays.asList(a.split("\\s+"));
        List<String> wb = Arrays.asList(b.split("\\s+"));
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        try {
            long start = System.nanoTime();
            Future<?> f = executor.submit(() -> DiffUtils.diff(wa, wb));
            f.get(60, TimeUnit.SECONDS);
            return String.format("%.1f ms", (System.nanoTime() - start) / 1e6);
        } catch (TimeoutException e) {
            return "> 60 s (gave up)";
        } catch (java.util.concurrent.ExecutionException e) {
            return "failed: " + e.getCause();
        } finally {
            executor.shutdownNow();
        }
    }

    static String prose(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= words; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]);
            sb.append(i % 70 == 0 ? ".\n\n" : i % 14 == 0 ? ". " : " ");
        }
        return sb.toString().strip();
    }

    static String edit(String text, Random random, double share) {
        String[] words = text.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            if (random.nextDouble() < share && !words[i].contains("\n")) {
                words[i] = WORDS[random.nextInt(WORDS.length)];
            }
        }
        return String.join(" ", words);
    }

    static String shuffleParagraphs(String text, Random random) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n\n")));
        Collections.shuffle(paragraphs, random);
        return String.join("\n\n", paragraphs);
    }
}
