package io.copydesk.review;

/**
 * Keeps an annotation on its passage while the text changes. An annotation stores a text-quote
 * selector: the exact passage, some text before and after it, and its position in the revision it was
 * last anchored to. On a new revision the passage is looked for, in this order:
 * <ol>
 * <li>EXACT: the same passage, at the occurrence whose context matches best, near its old place;</li>
 * <li>CONTEXT: the text before and after it, still close together: the passage was edited inside
 * (when before and after now touch, the passage was deleted: ORPHANED);</li>
 * <li>FUZZY: an approximate match (edit distance at most a quarter of its length) near its old place;</li>
 * <li>otherwise ORPHANED: shown with its last known text, never dropped.</li>
 * </ol>
 * Plain Java, linear in the text except for the bounded fuzzy window.
 */
public final class Anchoring {

    public enum Method {
        EXACT, CONTEXT, FUZZY, ORPHANED
    }

    /** Characters of context kept before and after a passage. */
    public static final int CONTEXT = 32;
    /** Longest passage compared character by character in the fuzzy step. */
    static final int FUZZY_MAX_QUOTE = 1000;

    public record Selector(String quote, String prefix, String suffix, int start, int end) {
    }

    public record Anchor(Method method, int start, int end) {
        public boolean orphaned() {
            return method == Method.ORPHANED;
        }
    }

    private Anchoring() {
    }

    public static Selector select(String text, int start, int end) {
        return new Selector(text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)), start, end);
    }

    /**
     * Finds the selector's passage in {@code newText}. {@code oldText}, when known, is the text the
     * selector's offsets refer to; it sharpens the guess of where the passage moved.
     */
    public static Anchor anchor(Selector s, String oldText, String newText) {
        if (s.quote().isEmpty()) {
            return new Anchor(Method.ORPHANED, 0, 0);
        }
        int hint = hint(s.start(), oldText, newText);
        int slack = 300 + (oldText == null ? 0 : Math.abs(newText.length() - oldText.length()));

        int best = -1;
        long bestScore = Long.MIN_VALUE;
        for (int at = newText.indexOf(s.quote()); at >= 0; at = newText.indexOf(s.quote(), at + 1)) {
            int context = contextMatch(newText, at, at + s.quote().length(), s);
            long score = (long) context * 1_000_000L - Math.abs(at - hint);
            if (score > bestScore) {
                bestScore = score;
                best = at;
            }
        }
        if (best >= 0) {
            int context = contextMatch(newText, best, best + s.quote().length(), s);
            boolean near = Math.abs(best - hint) <= slack;
            if (near || context >= Math.min(16, s.prefix().length() + s.suffix().length())) {
                return new Anchor(Method.EXACT, best, best + s.quote().length());
            }
        }

        Anchor byContext = byContext(s, newText, hint, slack);
        if (byContext != null) {
            return byContext;
        }
        Anchor fuzzy = fuzzy(s.quote(), newText, hint, slack);
        return fuzzy != null ? fuzzy : new Anchor(Method.ORPHANED, 0, 0);
    }

    /** Where the passage should be now: its old offset shifted by the edits made before it. */
    static int hint(int oldStart, String oldText, String newText) {
        if (oldText == null) {
            return Math.min(oldStart, newText.length());
        }
        int n = Math.min(oldText.length(), newText.length());
        int prefix = 0;
        while (prefix < n && oldText.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        if (oldStart <= prefix) {
            return oldStart;
        }
        int suffix = 0;
        while (suffix < n - prefix
                && oldText.charAt(oldText.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        int delta = newText.length() - oldText.length();
        if (oldStart >= oldText.length() - suffix) {
            return oldStart + delta;
        }
        double changed = Math.max(1, oldText.length() - suffix - prefix);
        return (int) Math.max(0, Math.min(newText.length(), oldStart + delta * ((oldStart - prefix) / changed)));
    }

    /** How many characters of the stored context match around [start, end) in the text. */
    static int contextMatch(String text, int start, int end, Selector s) {
        int matched = 0;
        String prefix = s.prefix();
        for (int i = 1; i <= prefix.length() && start - i >= 0; i++) {
            if (text.charAt(start - i) != prefix.charAt(prefix.length() - i)) {
                break;
            }
            matched++;
        }
        String suffix = s.suffix();
        for (int i = 0; i < suffix.length() && end + i < text.length(); i++) {
            if (text.charAt(end + i) != suffix.charAt(i)) {
                break;
            }
            matched++;
        }
        return matched;
    }

    private static Anchor byContext(Selector s, String text, int hint, int slack) {
        if (s.prefix().length() < 8 || s.suffix().length() < 8) {
            return null; // too little context (start or end of the story) to be sure
        }
        int bestStart = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int p = text.indexOf(s.prefix()); p >= 0; p = text.indexOf(s.prefix(), p + 1)) {
            int after = p + s.prefix().length();
            int distance = Math.abs(after - hint);
            if (distance < bestDistance && distance <= slack) {
                bestDistance = distance;
                bestStart = after;
            }
        }
        if (bestStart < 0) {
            return null;
        }
        int maxGap = 2 * s.quote().length() + 50;
        int suffixAt = text.indexOf(s.suffix(), bestStart);
        if (suffixAt < 0 || suffixAt - bestStart > maxGap) {
            return null;
        }
        if (text.substring(bestStart, suffixAt).isBlank()) {
            return new Anchor(Method.ORPHANED, 0, 0); // what was between the context is gone
        }
        return new Anchor(Method.CONTEXT, bestStart, suffixAt);
    }

    /**
     * Approximate substring match (Sellers' algorithm): the window position where the passage matches
     * with the fewest insertions, deletions and substitutions, if at most a quarter of its length.
     */
    static Anchor fuzzy(String quote, String text, int hint, int slack) {
        String pattern = quote.length() > FUZZY_MAX_QUOTE ? quote.substring(0, FUZZY_MAX_QUOTE) : quote;
        int m = pattern.length();
        int from = Math.max(0, hint - slack - m);
        int to = Math.min(text.length(), hint + slack + 2 * m);
        if (from >= to) {
            return null;
        }
        int[] cost = new int[m + 1];
        int[] origin = new int[m + 1];
        int[] nextCost = new int[m + 1];
        int[] nextOrigin = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
            origin[i] = from;
        }
        int bestCost = Integer.MAX_VALUE;
        int bestEnd = -1;
        int bestStart = -1;
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            nextCost[0] = 0;
            nextOrigin[0] = j + 1;
            for (int i = 1; i <= m; i++) {
                int sub = cost[i - 1] + (pattern.charAt(i - 1) == c ? 0 : 1);
                int del = cost[i] + 1;
                int ins = nextCost[i - 1] + 1;
                if (sub <= del && sub <= ins) {
                    nextCost[i] = sub;
                    nextOrigin[i] = origin[i - 1];
                } else if (del <= ins) {
                    nextCost[i] = del;
                    nextOrigin[i] = origin[i];
                } else {
                    nextCost[i] = ins;
                    nextOrigin[i] = nextOrigin[i - 1];
                }
            }
            if (nextCost[m] < bestCost) {
                bestCost = nextCost[m];
                bestEnd = j + 1;
                bestStart = nextOrigin[m];
            }
            int[] t = cost;
            cost = nextCost;
            nextCost = t;
            t = origin;
            origin = nextOrigin;
            nextOrigin = t;
        }
        if (bestEnd < 0 || bestCost > Math.max(1, m / 4) || bestStart >= bestEnd) {
            return null;
        }
        int end = quote.length() > FUZZY_MAX_QUOTE ? Math.min(text.length(), bestEnd + quote.length() - m) : bestEnd;
        return new Anchor(Method.FUZZY, bestStart, end);
    }
}
