package io.copydesk.quotes;

import java.util.Arrays;

/**
 * Words and punctuation of one bounded window of text (the stretch before or after a quote), with each word's
 * lexicon flags looked up once. The arrays are reused from window to window, so tokenizing allocates nothing.
 */
final class Tokens {

    /** Kind of a word token; punctuation tokens use the punctuation character itself. */
    static final char WORD = 'w';
    /** Kind of a quotation-mark token inside a window (nested or stray marks). */
    static final char MARK = '"';
    /** Kind of a dash token (— – or --). */
    static final char DASH = '-';

    static final int CAP = 1;        // starts with an upper-case letter
    static final int INITIAL = 2;    // single capital letter, usually followed by a period: "E."
    static final int DIGIT = 4;      // starts with a digit
    static final int DOTTED = 8;     // abbreviation whose period was kept in the token: "Mr." "U.S."
    static final int LOWER = 16;     // starts with a lower-case letter
    static final int POSSESSIVE = 32; // ends in 's or ’s

    /** Marker for a word whose lexicon flags have not been looked up yet. */
    private static final long UNKNOWN = -1L;

    String text;
    /** The same text as an array: the tokenizer reads every character, and String.charAt on UTF-16 text is slower. */
    char[] a;
    int size;
    int[] start = new int[64];
    int[] end = new int[64];
    long[] lex = new long[64];
    int[] shape = new int[64];
    char[] kind = new char[64];

    /** Tokenizes text[from, to) ({@code chars} holds the same characters), stopping after maxTokens tokens. */
    void tokenize(String text, char[] chars, int from, int to, int maxTokens) {
        this.text = text;
        this.a = chars;
        final char[] t = chars;
        size = 0;
        int i = from;
        while (i < to && size < maxTokens) {
            char c = t[i];
            if (Chars.isSpace(c)) {
                i++;
                continue;
            }
            if ((c == '\u2019' || c == '\'') && classYear(t, i, from, to)) {
                i += 3; // "Maya Ortiz ’27 said": a class year after a name is no quotation mark, and no word of the phrase
                continue;
            }
            if (Chars.isLetterOrDigit(c)) {
                i = word(t, i, to);
                continue;
            }
            switch (c) {
                case ',': case ';': case ':': case '(': case ')': case '[': case ']': case '!': case '?':
                case '\u2026':
                    add(i, i + 1, c, 0, 0);
                    i++;
                    break;
                case '.':
                    if (i + 2 < to && t[i + 1] == '.' && t[i + 2] == '.') {
                        add(i, i + 3, '\u2026', 0, 0);
                        i += 3;
                    } else {
                        add(i, i + 1, '.', 0, 0);
                        i++;
                    }
                    break;
                case '-':
                    if (i + 1 < to && t[i + 1] == '-') {
                        add(i, i + 2, DASH, 0, 0);
                        i += 2;
                    } else {
                        if ((i == from || Chars.isSpace(t[i - 1])) && (i + 1 >= to || Chars.isSpace(t[i + 1]))
                                && !atLineStart(text, i)) {
                            add(i, i + 1, DASH, 0, 0); // a dash that opens a line is a list bullet, not punctuation
                        }
                        i++;
                    }
                    break;
                default:
                    if (Chars.isDash(c) && !atLineStart(text, i)) {
                        add(i, i + 1, DASH, 0, 0);
                    } else if (Chars.isQuoteChar(c) && !inNickname(text, i) && !apostropheAfterWord(t, i, from, to)) {
                        add(i, i + 1, MARK, 0, 0);
                    }
                    i++;
            }
        }
    }

    /**
     * A graduating class year after a name, as student papers and alumni news write it: "Ortiz ’27", "Liu '25,". The
     * mark follows a space after a capitalised word and is followed by exactly two digits.
     */
    private static boolean classYear(char[] t, int i, int from, int to) {
        if (i - 2 < from || t[i - 1] != ' ' || i + 2 >= to || !Chars.isDigit(t[i + 1]) || !Chars.isDigit(t[i + 2])
                || (i + 3 < to && Chars.isLetterOrDigit(t[i + 3]))) {
            return false;
        }
        int w = i - 2;
        while (w > from && Chars.isLetter(t[w - 1])) {
            w--;
        }
        return Chars.isLetter(t[i - 2]) && Chars.isUpper(t[w]);
    }

    /**
     * A right single mark glued to the end of a word and followed by a lower-case word: an apostrophe ("Mr Ochieng’
     * told the Nation"), which must not cut the clause it stands in. (After an "s" the word itself keeps it: see
     * {@link #word}.)
     */
    private static boolean apostropheAfterWord(char[] t, int i, int from, int to) {
        char c = t[i];
        return (c == '\u2019' || c == '\'') && i > from && Chars.isLetter(t[i - 1]) && i + 2 < to
                && t[i + 1] == ' ' && Character.isLowerCase(t[i + 2]);
    }

    /**
     * True when the mark at i encloses a nickname inside a name, Malik “Smoke” Danvers: the marks are left out of
     * the window's tokens so that the name reads as one noun phrase. Looks at most a few words either way.
     */
    static boolean inNickname(String t, int i) {
        int n = t.length();
        int open;
        int close;
        if (i > 1 && t.charAt(i - 1) == ' ' && i + 1 < n && Chars.isUpper(t.charAt(i + 1))) {
            open = i;
            close = markWithin(t, i + 2, 1);
        } else if (i > 1 && Chars.isLetter(t.charAt(i - 1)) && i + 2 < n && t.charAt(i + 1) == ' ') {
            close = i;
            open = markWithin(t, i - 2, -1);
        } else {
            return false;
        }
        if (open < 2 || close < 0 || close + 2 >= n || t.charAt(open - 1) != ' ' || !Chars.isUpper(t.charAt(open + 1))
                || t.charAt(close + 1) != ' ' || !Chars.isUpper(t.charAt(close + 2))) {
            return false;
        }
        int w = open - 2; // the word before the nickname must be a capitalised one: "Malik"
        while (w > 0 && Chars.isLetter(t.charAt(w - 1))) {
            w--;
        }
        return Chars.isLetter(t.charAt(open - 2)) && Chars.isUpper(t.charAt(w));
    }

    /** The first quote mark from {@code from} going {@code step} (+1 or -1) over a nickname's letters, or -1. */
    private static int markWithin(String t, int from, int step) {
        for (int j = from; j > 0 && j < t.length() && Math.abs(j - from) < 22; j += step) {
            char c = t.charAt(j);
            if (Chars.isQuoteChar(c)) {
                return j;
            }
            if (!Chars.isLetter(c) && c != ' ' && c != '.' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    /** True when only spaces (or a list bullet) stand between position i and the start of its line. */
    static boolean atLineStart(String t, int i) {
        int j = i - 1;
        for (; j >= 0 && i - j <= 8; j--) {
            char c = t.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Chars.isSpace(c) && c != '-' && c != '\u2022' && c != '*' && !Chars.isDash(c)) {
                return false;
            }
        }
        return j < 0; // the text's own start
    }

    private int word(char[] t, int s, int to) {
        int i = s + 1;
        int dots = 0;
        while (i < to) {
            char c = t[i];
            if (Chars.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            if (i + 1 < to && Chars.isLetterOrDigit(t[i + 1])) {
                if (c == '\'' || c == '\u2019' || c == '-' || c == '\u2011' || c == '&') {
                    i++;
                    continue;
                }
                if ((c == ',' || c == '.') && Chars.isDigit(t[i - 1]) && Chars.isDigit(t[i + 1])) {
                    // 1,200 and 6.8: a decimal point is no full stop
                    i++;
                    continue;
                }
                if (c == '.' && Chars.isLetter(t[i + 1]) && i - s <= 3) {
                    dots++; // U.S, a.m, N.C
                    i++;
                    continue;
                }
            }
            break;
        }
        boolean pluralPossessive = false;
        if (i + 1 < to && (t[i] == '\'' || t[i] == '\u2019') && (t[i - 1] == 's' || t[i - 1] == 'S')
                && Chars.isSpace(t[i + 1])) {
            i++; // "the survivors’ group": the apostrophe belongs to the word
            pluralPossessive = true;
        }
        int e = i;
        char first = t[s];
        int sh;
        if (Chars.isUpper(first)) {
            sh = CAP;
        } else if (Chars.isDigit(first)) {
            sh = DIGIT;
        } else {
            sh = Chars.isLower(first) ? LOWER : 0;
        }
        if (e - s == 1 && (sh & CAP) != 0) {
            sh |= INITIAL;
        }
        if (pluralPossessive || (e - s > 2 && (t[e - 1] == 's' || t[e - 1] == 'S')
                && (t[e - 2] == '\'' || t[e - 2] == '\u2019'))) {
            sh |= POSSESSIVE;
        }
        long flags = UNKNOWN;
        if (e < to && t[e] == '.') {
            flags = Lexicon.lookup(t, s, e);
            if ((sh & INITIAL) != 0 || dots > 0 || (flags & Lexicon.ABBREV) != 0) {
                e++; // keep the abbreviation's period: it does not end the sentence
                sh |= DOTTED;
            }
        }
        add(s, e, WORD, flags, sh);
        return e;
    }

    private void add(int s, int e, char k, long flags, int sh) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            lex = Arrays.copyOf(lex, cap);
            shape = Arrays.copyOf(shape, cap);
            kind = Arrays.copyOf(kind, cap);
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        lex[size] = flags;
        shape[size] = sh;
        size++;
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean has(int i, long flag) {
        return i >= 0 && i < size && kind[i] == WORD && (flags(i) & flag) != 0;
    }

    /** Lexicon flags of word i, looked up on first use (most window words are never asked about). */
    long flags(int i) {
        long f = lex[i];
        if (f == UNKNOWN) {
            f = Lexicon.lookup(a, start[i], wordEnd(i));
            lex[i] = f;
        }
        return f;
    }

    boolean cap(int i) {
        return isWord(i) && (shape[i] & CAP) != 0;
    }

    boolean lower(int i) {
        return isWord(i) && (shape[i] & LOWER) != 0;
    }

    boolean punct(int i, char c) {
        return i >= 0 && i < size && kind[i] == c;
    }

    /** True for the word w (lower case), ignoring case. */
    boolean is(int i, String w) {
        return isWord(i) && Lexicon.is(a, start[i], wordEnd(i), w);
    }

    /** End of the word without a kept abbreviation period. */
    int wordEnd(int i) {
        return (shape[i] & DOTTED) != 0 && a[end[i] - 1] == '.' ? end[i] - 1 : end[i];
    }

    /** True when token i ends a sentence: . ! ? or … followed by a capital, a digit, a mark, or nothing. */
    boolean endsSentence(int i) {
        return kind[i] == DASH ? endsDateline(i) : kind[i] == ':' ? endsSignpost(i)
                : kind[i] == ')' ? endsAgencyDateline(i) : endsSentenceMark(i);
    }

    /**
     * True when the ")" at i closes a wire dateline written without a dash, as Indian and other agencies do:
     * "New Delhi, Mar 4 (PTI) The Supreme Court ...". The agency is a short word in capitals, the dateline opens its
     * line, and a capitalised word follows.
     */
    private boolean endsAgencyDateline(int i) {
        if (i < 2 || kind[i - 2] != '(' || kind[i - 1] != WORD || i + 1 >= size || !cap(i + 1)) {
            return false;
        }
        int letters = 0;
        for (int c = start[i - 1]; c < end[i - 1]; c++) {
            if (Character.isLowerCase(text.charAt(c))) {
                return false;
            }
            letters += Character.isLetter(text.charAt(c)) ? 1 : 0;
        }
        int f = i - 3;
        while (f > 0 && i - f < 10 && kind[f - 1] != '.' && !atLineStart(text, start[f])) {
            f--;
        }
        return letters >= 2 && f >= 0 && atLineStart(text, start[f]) && cap(f);
    }

    /**
     * True when the colon at i closes a signpost that opens its line, as newsletters and explainers write them:
     * "Why it matters:", "Driving the news:", "What they're saying:", "The other side:". What follows is a
     * sentence of its own, and the label is nobody's name. A label is two to five words, the first a capitalized
     * article, function word or participle and at least one other in lower case, none a person, a title, a
     * possessive, a pronoun, a speech verb (but for a question: "What they're saying:") or a word for a statement
     * ("His mother's reply:", "The governor:", "Scott added:" still introduce a speaker's words).
     */
    boolean endsSignpost(int i) {
        int f = i - 1;
        while (f >= 0 && i - f <= 5 && kind[f] == WORD) {
            f--;
        }
        f++;
        if (i - f < 2 || !cap(f) || !atLineStart(text, start[f])) {
            return false;
        }
        // a label opens with a function word or a participle; "Clinton on Trump:", "Her take:" name a speaker
        boolean participle = end[f] - start[f] > 4 && text.startsWith("ing", end[f] - 3);
        if (!(is(f, "the") || is(f, "a") || is(f, "an") || has(f, Lexicon.STOP) || participle)) {
            return false;
        }
        // "Scott added:", "He concluded:" introduce words; "What they're saying:" is a label all the same
        boolean question = is(f, "what") || is(f, "why") || is(f, "how") || is(f, "where") || is(f, "who");
        if (!cap(i + 1) && !question && !participle) {
            return false; // "The full exchange: “...”" may well introduce the words that follow
        }
        boolean lowerWord = false;
        for (int m = f; m < i; m++) {
            if ((shape[m] & POSSESSIVE) != 0 || (!question && has(m, Lexicon.CUE | Lexicon.PRONOUN))
                    || has(m, Lexicon.PERSON_NOUN | Lexicon.TITLE | Lexicon.SPEECH_NOUN | Lexicon.MEDIUM)) {
                return false;
            }
            lowerWord |= m > f && lower(m);
        }
        return lowerWord;
    }

    /** {@link #endsSentence} for a full stop, ! ? or ellipsis (never a dash, so it does not recurse). */
    private boolean endsSentenceMark(int i) {
        char k = kind[i];
        if (k != '.' && k != '!' && k != '?' && k != '\u2026') {
            return false;
        }
        int j = i + 1;
        while (j < size && (kind[j] == ')' || kind[j] == MARK) && j - i < 3) {
            j++;
        }
        if (j >= size) {
            return true;
        }
        if (kind[j] == WORD) {
            // A lower-case word after a full stop still starts a new sentence (abbreviations keep their period
            // inside their token, so a bare "." is a real full stop); after an ellipsis it continues the sentence.
            return (shape[j] & (CAP | DIGIT)) != 0 || (k != '\u2026' && kind[i] != ',' && j == i + 1);
        }
        return kind[j] == '(' || kind[j] == DASH;
    }

    /**
     * True when the dash at i closes a wire dateline that opens the window's text: "DES MOINES, Iowa (AP) —",
     * "LOS ANGELES, Sept. 28 (UPI) —". The place is not the subject of the sentence that follows.
     */
    private boolean endsDateline(int i) {
        int j = i - 1;
        while (j >= 0 && i - j <= 12 && !(kind[j] == WORD && (shape[j] & LOWER) != 0) && !endsSentenceMark(j)) {
            j--;
        }
        int first = j + 1;
        if (first >= i || (j >= 0 && !endsSentenceMark(j)) || kind[first] != WORD) {
            return false;
        }
        int letters = 0;
        for (int c = start[first]; c < end[first]; c++) {
            char ch = text.charAt(c);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            letters += Character.isLetter(ch) ? 1 : 0;
        }
        return letters >= 3;
    }

    /** Index of the first token of the sentence that contains token i (searching back no further than lo). */
    int sentenceStart(int i, int lo) {
        for (int k = i - 1; k >= lo; k--) {
            if (endsSentence(k)) {
                return k + 1;
            }
        }
        return lo;
    }

    /** Index of the token that starts at character {@code pos}, searching back from token {@code i} to {@code lo}. */
    int tokenAt(int pos, int i, int lo) {
        while (i > lo && start[i] > pos) {
            i--;
        }
        return i;
    }
}
