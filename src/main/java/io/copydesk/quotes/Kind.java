package io.copydesk.quotes;

/** What a quotation is: someone's words, a scare-quoted word or nickname, or a title; only speech needs a source. */
public enum Kind {
    /** Someone's words, quoted directly (a full or a partial quote). */
    SPEECH,
    /** Scare quotes, a word quoted as a word, a nickname. */
    SCARE,
    /** The quoted title of a bill, book, film, show, song, slogan. */
    TITLE
}
