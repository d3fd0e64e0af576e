package io.copydesk.article;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers shared by the article pages: normalising what users paste, counting words, slugs. */
public final class Texts {

    private Texts() {
    }

    /**
     * What is stored: Unix line ends, no byte-order mark or control characters, no trailing blank space.
     * Offsets of annotations and quote findings refer to this normalised text.
     */
    public static String normalizeBody(String body) {
        if (body == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t' || !(Character.isISOControl(c) || c == '\uFEFF')) {
                out.append(c);
            }
        }
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && Character.isWhitespace(out.charAt(start))) {
            start++;
        }
        return out.substring(start, end);
    }

    public static String normalizeLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    public static int wordCount(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter || (inWord && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019'));
        }
        return count;
    }

    /** "Ukraine army retakes Kharkiv!" becomes "ukraine-army-retakes-kharkiv". */
    public static String slugify(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 80) {
            ascii = ascii.substring(0, 80).replaceAll("-+[^-]*$", "");
        }
        return ascii.isEmpty() ? "story" : ascii;
    }
}
