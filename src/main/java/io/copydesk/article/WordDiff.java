package io.copydesk.article;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * Word-level diff for prose, readable by an editor: insertions and deletions of words and punctuation,
 * paragraph structure kept, whitespace differences ignored.
 * <p>
 * Myers' algorithm costs O((N+M)·D); on a 10,000-word rewrite D is large and a flat word diff takes
 * seconds. So the diff is hierarchical (see docs/adr/0002-word-diff.md): paragraphs first, then
 * sentences inside changed paragraphs, then words inside changed sentences. Each Myers run sees at most
 * a few thousand units, which bounds the worst case while keeping small edits exact.
 */
public final class WordDiff {

    /** A change region with at most this many tokens is diffed word by word in one go. */
    static final int DIRECT_TOKENS = 1500;
    /** Largest token-level problem (product of both sides) tried before showing a plain replacement. */
    static final long MAX_CELLS = 4_000_000L;

    public enum Kind {
        EQUAL, INSERT, DELETE
    }

    public record Segment(Kind kind, String text) {
        public boolean inserted() {
            return kind == Kind.INSERT;
        }

        public boolean deleted() {
            return kind == Kind.DELETE;
        }
    }

    public record Paragraph(List<Segment> segments) {
        public boolean changed() {
            return segments.stream().anyMatch(s -> s.kind != Kind.EQUAL);
        }

        /** True when the whole paragraph is new (or gone), to style it as a block. */
        public boolean only(Kind kind) {
            return segments.stream().allMatch(s -> s.kind == kind || s.text.isBlank());
        }
    }

    public record Result(List<Paragraph> paragraphs, int wordsAdded, int wordsRemoved) {
        public boolean unchanged() {
            return wordsAdded == 0 && wordsRemoved == 0;
        }

        /** Index of the first paragraph with a change, -1 if none: long diffs link to it. */
        public int firstChanged() {
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).changed()) {
                    return i;
                }
            }
            return -1;
        }
    }

    private WordDiff() {
    }

    public static Result diff(String from, String to) {
        Tokens a = Tokens.of(from == null ? "" : from);
        Tokens b = Tokens.of(to == null ? "" : to);
        Ops ops = new Ops();
        diffRange(a, 0, a.size, b, 0, b.size, Level.PARAGRAPH, ops);
        return ops.render(a, b);
    }

    /** Only the number of words added and removed, for the history. */
    public static int[] counts(String from, String to) {
        Result r = diff(from, to);
        return new int[] { r.wordsAdded, r.wordsRemoved };
    }

    private enum Level {
        PARAGRAPH, SENTENCE, TOKEN
    }

    private static void diffRange(Tokens a, int a0, int a1, Tokens b, int b0, int b1, Level level, Ops out) {
        if (a0 == a1 && b0 == b1) {
            return;
        }
        if (a0 == a1 || b0 == b1) {
            out.change(a0, a1, b0, b1);
            return;
        }
        if (level == Level.TOKEN || (a1 - a0) + (b1 - b0) <= DIRECT_TOKENS) {
            tokenDiff(a, a0, a1, b, b0, b1, out);
            return;
        }
        List<int[]> ua = units(a, a0, a1, level);
        List<int[]> ub = units(b, b0, b1, level);
        List<String> ka = keys(a, ua);
        List<String> kb = keys(b, ub);
        Level next = level == Level.PARAGRAPH ? Level.SENTENCE : Level.TOKEN;
        // java-diff-utils reports a replacement as an insertion and a deletion; the units between two
        // equal runs are handled together as one change region.
        int ia = 0;
        int ib = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(ka, kb, new MeyersDiffWithLinearSpace<>(), null, true)
                .getDeltas()) {
            if (delta.getType() != DeltaType.EQUAL) {
                continue;
            }
            int sa = delta.getSource().getPosition();
            int sb = delta.getTarget().getPosition();
            changeRegion(a, ua, ia, sa, a1, b, ub, ib, sb, b1, next, out);
            int la = delta.getSource().size();
            int lb = delta.getTarget().size();
            out.equal(start(ua, sa, a1), end(ua, sa, la, a1), start(ub, sb, b1), end(ub, sb, lb, b1));
            ia = sa + la;
            ib = sb + lb;
        }
        changeRegion(a, ua, ia, ua.size(), a1, b, ub, ib, ub.size(), b1, next, out);
    }

    /** Units [sa, ea) of a replaced by units [sb, eb) of b. */
    private static void changeRegion(Tokens a, List<int[]> ua, int sa, int ea, int limitA, Tokens b, List<int[]> ub,
            int sb, int eb, int limitB, Level next, Ops out) {
        int la = ea - sa;
        int lb = eb - sb;
        if (la == 0 && lb == 0) {
            return;
        }
        int ca0 = start(ua, sa, limitA);
        int ca1 = end(ua, sa, la, limitA);
        int cb0 = start(ub, sb, limitB);
        int cb1 = end(ub, sb, lb, limitB);
        if ((ca1 - ca0) + (cb1 - cb0) <= DIRECT_TOKENS || la == 0 || lb == 0) {
            diffRange(a, ca0, ca1, b, cb0, cb1, Level.TOKEN, out);
            return;
        }
        // A large rewrite: pair units by position and diff each pair one level down.
        int pairs = Math.min(la, lb);
        for (int i = 0; i < pairs; i++) {
            int[] ra = ua.get(sa + i);
            int[] rb = ub.get(sb + i);
            int raEnd = i == pairs - 1 && la == pairs ? ca1 : ra[1];
            int rbEnd = i == pairs - 1 && lb == pairs ? cb1 : rb[1];
            diffRange(a, ra[0], raEnd, b, rb[0], rbEnd, next, out);
        }
        if (la > pairs) {
            out.change(ua.get(sa + pairs)[0], ca1, cb1, cb1);
        } else if (lb > pairs) {
            out.change(ca1, ca1, ub.get(sb + pairs)[0], cb1);
        }
    }

    private static int start(List<int[]> units, int index, int limit) {
        return index < units.size() ? units.get(index)[0] : limit;
    }

    /** End of the last unit of a run; the last unit of a range also owns any trailing separator tokens. */
    private static int end(List<int[]> units, int index, int length, int limit) {
        if (length == 0) {
            return start(units, index, limit);
        }
        int last = index + length - 1;
        return last == units.size() - 1 ? limit : units.get(last + 1)[0];
    }

    private static void tokenDiff(Tokens a, int a0, int a1, Tokens b, int b0, int b1, Ops out) {
        if ((long) (a1 - a0) * (b1 - b0) > MAX_CELLS) {
            out.change(a0, a1, b0, b1);
            return;
        }
        List<String> ta = a.slice(a0, a1);
        List<String> tb = b.slice(b0, b1);
        int ia = a0;
        int ib = b0;
        for (AbstractDelta<String> delta : DiffUtils.diff(ta, tb, new MeyersDiffWithLinearSpace<>(), null, true)
                .getDeltas()) {
            if (delta.getType() != DeltaType.EQUAL) {
                continue;
            }
            int sa = a0 + delta.getSource().getPosition();
            int sb = b0 + delta.getTarget().getPosition();
            out.change(ia, sa, ib, sb);
            ia = sa + delta.getSource().size();
            ib = sb + delta.getTarget().size();
            out.equal(sa, ia, sb, ib);
        }
        out.change(ia, a1, ib, b1);
    }

    /** Splits a token range into paragraphs (at paragraph marks) or sentences (after . ! ? and closing quotes). */
    private static List<int[]> units(Tokens t, int from, int to, Level level) {
        List<int[]> units = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            boolean boundary;
            if (level == Level.PARAGRAPH) {
                boundary = t.paragraph[i];
            } else {
                boundary = t.paragraph[i] || (t.sentenceEnd(i) && !(i + 1 < to && t.closing(i + 1)));
            }
            if (boundary) {
                units.add(new int[] { start, i + 1 });
                start = i + 1;
            }
        }
        if (start < to) {
            units.add(new int[] { start, to });
        }
        return units;
    }

    private static List<String> keys(Tokens t, List<int[]> units) {
        List<String> keys = new ArrayList<>(units.size());
        for (int[] u : units) {
            keys.add(String.join(" ", t.slice(u[0], u[1])));
        }
        return keys;
    }

    /** Tokens of a text: words, single punctuation marks and paragraph marks, with the whitespace before each. */
    static final class Tokens {
        static final String PARAGRAPH_MARK = "\u00b6";
        final String[] text;
        final boolean[] paragraph;
        final boolean[] word;
        final boolean[] spaceBefore;
        final int size;

        private Tokens(List<String> text, List<Boolean> spaceBefore) {
            this.size = text.size();
            this.text = text.toArray(new String[0]);
            this.paragraph = new boolean[size];
            this.word = new boolean[size];
            this.spaceBefore = new boolean[size];
            for (int i = 0; i < size; i++) {
                paragraph[i] = this.text[i].equals(PARAGRAPH_MARK);
                word[i] = Character.isLetterOrDigit(this.text[i].codePointAt(0));
                this.spaceBefore[i] = spaceBefore.get(i);
            }
        }

        static Tokens of(String s) {
            List<String> text = new ArrayList<>();
            List<Boolean> space = new ArrayList<>();
            int i = 0;
            int n = s.length();
            boolean pendingSpace = false;
            int newlines = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    pendingSpace = true;
                    if (c == '\n') {
                        newlines++;
                    }
                    i++;
                    continue;
                }
                if (newlines >= 2 && !text.isEmpty()) {
                    text.add(PARAGRAPH_MARK);
                    space.add(false);
                    pendingSpace = false;
                }
                newlines = 0;
                int start = i;
                if (Character.isLetterOrDigit(c)) {
                    i++;
                    while (i < n) {
                        char d = s.charAt(i);
                        if (Character.isLetterOrDigit(d) || Character.isSurrogate(d)
                                || (isJoiner(d) && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1)))) {
                            i++;
                        } else {
                            break;
                        }
                    }
                } else {
                    i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                }
                text.add(s.substring(start, i));
                space.add(pendingSpace);
                pendingSpace = false;
            }
            return new Tokens(text, space);
        }

        private static boolean isJoiner(char c) {
            return c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == ',';
        }

        List<String> slice(int from, int to) {
            return java.util.Arrays.asList(text).subList(from, to);
        }

        boolean sentenceEnd(int i) {
            String t = text[i];
            return t.equals(".") || t.equals("!") || t.equals("?");
        }

        boolean closing(int i) {
            String t = text[i];
            return t.equals("\u201d") || t.equals("\"") || t.equals("\u2019") || t.equals(")");
        }
    }

    /** The diff as runs over token ranges, rendered into paragraphs of segments. */
    private static final class Ops {
        private final List<int[]> runs = new ArrayList<>(); // kind(0 equal,1 change), a0, a1, b0, b1

        void equal(int a0, int a1, int b0, int b1) {
            if (a0 < a1) {
                add(0, a0, a1, b0, b1);
            }
        }

        void change(int a0, int a1, int b0, int b1) {
            if (a0 < a1 || b0 < b1) {
                add(1, a0, a1, b0, b1);
            }
        }

        private void add(int kind, int a0, int a1, int b0, int b1) {
            if (!runs.isEmpty()) {
                int[] last = runs.get(runs.size() - 1);
                if (last[0] == kind && last[2] == a0 && last[4] == b0) {
                    last[2] = a1;
                    last[4] = b1;
                    return;
                }
            }
            runs.add(new int[] { kind, a0, a1, b0, b1 });
        }

        Result render(Tokens a, Tokens b) {
            slideToBoundaries(a, b);
            absorbShortEqualities(a);
            Renderer r = new Renderer();
            int added = 0;
            int removed = 0;
            for (int[] run : runs) {
                if (run[0] == 0) {
                    for (int i = run[3]; i < run[4]; i++) {
                        r.token(b, i, Kind.EQUAL);
                    }
                    continue;
                }
                for (int i = run[1]; i < run[2]; i++) {
                    r.token(a, i, Kind.DELETE);
                    removed += a.word[i] ? 1 : 0;
                }
                for (int i = run[3]; i < run[4]; i++) {
                    r.token(b, i, Kind.INSERT);
                    added += b.word[i] ? 1 : 0;
                }
            }
            return new Result(r.finish(), added, removed);
        }

        /**
         * Myers may place an inserted paragraph as ". ¶ Second" instead of "Second . ¶": equally short, but
         * unreadable. A pure insertion or deletion between equal runs can slide along tokens that repeat; it
         * is moved to where it best starts and ends at paragraph and sentence boundaries.
         */
        private void slideToBoundaries(Tokens a, Tokens b) {
            for (int i = 0; i < runs.size(); i++) {
                int[] run = runs.get(i);
                boolean insert = run[0] == 1 && run[1] == run[2];
                boolean delete = run[0] == 1 && run[3] == run[4];
                if (!insert && !delete) {
                    continue;
                }
                int[] before = i > 0 && runs.get(i - 1)[0] == 0 ? runs.get(i - 1) : null;
                int[] after = i + 1 < runs.size() && runs.get(i + 1)[0] == 0 ? runs.get(i + 1) : null;
                if (before == null || after == null) {
                    continue;
                }
                Tokens t = insert ? b : a;
                int s = insert ? run[3] : run[1];
                int e = insert ? run[4] : run[2];
                int minShift = -(before[2] - before[1]);
                int maxShift = after[2] - after[1];
                int left = 0;
                while (left > minShift && t.text[s + left - 1].equals(t.text[e + left - 1])) {
                    left--;
                }
                int right = 0;
                while (right < maxShift && t.text[s + right].equals(t.text[e + right])) {
                    right++;
                }
                int best = 0;
                int bestScore = Integer.MIN_VALUE;
                for (int k = left; k <= right; k++) {
                    int score = boundaryScore(t, s + k, e + k);
                    if (score > bestScore) {
                        bestScore = score;
                        best = k;
                    }
                }
                if (best != 0) {
                    before[2] += best;
                    before[4] += best;
                    after[1] += best;
                    after[3] += best;
                    if (insert) {
                        run[1] = run[2] = before[2];
                        run[3] += best;
                        run[4] += best;
                    } else {
                        run[1] += best;
                        run[2] += best;
                        run[3] = run[4] = before[4];
                    }
                }
            }
            runs.removeIf(r -> r[1] == r[2] && r[3] == r[4]);
        }

        private static int boundaryScore(Tokens t, int s, int e) {
            int score = 0;
            if (s == 0 || t.paragraph[s - 1]) {
                score += 3;
            } else if (t.sentenceEnd(s - 1)) {
                score += 2;
            }
            if (t.paragraph[e - 1]) {
                score += 3;
            } else if (t.sentenceEnd(e - 1)) {
                score += 1;
            }
            if (t.paragraph[s]) {
                score += 2;
            }
            if (e == t.size) {
                score += 1;
            }
            return score;
        }

        /**
         * "the" or a comma left standing between two rewritten passages makes a diff hard to read; such
         * short equal runs between changes are shown as part of the change instead (as diff-match-patch's
         * semantic cleanup does).
         */
        private void absorbShortEqualities(Tokens a) {
            for (int i = 1; i + 1 < runs.size(); i++) {
                int[] eq = runs.get(i);
                if (eq[0] != 0) {
                    continue;
                }
                int[] before = runs.get(i - 1);
                int[] after = runs.get(i + 1);
                int len = eq[2] - eq[1];
                boolean hasParagraph = false;
                for (int k = eq[1]; k < eq[2]; k++) {
                    hasParagraph |= a.paragraph[k];
                }
                int changedBefore = Math.max(before[2] - before[1], before[4] - before[3]);
                int changedAfter = Math.max(after[2] - after[1], after[4] - after[3]);
                if (!hasParagraph && len <= 2 && changedBefore >= 2 * len && changedAfter >= 2 * len) {
                    runs.set(i - 1, new int[] { 1, before[1], after[2], before[3], after[4] });
                    runs.remove(i + 1);
                    runs.remove(i);
                    i--;
                }
            }
        }
    }

    private static final class Renderer {
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private List<Segment> segments = new ArrayList<>();
        private Kind kind;
        private final StringBuilder text = new StringBuilder();

        void token(Tokens t, int i, Kind k) {
            if (t.paragraph[i]) {
                if (k == Kind.DELETE) {
                    append(Kind.DELETE, " " + Tokens.PARAGRAPH_MARK);
                } else {
                    flush();
                    paragraphs.add(new Paragraph(segments));
                    segments = new ArrayList<>();
                }
                return;
            }
            boolean space = t.spaceBefore[i] && !(segments.isEmpty() && text.isEmpty());
            if (space && k != Kind.EQUAL && kind != k) {
                // The space before a changed run belongs to the unchanged text: "take [two] [three] years".
                append(Kind.EQUAL, " ");
                append(k, t.text[i]);
                return;
            }
            append(k, space ? " " + t.text[i] : t.text[i]);
        }

        private void append(Kind k, String s) {
            if (kind != k) {
                flush();
                kind = k;
            }
            text.append(s);
        }

        private void flush() {
            if (!text.isEmpty()) {
                segments.add(new Segment(kind, text.toString()));
                text.setLength(0);
            }
        }

        List<Paragraph> finish() {
            flush();
            if (!segments.isEmpty()) {
                paragraphs.add(new Paragraph(segments));
            }
            return paragraphs;
        }
    }
}
