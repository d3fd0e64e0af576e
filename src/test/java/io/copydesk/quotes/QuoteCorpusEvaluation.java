package io.copydesk.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the quote detector on the annotated PolNeAR news corpus exactly as /work/shared/quotes/README.md
 * defines it (quote precision/recall with the 90%-overlap rule, speaker accuracy, false alarms, unsourced
 * recall, words per second per core) and prints a table for the tuning half, the held-out half and all.
 * The corpus is read from where it lies (system property {@code copydesk.quotes.corpus}, default
 * {@code ../shared/quotes/polnear_dev.jsonl}); nothing of it is copied into the project, and the test is
 * skipped when the file is absent. Runs with {@code ./mvnw test -Pquote-eval} or with {@link #main}.
 *
 * <p>Set {@code -Dcopydesk.quotes.dump=tuning} to print the errors on the tuning half (never the held-out half:
 * rules are only ever studied on the tuning half). The project's own two sets (written for Copydesk, in
 * src/test/resources/quotes) are always measured too; {@code -Dcopydesk.quotes.dump=studied} prints the errors on
 * the studied one.
 */
@Tag("evaluation")
class QuoteCorpusEvaluation {

    static final String CORPUS_PROPERTY = "copydesk.quotes.corpus";
    static final String DEFAULT_CORPUS = "../shared/quotes/polnear_dev.jsonl";
    /** A gold quote is found when a detection overlaps it by at least this share of the longer span. */
    static final double OVERLAP = 0.9;

    /**
     * The project's own annotated articles (src/test/resources/quotes, see its README): written for Copydesk, so
     * they can be read, copied and committed. Rules were studied on the first; the second is only ever measured.
     */
    static final String STUDIED_SET = "/quotes/newsroom-studied.json";
    static final String HELD_OUT_SET = "/quotes/newsroom-heldout.json";

    @Test
    void evaluateOnProjectSets() throws IOException {
        runProjectSets(System.out);
    }

    @Test
    void evaluateOnCorpus() throws IOException {
        Path corpus = corpusPath();
        Assumptions.assumeTrue(Files.isRegularFile(corpus), "quote corpus not found at " + corpus.toAbsolutePath());
        run(corpus, System.out, true);
    }

    public static void main(String[] args) throws IOException {
        runProjectSets(System.out);
        Path corpus = args.length > 0 ? Path.of(args[0]) : corpusPath();
        if (!Files.isRegularFile(corpus)) {
            System.out.println("quote corpus not found at " + corpus.toAbsolutePath() + " - nothing to measure");
            return;
        }
        run(corpus, System.out, !Boolean.getBoolean("copydesk.quotes.noSpeed"));
    }

    static Path corpusPath() {
        return Path.of(System.getProperty(CORPUS_PROPERTY, DEFAULT_CORPUS));
    }

    // ------------------------------------------------------------------ data

    record Span2(int start, int end) {
        int length() {
            return end - start;
        }
    }

    record GoldQuote(int start, int end, Integer speakerStart, Integer speakerEnd, Integer cueStart, Integer cueEnd,
                     boolean multiParagraph) {
        boolean hasSource() {
            return speakerStart != null;
        }
    }

    record Article(String id, String text, List<GoldQuote> quotes, List<Span2> others) {
        boolean tuning() {
            return isTuning(id);
        }
    }

    /**
     * The deterministic half-and-half split by article id: a mixed hash of the id, even = tuning half.
     * Rules were only ever studied on the tuning half; the held-out half measures text the rules never saw.
     */
    static boolean isTuning(String id) {
        int h = id.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return (h & 1) == 0;
    }

    static List<Article> load(Path corpus) throws IOException {
        return parse(Files.readAllLines(corpus, StandardCharsets.UTF_8));
    }

    private static List<Article> parse(List<String> lines) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode a = json.readTree(line);
            List<GoldQuote> quotes = new ArrayList<>();
            for (JsonNode q : a.get("quotes")) {
                boolean multi = false;
                for (JsonNode f : q.path("flags")) {
                    multi |= "multi_paragraph".equals(f.asText());
                }
                quotes.add(new GoldQuote(q.get("start").asInt(), q.get("end").asInt(), intOrNull(q, "speaker_start"),
                        intOrNull(q, "speaker_end"), intOrNull(q, "cue_start"), intOrNull(q, "cue_end"), multi));
            }
            List<Span2> others = new ArrayList<>();
            for (JsonNode o : a.path("other_quoted_spans")) {
                others.add(new Span2(o.get("start").asInt(), o.get("end").asInt()));
            }
            out.add(new Article(a.get("id").asText(), a.get("text").asText(), quotes, others));
        }
        return out;
    }

    private static Integer intOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    // ------------------------------------------------------------------ metrics

    /** Running counts for one subset of the corpus. */
    static final class Tally {
        int articles;
        int gold;
        int goldFound;
        int detections;
        int detectionsMatched;
        int detectionsExcused;
        int speakerGold;
        int speakerRight;
        int sourced;
        int falseAlarms;
        int unsourcedCases;
        int unsourcedCaught;

        void add(Tally o) {
            articles += o.articles;
            gold += o.gold;
            goldFound += o.goldFound;
            detections += o.detections;
            detectionsMatched += o.detectionsMatched;
            detectionsExcused += o.detectionsExcused;
            speakerGold += o.speakerGold;
            speakerRight += o.speakerRight;
            sourced += o.sourced;
            falseAlarms += o.falseAlarms;
            unsourcedCases += o.unsourcedCases;
            unsourcedCaught += o.unsourcedCaught;
        }

        double precision() {
            int counted = detections - detectionsExcused;
            return counted == 0 ? 1 : (double) detectionsMatched / counted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) goldFound / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double speakerAccuracy() {
            return speakerGold == 0 ? 1 : (double) speakerRight / speakerGold;
        }

        double falseAlarmRate() {
            return sourced == 0 ? 0 : (double) falseAlarms / sourced;
        }

        double unsourcedRecall() {
            return unsourcedCases == 0 ? 1 : (double) unsourcedCaught / unsourcedCases;
        }
    }

    static boolean matches(int s1, int e1, int s2, int e2) {
        int overlap = Math.min(e1, e2) - Math.max(s1, s2);
        int longer = Math.max(e1 - s1, e2 - s2);
        return overlap > 0 && overlap >= OVERLAP * longer;
    }

    static Quote matching(List<Quote> detected, int start, int end) {
        for (Quote d : detected) {
            if (matches(d.start(), d.end(), start, end)) {
                return d;
            }
        }
        return null;
    }

    static boolean overlaps(int s1, int e1, int s2, int e2) {
        return Math.min(e1, e2) > Math.max(s1, s2);
    }

    /** Scores one article; {@code dump} (tuning articles only) receives a description of every error. */
    static Tally score(QuoteDetector detector, Article a, PrintStream dump) {
        Tally t = new Tally();
        t.articles = 1;
        Analysis analysis = detector.analyze(a.text());
        List<Quote> detected = analysis.quotes();
        String text = a.text();

        t.gold = a.quotes().size();
        for (GoldQuote g : a.quotes()) {
            Quote d = matching(detected, g.start(), g.end());
            if (d != null) {
                t.goldFound++;
            } else if (dump != null) {
                dump.println("MISSED  " + context(text, g.start(), g.end()));
            }
            if (g.hasSource()) {
                t.sourced++;
                if (d != null && d.status() == Status.UNSOURCED) {
                    t.falseAlarms++;
                    if (dump != null) {
                        dump.println("FALSE-ALARM  " + context(text, g.start(), g.end()) + "  gold speaker="
                                + text.substring(g.speakerStart(), g.speakerEnd()));
                    }
                }
                if (d != null) {
                    t.speakerGold++;
                    Mention m = d.speaker();
                    if (m != null && overlaps(m.start(), m.end(), g.speakerStart(), g.speakerEnd())) {
                        t.speakerRight++;
                    } else if (dump != null) {
                        dump.println("SPEAKER  " + context(text, g.start(), g.end()) + "  gold="
                                + text.substring(g.speakerStart(), g.speakerEnd()) + "  ours="
                                + (m == null ? d.kind() + "/" + d.status() : m.text()));
                    }
                }
            }
        }
        t.detections = detected.size();
        for (Quote d : detected) {
            boolean hit = false;
            for (GoldQuote g : a.quotes()) {
                if (matches(d.start(), d.end(), g.start(), g.end())) {
                    hit = true;
                    break;
                }
            }
            if (hit) {
                t.detectionsMatched++;
                continue;
            }
            boolean other = false;
            for (Span2 o : a.others()) {
                if (matches(d.start(), d.end(), o.start(), o.end())) {
                    other = true;
                    break;
                }
            }
            if (other && d.kind() != Kind.SPEECH) {
                t.detectionsExcused++;
            } else if (dump != null) {
                dump.println("SPURIOUS(" + d.kind() + (other ? ",other-span" : "") + ")  "
                        + context(text, d.start(), d.end()));
            }
        }
        scoreUnsourced(detector, a, t, dump);
        return t;
    }

    /**
     * Unsourced recall: for each quote that is the only quoted span of its paragraph (and not part of a
     * multi-paragraph quote) and whose speaker and cue lie in that paragraph, delete the speaker and the cue
     * from the text; the detector must then call the quote unsourced or vague.
     */
    static void scoreUnsourced(QuoteDetector detector, Article a, Tally t, PrintStream dump) {
        String text = a.text();
        List<Span2> paragraphs = paragraphs(text);
        for (GoldQuote g : a.quotes()) {
            if (!g.hasSource() || g.multiParagraph()) {
                continue;
            }
            Span2 para = paragraphOf(paragraphs, g.start());
            if (para == null || !inside(para, g.speakerStart(), g.speakerEnd())
                    || (g.cueStart() != null && !inside(para, g.cueStart(), g.cueEnd()))) {
                continue;
            }
            int spans = 0;
            for (GoldQuote o : a.quotes()) {
                spans += para.start() <= o.start() && o.start() < para.end() ? 1 : 0;
            }
            for (Span2 o : a.others()) {
                spans += para.start() <= o.start() && o.start() < para.end() ? 1 : 0;
            }
            if (spans != 1 || overlaps(g.speakerStart(), g.speakerEnd(), g.start(), g.end())
                    || (g.cueStart() != null && overlaps(g.cueStart(), g.cueEnd(), g.start(), g.end()))) {
                continue;
            }
            int[][] cuts = g.cueStart() == null
                    ? new int[][] {{g.speakerStart(), g.speakerEnd()}}
                    : new int[][] {{g.speakerStart(), g.speakerEnd()}, {g.cueStart(), g.cueEnd()}};
            java.util.Arrays.sort(cuts, (x, y) -> Integer.compare(x[0], y[0]));
            StringBuilder b = new StringBuilder(text.length());
            int pos = 0;
            int shiftStart = 0;
            for (int[] c : cuts) {
                int s = Math.max(c[0], pos);
                if (c[1] <= s) {
                    continue;
                }
                b.append(text, pos, s);
                if (c[1] <= g.start()) {
                    shiftStart += c[1] - s;
                }
                pos = c[1];
            }
            b.append(text, pos, text.length());
            int qs = g.start() - shiftStart;
            int qe = g.end() - shiftStart;
            t.unsourcedCases++;
            Quote d = matching(detector.analyze(b.toString()).quotes(), qs, qe);
            if (d != null && (d.status() == Status.UNSOURCED || d.status() == Status.VAGUE)) {
                t.unsourcedCaught++;
            } else if (dump != null) {
                String edited = b.toString();
                int ps = Math.max(0, Math.min(qs, para.start() - shiftStart));
                int pe = Math.min(edited.length(), ps + (para.end() - para.start()));
                dump.println("NOT-CAUGHT  " + (d == null ? "not found" : d.kind() + "/" + d.status() + " speaker="
                        + (d.speaker() == null ? null : d.speaker().text()) + " cue=" + (d.cue() == null ? null : d.cue().text()))
                        + "  in: "
                        + edited.substring(ps, pe).replace('\n', ' '));
            }
        }
    }

    static List<Span2> paragraphs(String text) {
        List<Span2> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) == '\n') {
                int j = i + 1;
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                    j++;
                }
                if (j < n && text.charAt(j) == '\n') {
                    out.add(new Span2(start, i));
                    while (j < n && Character.isWhitespace(text.charAt(j))) {
                        j++;
                    }
                    start = j;
                    i = j;
                    continue;
                }
            }
            i++;
        }
        out.add(new Span2(start, n));
        return out;
    }

    private static Span2 paragraphOf(List<Span2> paragraphs, int pos) {
        for (Span2 p : paragraphs) {
            if (p.start() <= pos && pos < p.end()) {
                return p;
            }
        }
        return null;
    }

    private static boolean inside(Span2 p, int s, int e) {
        return p.start() <= s && e <= p.end();
    }

    private static String context(String text, int s, int e) {
        int from = Math.max(0, s - 160);
        int to = Math.min(text.length(), e + 100);
        return (text.substring(from, s) + "[[" + text.substring(s, e) + "]]" + text.substring(e, to)).replace('\n', ' ');
    }

    // ------------------------------------------------------------------ speed

    static long words(String text) {
        long w = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                w++;
            }
            in = !space;
        }
        return w;
    }

    /** Result of a speed run: words per CPU-second of the measuring thread, and per wall-clock second. */
    record Speed(double perCpuSecond, double perWallSecond, int rounds) {
    }

    /**
     * Words per second on one thread after a warm-up. The rate is taken over the thread's own CPU time
     * (ThreadMXBean), which is what "per core" means and is not skewed by other processes on a shared machine;
     * the wall-clock rate is reported next to it.
     */
    static Speed wordsPerSecond(QuoteDetector detector, List<String> texts, long warmNanos, long measureNanos) {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long words = 0;
        for (String t : texts) {
            words += words(t);
        }
        long sink = 0;
        long warmEnd = System.nanoTime() + warmNanos;
        do {
            for (String t : texts) {
                sink += detector.analyze(t).quotes().size();
            }
        } while (System.nanoTime() < warmEnd);
        int rounds = 0;
        long cpu0 = bean.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        do {
            for (String t : texts) {
                sink += detector.analyze(t).quotes().size();
            }
            rounds++;
        } while (System.nanoTime() - wall0 < measureNanos);
        long cpu = bean.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        if (sink == 42) {
            System.out.print("");
        }
        return new Speed(words * rounds * 1e9 / Math.max(1, cpu), words * rounds * 1e9 / Math.max(1, wall), rounds);
    }

    // ------------------------------------------------------------------ report

    static void run(Path corpus, PrintStream out, boolean speed) throws IOException {
        List<Article> articles = load(corpus);
        QuoteDetector detector = new QuoteDetector();
        boolean dumpTuning = "tuning".equals(System.getProperty("copydesk.quotes.dump"));
        Tally tuning = new Tally();
        Tally held = new Tally();
        for (Article a : articles) {
            PrintStream dump = dumpTuning && a.tuning() ? out : null;
            if (dump != null) {
                dump.println("=== " + a.id());
            }
            Tally t = score(detector, a, dump);
            (a.tuning() ? tuning : held).add(t);
        }
        Tally all = new Tally();
        all.add(tuning);
        all.add(held);
        if (dumpTuning) {
            // per-outlet rows, tuning half only
            java.util.Map<String, Tally> byOutlet = new java.util.TreeMap<>();
            for (Article a : articles) {
                if (a.tuning()) {
                    byOutlet.computeIfAbsent(a.id().substring(0, a.id().indexOf('_')), k -> new Tally())
                            .add(score(detector, a, null));
                }
            }
            byOutlet.forEach((k, v) -> row(out, k.length() > 9 ? k.substring(0, 9) : k, v));
        }

        out.println();
        out.println("Quote detector on " + corpus.getFileName() + " (" + all.articles + " articles, " + all.gold
                + " quotes; split by article-id hash: tuning " + tuning.articles + ", held-out " + held.articles + ")");
        out.println(String.format(Locale.ROOT, "%-9s %8s %6s %9s %7s %6s %8s %13s %17s", "split", "articles",
                "quotes", "precision", "recall", "F1", "speaker", "false alarms", "unsourced recall"));
        row(out, "tuning", tuning);
        row(out, "held-out", held);
        row(out, "all", all);
        out.println("targets: F1 >= 0.97, speaker >= 0.92, false alarms <= 2%, unsourced recall >= 0.95,"
                + " >= 5,000,000 words/s per core");
        if (speed) {
            List<String> texts = new ArrayList<>();
            for (Article a : articles) {
                texts.add(a.text());
            }
            long words = 0;
            for (String t : texts) {
                words += words(t);
            }
            Speed corpusSpeed = wordsPerSecond(detector, texts, 5_000_000_000L, 5_000_000_000L);
            out.println(String.format(Locale.ROOT,
                    "speed: %,.0f words per CPU-second on one thread over the corpus (%,d words x %d rounds after a"
                            + " 5 s warm-up; wall clock %,.0f words/s)", corpusSpeed.perCpuSecond(), words,
                    corpusSpeed.rounds(), corpusSpeed.perWallSecond()));
            String big = SyntheticNews.generate(10 * 1024 * 1024, 7L);
            Speed bigSpeed = wordsPerSecond(detector, List.of(big), 3_000_000_000L, 5_000_000_000L);
            out.println(String.format(Locale.ROOT,
                    "speed: %,.0f words per CPU-second on a synthetic 10 MB article (%,d words x %d rounds;"
                            + " wall clock %,.0f words/s)", bigSpeed.perCpuSecond(), words(big), bigSpeed.rounds(),
                    bigSpeed.perWallSecond()));
        }
    }

    /** Scores every article of a set; {@code dump} (or null) receives a description of every error. */
    static Tally scoreSet(List<Article> articles, PrintStream dump) {
        QuoteDetector detector = new QuoteDetector();
        Tally all = new Tally();
        for (Article a : articles) {
            if (dump != null) {
                dump.println("=== " + a.id());
            }
            all.add(score(detector, a, dump));
        }
        return all;
    }

    /**
     * The two project sets, scored the same way as the corpus. {@code -Dcopydesk.quotes.dump=studied} prints the
     * errors on the studied set (never on the held-out set).
     */
    static void runProjectSets(PrintStream out) throws IOException {
        boolean dump = "studied".equals(System.getProperty("copydesk.quotes.dump"));
        List<Article> studiedSet = AnnotatedArticles.load(STUDIED_SET);
        List<Article> heldSet = AnnotatedArticles.load(HELD_OUT_SET);
        Tally studied = scoreSet(studiedSet, dump ? out : null);
        Tally held = scoreSet(heldSet, null);
        out.println();
        out.println("Quote detector on the project's own annotated articles (src/test/resources/quotes)");
        out.println(String.format(Locale.ROOT, "%-9s %8s %6s %9s %7s %6s %8s %13s %17s", "set", "articles",
                "quotes", "precision", "recall", "F1", "speaker", "false alarms", "unsourced recall"));
        row(out, "studied", studied);
        row(out, "held-out", held);
        out.println("speech the writers left unattributed (a chant, a sign, a line nobody is named for), flagged "
                + "unsourced or vague: studied " + writtenUnsourced(studiedSet) + ", held-out " + writtenUnsourced(heldSet));
        SpeakerNames.print(out, "studied", SpeakerNames.score(SpeakerNames.load(SpeakerNames.STUDIED_NAMES), STUDIED_SET,
                dump ? out : null));
        SpeakerNames.print(out, "held-out", SpeakerNames.score(SpeakerNames.load(SpeakerNames.HELD_OUT_NAMES),
                HELD_OUT_SET, null));
    }

    /**
     * Of the gold speech quotes with no speaker (written unsourced, not made so by deleting words), how many the
     * detector flags, as "flagged/all". Not one of the corpus README's measures: the writers disagree on whether a
     * chant or a sign needs a source, and the detector reads "demonstrators chanted “...”" as attributed.
     */
    static String writtenUnsourced(List<Article> articles) {
        QuoteDetector detector = new QuoteDetector();
        int all = 0;
        int flagged = 0;
        for (Article a : articles) {
            List<Quote> found = detector.analyze(a.text()).quotes();
            for (GoldQuote g : a.quotes()) {
                if (g.hasSource()) {
                    continue;
                }
                all++;
                for (Quote q : found) {
                    if (q.start() < g.end() && g.start() < q.end()) {
                        flagged += q.needsSource() ? 1 : 0;
                        break;
                    }
                }
            }
        }
        return flagged + "/" + all;
    }

    private static void row(PrintStream out, String name, Tally t) {
        out.println(String.format(Locale.ROOT, "%-9s %8d %6d %9.3f %7.3f %6.3f %8.3f %6.1f%% %2d/%-3d %6.3f %3d/%-3d",
                name, t.articles, t.gold, t.precision(), t.recall(), t.f1(), t.speakerAccuracy(),
                100 * t.falseAlarmRate(), t.falseAlarms, t.sourced, t.unsourcedRecall(), t.unsourcedCaught,
                t.unsourcedCases));
    }
}
