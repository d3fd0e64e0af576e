package io.copydesk.quotes;

import static io.copydesk.quotes.Chars.APOS2;
import static io.copydesk.quotes.Chars.CURLY;
import static io.copydesk.quotes.Chars.GUILLEMET;
import static io.copydesk.quotes.Chars.SHAPE_CLOSE;
import static io.copydesk.quotes.Chars.SHAPE_NEUTRAL;
import static io.copydesk.quotes.Chars.SHAPE_OPEN;
import static io.copydesk.quotes.Chars.STRAIGHT;

/**
 * The one left-to-right pass over the article: it finds paragraph boundaries and pairs quotation marks into
 * quotes (including multi-paragraph quotes and top-level single quotes), and records marks left without a
 * partner. Whether a mark opens or closes is read from its surroundings first (space before and a letter
 * after opens), from its shape second, so “wrong-way” curly marks and straight or '' marks all pair up.
 */
final class QuoteScanner {

    /** Nesting deeper than this is treated as broken marks rather than quotes inside quotes. */
    static final int MAX_DEPTH = 4;
    /** Garbage input can contain millions of stray marks; beyond this many, they are only counted. */
    static final int MAX_BAD_MARKS = 10_000;
    /** An HTML-like tag (whose attribute quotes are not quotations) must close within this many characters. */
    private static final int TAG_MAX = 2000;

    static final int BAD_NEVER_CLOSED = 0;
    static final int BAD_NO_OPENING = 1;
    static final int BAD_TOO_DEEP = 2;

    private static final int OPEN = 1;
    private static final int CLOSE = 2;

    final String text;
    /** The text's characters: the scan reads an array, which is markedly faster than String.charAt. */
    final char[] a;
    final int n;

    final IntList paraStart = new IntList(32);
    final IntList paraEnd = new IntList(32);

    final IntList qStart = new IntList(32);
    final IntList qEnd = new IntList(32);
    final IntList qOpenLen = new IntList(32);
    final IntList qCloseLen = new IntList(32);
    final IntList qStartPara = new IntList(32);
    final IntList qEndPara = new IntList(32);

    final IntList badStart = new IntList(8);
    final IntList badEnd = new IntList(8);
    final IntList badKind = new IntList(8);
    int badOverflow;

    private final int[] stackPos = new int[MAX_DEPTH];
    private final int[] stackLen = new int[MAX_DEPTH];
    private int depth;
    private int outerPara;
    private int singleStart = -1;
    /**
     * A closing-looking single mark inside an open single-quoted quote that may be a plural possessive ("in my
     * parents’ house"): the quote closes there only if no later mark closes it in the paragraph; -1 when none.
     */
    private int singlePending = -1;
    // Quotes emitted since the open single mark: double quotes nested in a single-quoted one (British style,
    // ‘Farmers deserve better than “trust us”.’), dropped when the single quote closes around them.
    private int singleNestedFrom;
    private int singlePara;
    private int curPara = -1;
    private int gtCursor = -1;
    private int nlCursor = -1;

    QuoteScanner(String text) {
        this.text = text;
        this.a = text.toCharArray();
        this.n = a.length;
    }

    /** ASCII characters the scan must stop at; everything else is skipped in a tight loop. */
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c : new char[] {'"', '\'', '`', '\n', '\r', '<'}) {
            SPECIAL[c] = true;
        }
    }

    private static boolean specialNonAscii(char c) {
        return (c >= '\u2018' && c <= '\u201F') || c == '\u00AB' || c == '\u00BB' || c == '\u2039' || c == '\u203A'
                || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    QuoteScanner scan() {
        boolean blankLineMode = hasBlankLine();
        int i = skipSpace(0);
        startParagraph(afterBullet(i));
        final char[] a = this.a;
        while (i < n) {
            char c = a[i];
            if (c < 128 ? !SPECIAL[c] : !specialNonAscii(c)) {
                i++;
                continue;
            }
            if (c < 128) {
                switch (c) {
                    case '"':
                        i = onDouble(i, 1, STRAIGHT, SHAPE_NEUTRAL);
                        break;
                    case '\'':
                        i = onApostrophe(i);
                        break;
                    case '`':
                        i = (i + 1 < n && a[i + 1] == '`') ? onDouble(i, 2, APOS2, SHAPE_OPEN) : i + 1;
                        break;
                    case '\n':
                    case '\r':
                        i = onLineBreak(i, blankLineMode);
                        break;
                    case '<':
                        i = onAngle(i);
                        break;
                    default:
                        i++;
                }
                continue;
            }
            switch (c) {
                case '\u201C': case '\u201E': case '\u201F':
                    i = onDouble(i, 1, CURLY, SHAPE_OPEN);
                    break;
                case '\u201D':
                    i = onDouble(i, 1, CURLY, SHAPE_CLOSE);
                    break;
                case '\u00AB':
                    i = onDouble(i, 1, GUILLEMET, SHAPE_OPEN);
                    break;
                case '\u00BB':
                    i = onDouble(i, 1, GUILLEMET, SHAPE_CLOSE);
                    break;
                case '\u2018':
                    if (i + 1 < n && a[i + 1] == '\u2018') {
                        i = onDouble(i, 2, CURLY, SHAPE_OPEN);
                    } else {
                        onSingle(i, SHAPE_OPEN);
                        i++;
                    }
                    break;
                case '\u2019':
                    if (i + 1 < n && a[i + 1] == '\u2019') {
                        i = onDouble(i, 2, CURLY, SHAPE_CLOSE);
                    } else {
                        onSingle(i, SHAPE_CLOSE);
                        i++;
                    }
                    break;
                case '\u201A': case '\u201B': case '\u2039':
                    onSingle(i, SHAPE_OPEN);
                    i++;
                    break;
                case '\u203A':
                    onSingle(i, SHAPE_CLOSE);
                    i++;
                    break;
                case '\u2028': case '\u2029': case '\u0085':
                    i = onLineBreak(i, blankLineMode);
                    break;
                default:
                    i++;
            }
        }
        endParagraph(n, -1);
        return this;
    }

    int quoteCount() {
        return qStart.size();
    }

    int paragraphCount() {
        return paraStart.size();
    }

    // ---------------------------------------------------------------- paragraphs

    /** Paragraphs are separated by blank lines; a text without any blank line uses single newlines instead. */
    private boolean hasBlankLine() {
        int i = 0;
        while (i < n) {
            char c = a[i];
            if (c == '\u2029') {
                return true;
            }
            if (isNewline(i)) {
                int j = i + 1;
                while (j < n && isSpace(a[j]) && !isNewline(j)) {
                    j++;
                }
                if (j < n && isNewline(j)) {
                    return true;
                }
                i = j;
            } else {
                i++;
            }
        }
        return false;
    }

    private boolean isNewline(int i) {
        char c = a[i];
        if (c == '\n' || c == '\u2028' || c == '\u0085') {
            return true;
        }
        return c == '\r' && (i + 1 >= n || a[i + 1] != '\n');
    }

    private static boolean isSpace(char c) {
        return Chars.isSpace(c);
    }

    private int skipSpace(int i) {
        while (i < n && isSpace(a[i])) {
            i++;
        }
        return i;
    }

    private int onLineBreak(int i, boolean blankLineMode) {
        int j = i;
        int newlines = 0;
        boolean hard = false;
        while (j < n && isSpace(a[j])) {
            if (a[j] == '\u2029') {
                hard = true;
            } else if (isNewline(j)) {
                newlines++;
            }
            j++;
        }
        if (hard || newlines >= 2 || (!blankLineMode && newlines >= 1)) {
            int next = endParagraph(i, j);
            return next < 0 ? n : next;
        }
        return j;
    }

    private void startParagraph(int start) {
        curPara++;
        paraStart.add(start);
    }

    /**
     * Closes the current paragraph (its text ends before {@code contentEnd}); {@code nextStart} is where the
     * next paragraph begins, or -1 at the end of the text. Returns where scanning continues.
     */
    private int endParagraph(int contentEnd, int nextStart) {
        int start = paraStart.last();
        int end = contentEnd;
        while (end > start && isSpace(a[end - 1])) {
            end--;
        }
        paraEnd.add(end);
        boolean hasNext = nextStart >= 0 && nextStart < n;
        if (singlePending >= 0 && depth == 0) {
            closePendingSingle(); // "residents’ against ...": that mark closed the quote after all
        }
        if (singleStart >= 0 && depth == 0 && hasNext && isSingleContinuation(nextStart)) {
            // A single-quoted quote running on: the next paragraph repeats the opening mark (British style)
            startParagraph(nextStart);
            return nextStart + 1;
        }
        singleStart = -1; // an apostrophe-like mark never paired in its paragraph was not a quote
        singlePending = -1;
        if (depth > 0) {
            int contLen = hasNext ? continuationMarkLength(nextStart) : 0;
            if (contLen > 0) {
                // Newsroom convention: a quote running on repeats its opening mark and has no closing mark.
                while (depth > 1) {
                    depth--;
                    bad(stackPos[depth], stackLen[depth], BAD_NEVER_CLOSED);
                }
                startParagraph(nextStart);
                return nextStart + contLen;
            }
            for (int d = 0; d < depth; d++) {
                bad(stackPos[d], stackLen[d], BAD_NEVER_CLOSED);
            }
            emit(stackPos[0], Math.max(end, stackPos[0] + stackLen[0]), stackLen[0], 0, outerPara);
            depth = 0;
        }
        if (hasNext) {
            startParagraph(afterBullet(nextStart));
        }
        return nextStart;
    }

    /**
     * Where a paragraph's words begin: after a list bullet ("- ", "• ", "* "), so that a bulleted quote,
     * "- “We grew too fast.”", is still a quote that opens its paragraph.
     */
    private int afterBullet(int k) {
        if (k + 1 < n && (a[k] == '-' || a[k] == '\u2022' || a[k] == '*') && (a[k + 1] == ' ' || a[k + 1] == '\t')) {
            return skipSpace(k + 1);
        }
        return k;
    }

    /** An opening single mark (‘ or ') starting a paragraph, followed by a word. */
    private boolean isSingleContinuation(int k) {
        return (a[k] == '\u2018' || a[k] == '\'') && k + 1 < n && Chars.isLetterOrDigit(a[k + 1])
                && !isElision(k + 1);
    }

    /** Length of a repeated opening double mark at the start of a paragraph, or 0 if there is none. */
    private int continuationMarkLength(int k) {
        char c = a[k];
        int len;
        if (c == '"' || c == '\u201C' || c == '\u201E' || c == '\u201F' || c == '\u00AB' || c == '\u201D') {
            len = 1;
        } else if (k + 1 < n && ((c == '\'' && a[k + 1] == '\'')
                || (c == '\u2018' && a[k + 1] == '\u2018')
                || (c == '`' && a[k + 1] == '`'))) {
            len = 2;
        } else {
            return 0;
        }
        return (k + len < n && !isSpace(a[k + len])) ? len : 0;
    }

    // ---------------------------------------------------------------- marks

    /** True when the character before position i (looking past adjacent quote marks) lets a mark open. */
    private boolean leftOpen(int i) {
        int k = i - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 3 && Chars.isQuoteChar(a[k])) {
            k--;
            skipped++;
        }
        return k < 0 || Chars.isOpeningContext(a[k]);
    }

    /** True when a clause punctuation mark touches position i on the left: said:"Hi" (no space). */
    private boolean leftClausePunct(int i) {
        if (i == 0) {
            return false;
        }
        char c = a[i - 1];
        return c == ',' || c == ':' || c == ';';
    }

    /** True when the character at position j (looking past adjacent quote marks) lets a mark close. */
    private boolean rightClose(int j) {
        int k = j;
        int skipped = 0;
        while (k < n && skipped < 3 && Chars.isQuoteChar(a[k])) {
            k++;
            skipped++;
        }
        return k >= n || Chars.isClosingContext(a[k]);
    }

    private int onApostrophe(int i) {
        if (i + 1 < n && a[i + 1] == '\'') {
            if (i + 2 < n && a[i + 2] == '\'') {
                // ''' is a single mark next to a double one: inside a quote it closes 'nested''; outside it opens.
                if (depth > 0) {
                    onSingle(i, SHAPE_NEUTRAL);
                    onDouble(i + 1, 2, APOS2, SHAPE_NEUTRAL);
                } else {
                    onDouble(i, 2, APOS2, SHAPE_NEUTRAL);
                    onSingle(i + 2, SHAPE_NEUTRAL);
                }
                return i + 3;
            }
            return onDouble(i, 2, APOS2, SHAPE_NEUTRAL);
        }
        onSingle(i, SHAPE_NEUTRAL);
        return i + 1;
    }

    private int onDouble(int i, int len, int family, int shape) {
        boolean l = leftOpen(i);
        boolean r = rightClose(i + len);
        int role;
        if (l && !r) {
            role = OPEN;
        } else if (!l && r) {
            role = CLOSE; // also “We will win,“ he said — a wrong-way mark after a comma closes
        } else if (!l && depth == 0 && leftClausePunct(i)) {
            role = OPEN; // said:"We will win" — a mark glued to a colon or comma, with a word after it
        } else if (shape == SHAPE_OPEN) {
            role = OPEN;
        } else if (shape == SHAPE_CLOSE) {
            role = CLOSE;
        } else {
            role = depth > 0 ? CLOSE : OPEN;
        }
        if (role == OPEN) {
            if (depth == 0 && singlePending >= 0) {
                closePendingSingle(); // a new double quote after a possible possessive: that mark closed the quote
            }
            if (depth == 0) {
                stackPos[0] = i;
                stackLen[0] = len;
                depth = 1;
                outerPara = curPara;
            } else if (depth < MAX_DEPTH) {
                stackPos[depth] = i;
                stackLen[depth] = len;
                depth++;
            } else {
                bad(i, len, BAD_TOO_DEEP);
            }
        } else if (depth == 0) {
            bad(i, len, BAD_NO_OPENING);
        } else {
            depth--;
            if (depth == 0) {
                emit(stackPos[0], i + len, stackLen[0], len, outerPara);
            }
        }
        return i + len;
    }

    /**
     * Single marks are mostly apostrophes (don’t, Ukraine’s, ’90s, students’). Outside double quotes a pair
     * is a quote (headline style: Mayor Says Plan Is 'Ready to Go'); inside, they are nested and ignored.
     */
    private void onSingle(int i, int shape) {
        char before = i > 0 ? a[i - 1] : ' ';
        char after = i + 1 < n ? a[i + 1] : ' ';
        if (Chars.isLetterOrDigit(before) && Chars.isLetterOrDigit(after)) {
            return; // apostrophe inside a word
        }
        boolean l = leftOpen(i);
        boolean r = rightClose(i + 1);
        int role;
        if (l && !r) {
            if (Chars.isDigit(after) || isElision(i + 1)) {
                return; // ’90s, 'em, rock 'n' roll
            }
            role = OPEN;
        } else if (!l && r) {
            role = CLOSE;
        } else {
            return;
        }
        if (depth > 0) {
            return;
        }
        if (role == OPEN) {
            if (singlePending >= 0) {
                closePendingSingle(); // ‘A parents’ and ‘B’: a new opening mark shows the earlier one closed
            }
            if (singleStart < 0) {
                singleStart = i;
                singlePara = curPara;
                singleNestedFrom = qStart.size();
            }
        } else if (singleStart >= 0) {
            if (mayBePluralPossessive(i)) {
                if (singlePending < 0) {
                    singlePending = i; // ‘... I live in a box room in my parents’ house. ...’ — decided later
                }
                return;
            }
            truncateQuotes(singleNestedFrom); // double quotes inside it are nested, not quotes of their own
            emit(singleStart, i + 1, 1, 1, singlePara);
            singleStart = -1;
            singlePending = -1;
        }
    }

    /**
     * A closing-looking mark right after an "s" and before a lower-case word ("parents’ house") inside a quote of
     * four words or more: possibly a plural possessive rather than the end of the quote. Counting the words looks
     * back once per quote (only while no mark is pending), so the scan stays linear.
     */
    private boolean mayBePluralPossessive(int i) {
        if (i < 1 || a[i - 1] != 's' || i + 2 >= n || a[i + 1] != ' ' || !Character.isLowerCase(a[i + 2])) {
            return false;
        }
        if (singlePending >= 0) {
            return true;
        }
        int spaces = 0;
        for (int k = singleStart + 1; k < i && spaces < 4; k++) {
            spaces += a[k] == ' ' ? 1 : 0;
        }
        return spaces >= 4;
    }

    private void closePendingSingle() {
        truncateQuotes(singleNestedFrom);
        emit(singleStart, singlePending + 1, 1, 1, singlePara);
        singleStart = -1;
        singlePending = -1;
    }

    private boolean isElision(int j) {
        int k = j;
        while (k < n && k - j < 6 && Chars.isLetter(a[k])) {
            k++;
        }
        if (k < n && Chars.isLetter(a[k])) {
            return false;
        }
        return (Lexicon.lookup(a, j, k) & Lexicon.ELISION) != 0;
    }

    /** Skips an HTML-like tag (&lt;tweet author="..."&gt;) on one line: its attribute quotes are markup. */
    private int onAngle(int i) {
        if (i + 1 >= n) {
            return i + 1;
        }
        char c = a[i + 1];
        if (!(Chars.isLetter(c) || c == '/' || c == '!')) {
            return i + 1;
        }
        if (gtCursor < i + 1) {
            int g = text.indexOf('>', i + 1);
            gtCursor = g < 0 ? n : g;
        }
        if (nlCursor < i + 1) {
            int k = i + 1;
            while (k < n && !Chars.isLineBreak(a[k])) {
                k++;
            }
            nlCursor = k;
        }
        if (gtCursor < n && gtCursor < nlCursor && gtCursor - i <= TAG_MAX) {
            return gtCursor + 1;
        }
        return i + 1;
    }

    // ---------------------------------------------------------------- output

    private void emit(int start, int end, int openLen, int closeLen, int startPara) {
        // A pair of marks around nothing but punctuation ("" or “ ”) is not a quotation.
        boolean hasWord = false;
        for (int k = start + openLen; k < end - closeLen; k++) {
            if (Chars.isLetterOrDigit(a[k])) {
                hasWord = true;
                break;
            }
        }
        if (!hasWord) {
            return;
        }
        qStart.add(start);
        qEnd.add(end);
        qOpenLen.add(openLen);
        qCloseLen.add(closeLen);
        qStartPara.add(startPara);
        qEndPara.add(curPara);
    }

    private void truncateQuotes(int size) {
        qStart.truncate(size);
        qEnd.truncate(size);
        qOpenLen.truncate(size);
        qCloseLen.truncate(size);
        qStartPara.truncate(size);
        qEndPara.truncate(size);
    }

    private void bad(int start, int len, int kind) {
        if (badStart.size() >= MAX_BAD_MARKS) {
            badOverflow++;
            return;
        }
        badStart.add(start);
        badEnd.add(start + len);
        badKind.add(kind);
    }
}
