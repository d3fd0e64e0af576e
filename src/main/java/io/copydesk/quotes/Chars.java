package io.copydesk.quotes;

/** Character classes shared by the scanner and the tokenizer, written out so the hot loops stay branch-cheap. */
final class Chars {

    private Chars() {
    }

    /** Quotation-mark families: marks of one family normally pair with each other. */
    static final int STRAIGHT = 0;   // "
    static final int CURLY = 1;      // “ ” „ ‟ and doubled ‘‘ ’’
    static final int APOS2 = 2;      // '' (New York Times archive) and `` (typewriter style)
    static final int GUILLEMET = 3;  // « »
    static final int SINGLE = 4;     // ' ‘ ’ ‚ ‛ ‹ ›

    /** Shape of a mark regardless of context. */
    static final int SHAPE_OPEN = 1;
    static final int SHAPE_CLOSE = 2;
    static final int SHAPE_NEUTRAL = 3;

    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
        }
        return c == '\u00A0' || c == '\u0085' || (c >= '\u2000' && c <= '\u200B') || c == '\u2028'
                || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    static boolean isLetter(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isUpper(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z';
        }
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    static boolean isLower(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z';
        }
        return Character.isLowerCase(c);
    }

    static boolean isDash(char c) {
        return c == '\u2014' || c == '\u2013' || c == '\u2012' || c == '\u2015';
    }

    /** Any character that can be (part of) a quotation mark, single or double. */
    static boolean isQuoteChar(char c) {
        switch (c) {
            case '"': case '\'': case '`':
            case '\u201C': case '\u201D': case '\u201E': case '\u201F':
            case '\u2018': case '\u2019': case '\u201A': case '\u201B':
            case '\u00AB': case '\u00BB': case '\u2039': case '\u203A':
                return true;
            default:
                return false;
        }
    }

    /** Characters that may follow a closing mark: space, end punctuation, brackets, dashes. */
    static boolean isClosingContext(char c) {
        if (isSpace(c) || isDash(c)) {
            return true;
        }
        switch (c) {
            case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']': case '}': case '>':
            case '\u2026': case '-': case '/': case '*':
                return true;
            default:
                return false;
        }
    }

    /** Characters that may precede an opening mark: space, opening brackets, dashes. */
    static boolean isOpeningContext(char c) {
        if (isSpace(c) || isDash(c)) {
            return true;
        }
        switch (c) {
            case '(': case '[': case '{': case '<': case '/': case '*': case '\u2026':
                return true;
            default:
                return false;
        }
    }
}
