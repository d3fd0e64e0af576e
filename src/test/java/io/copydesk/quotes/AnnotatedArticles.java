package io.copydesk.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.copydesk.quotes.QuoteCorpusEvaluation.Article;
import io.copydesk.quotes.QuoteCorpusEvaluation.GoldQuote;
import io.copydesk.quotes.QuoteCorpusEvaluation.Span2;

/**
 * Reads the project's own annotated articles (src/test/resources/quotes, format in its README). They are annotated
 * with strings rather than offsets so that a person can write and correct them: each quote is its exact text (in
 * order), its speaker the exact mention, found inside a short {@code speaker_hint} that occurs near the quote, and
 * its cue the exact attributing words nearest the speaker. This class turns them into the offsets the corpus
 * format uses, so both are scored by the same code.
 */
final class AnnotatedArticles {

    private AnnotatedArticles() {
    }

    static List<Article> load(String resource) throws IOException {
        try (var in = AnnotatedArticles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("test resource " + resource + " is missing");
            }
            JsonNode articles = new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Article> out = new ArrayList<>();
            for (JsonNode a : articles) {
                out.add(article(a));
            }
            return out;
        }
    }

    private static Article article(JsonNode a) throws IOException {
        String id = a.get("id").asText();
        String text = a.get("text").asText();
        List<GoldQuote> quotes = new ArrayList<>();
        List<Span2> spans = new ArrayList<>();
        int from = 0;
        boolean open = false; // the previous piece ran to its paragraph's end without a closing mark
        for (JsonNode q : a.get("quotes")) {
            String quote = q.get("quote").asText();
            int start = text.indexOf(quote, from);
            if (start < 0) {
                throw new IOException(id + ": quote not found in order: " + quote);
            }
            from = start + 1;
            int end = start + quote.length();
            Integer[] speaker = {null, null};
            Integer[] cue = {null, null};
            if (!q.path("speaker").isNull() && q.has("speaker")) {
                String mention = q.get("speaker").asText();
                String hint = q.get("speaker_hint").asText();
                int h = nearest(text, hint, start);
                int s = h < 0 ? -1 : h + wordIndex(hint, mention);
                if (s < h || h < 0) {
                    throw new IOException(id + ": speaker '" + mention + "' not in hint '" + hint + "'");
                }
                speaker = new Integer[] {s, s + mention.length()};
                if (!q.path("cue").isNull() && q.has("cue")) {
                    String words = q.get("cue").asText();
                    int c = nearest(text, words, s);
                    if (c >= 0 && Math.abs(c - s) < 300) {
                        cue = new Integer[] {c, c + words.length()};
                    }
                }
            }
            if (open) {
                // the next piece of a quote that runs over paragraphs: one span, as in the corpus format
                GoldQuote first = quotes.remove(quotes.size() - 1);
                Span2 firstSpan = spans.remove(spans.size() - 1);
                boolean sourced = first.speakerStart() != null;
                quotes.add(new GoldQuote(first.start(), end, sourced ? first.speakerStart() : speaker[0],
                        sourced ? first.speakerEnd() : speaker[1], sourced ? first.cueStart() : cue[0],
                        sourced ? first.cueEnd() : cue[1], true));
                spans.add(new Span2(firstSpan.start(), end));
            } else {
                quotes.add(new GoldQuote(start, end, speaker[0], speaker[1], cue[0], cue[1], false));
                spans.add(new Span2(start, end));
            }
            open = !closesQuote(quote) && (end == text.length() || text.charAt(end) == '\n');
        }
        List<Span2> others = new ArrayList<>();
        for (JsonNode o : a.path("other")) {
            String other = o.asText();
            for (int i = text.indexOf(other); i >= 0; i = text.indexOf(other, i + 1)) {
                int at = i;
                if (spans.stream().noneMatch(sp -> sp.start() <= at && at < sp.end())) {
                    others.add(new Span2(i, i + other.length()));
                }
            }
        }
        return new Article(id, text, quotes, others);
    }

    private static boolean closesQuote(String quote) {
        String t = quote.stripTrailing();
        if (t.startsWith("\u201C") || t.startsWith("\"")) {
            // a double-quoted piece that ends on a nested quotation's ’ (“... She said, ‘Mija, ...’) is still open
            return t.length() > 1 && (t.endsWith("\u201D") || t.endsWith("\""));
        }
        // a straight single-quoted span ('laughing at me', in a tabloid headline) closes with the same mark it opens with
        return t.endsWith("\u201D") || t.endsWith("\"") || t.endsWith("''") || t.endsWith("\u2019")
                || (t.length() > 1 && t.endsWith("'") && t.startsWith("'"));
    }

    /** Where {@code word} occurs in {@code s} as a whole word ("he" in "she wants, he quipped" is at 11). */
    private static int wordIndex(String s, String word) {
        for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
            int e = i + word.length();
            if ((i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                    && (e == s.length() || !Character.isLetterOrDigit(s.charAt(e)))) {
                return i;
            }
        }
        return -1;
    }

    /** The occurrence of {@code s} in {@code text} nearest to {@code anchor}, or -1. */
    private static int nearest(String text, String s, int anchor) {
        int best = -1;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            if (best < 0 || Math.abs(i - anchor) < Math.abs(best - anchor)) {
                best = i;
            }
        }
        return best;
    }
}
