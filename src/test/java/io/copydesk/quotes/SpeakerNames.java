package io.copydesk.quotes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Measures the name shown on hover: for a hand-checked sample of studied quotes whose speaker is "he", "she" or a
 * bare surname, the full name the article gives that person (src/test/resources/quotes/names-studied.json, written
 * by reading each article, without looking at the detector's answer). The corpus measures only check the mention;
 * this checks what it refers to.
 */
final class SpeakerNames {

    static final String STUDIED_NAMES = "/quotes/names-studied.json";
    /** The same for held-out articles, written by helpers who read them; only its summary is ever printed. */
    static final String HELD_OUT_NAMES = "/quotes/names-heldout.json";

    /** One checked quote: the {@code qi}-th annotated quote of article {@code id}, and who its mention refers to. */
    record Gold(String id, int qi, String quote, String mention, String name) {
    }

    static final class Score {
        int total;
        int right;
        /** Right about the surname at least (the detector gave "Ruiz" where the article also wrote "Ana Ruiz"). */
        int surnameRight;

        double accuracy() {
            return total == 0 ? 0 : (double) right / total;
        }
    }

    private SpeakerNames() {
    }

    static List<Gold> load(String resource) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (JsonNode g : read(resource)) {
            out.add(new Gold(g.get("id").asText(), g.get("qi").asInt(), g.get("quote").asText(),
                    g.get("mention").asText(), g.path("name").isNull() ? null : g.get("name").asText()));
        }
        return out;
    }

    /**
     * Scores every checked quote of articles in {@code articleSet}; {@code dump} (or null, always for held-out
     * articles) receives each wrong name with its sentence.
     */
    static Score score(List<Gold> golds, String articleSet, PrintStream dump) throws IOException {
        JsonNode articles = read(articleSet);
        QuoteDetector detector = new QuoteDetector();
        Map<JsonNode, List<Quote>> found = new IdentityHashMap<>();
        Score s = new Score();
        for (Gold g : golds) {
            JsonNode a = article(articles, g);
            String text = a.get("text").asText();
            int start = quoteStart(a, g.qi());
            Quote q = null;
            for (Quote d : found.computeIfAbsent(a, k -> detector.analyze(text).quotes())) {
                if (d.start() <= start && start < d.end()) {
                    q = d;
                    break;
                }
            }
            String name = q == null || q.speaker() == null ? null : q.speaker().name();
            s.total++;
            boolean right = same(name, g.name());
            s.right += right ? 1 : 0;
            s.surnameRight += right || sameSurname(name, g.name()) ? 1 : 0;
            if (!right && dump != null) {
                int from = Math.max(0, start - 200);
                dump.println("NAME  " + g.id() + "#" + g.qi() + " gold=" + g.name() + " ours=" + name + " mention="
                        + (q == null || q.speaker() == null ? null : q.speaker().text()) + "  in: "
                        + text.substring(from, Math.min(text.length(), start + 150)).replace('\n', ' '));
            }
        }
        return s;
    }

    static void print(PrintStream out, String set, Score s) {
        out.println(String.format(Locale.ROOT, "names shown for he/she and surname speakers (hand-checked, %d %s "
                + "quotes): %.3f right (%d), surname right %d", s.total, set, s.accuracy(), s.right, s.surnameRight));
    }

    /** The article the checked quote is in: its id and its {@code qi}-th quote (a few ids occur twice in the set). */
    private static JsonNode article(JsonNode articles, Gold g) throws IOException {
        for (JsonNode a : articles) {
            JsonNode quotes = a.get("quotes");
            if (a.get("id").asText().equals(g.id()) && g.qi() < quotes.size()
                    && quotes.get(g.qi()).get("quote").asText().equals(g.quote())) {
                return a;
            }
        }
        throw new IOException("names gold: no studied article " + g.id() + " with quote " + g.qi() + ": " + g.quote());
    }

    /** Where the {@code qi}-th annotated quote starts, found in order as {@link AnnotatedArticles} finds it. */
    private static int quoteStart(JsonNode article, int qi) throws IOException {
        String text = article.get("text").asText();
        int from = 0;
        int start = -1;
        JsonNode quotes = article.get("quotes");
        for (int i = 0; i <= qi; i++) {
            start = text.indexOf(quotes.get(i).get("quote").asText(), from);
            if (start < 0) {
                throw new IOException(article.get("id").asText() + ": quote " + i + " not found in order");
            }
            from = start + 1;
        }
        return start;
    }

    private static boolean same(String ours, String gold) {
        return ours == null || gold == null ? ours == gold : norm(ours).equals(norm(gold));
    }

    private static boolean sameSurname(String ours, String gold) {
        if (ours == null || gold == null) {
            return false;
        }
        String[] a = norm(ours).split(" ");
        String[] b = norm(gold).split(" ");
        return a[a.length - 1].equals(b[b.length - 1]);
    }

    private static String norm(String name) {
        return name.replace('\u2019', '\'').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    private static JsonNode read(String resource) throws IOException {
        try (var in = SpeakerNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("test resource " + resource + " is missing");
            }
            return new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
