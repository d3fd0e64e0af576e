package io.copydesk.quotes;

/** What the attribution rules found for one quote: who (mention, name) and how (cue, where it was found). */
final class Source {

    /** The mention is a proper name ("Mr. Okafor", "regional governor Oleh Sinegubov"). */
    static final int NAME = 1;
    /** A personal pronoun (he, she, they, it). */
    static final int PRONOUN = 2;
    /** A role or group without a name ("the mayor", "officials", "a source"). */
    static final int DESCRIPTOR = 3;
    /** "who" in "X, who said": the name comes from the antecedent. */
    static final int RELATIVE = 4;

    /** Attribution right after the quote: “...,” she said. */
    static final int AFTER = 1;
    /** Attribution right before the quote: She said, “...” */
    static final int BEFORE = 2;
    /** A speech verb elsewhere in the quote's sentence: She called it “a disgrace” at a rally. */
    static final int SENTENCE = 3;
    /** The previous sentence: She said the plan failed. “It won't work.” */
    static final int PREVIOUS_SENTENCE = 4;
    /** The previous paragraph ends with "X said:" */
    static final int COLON_PARAGRAPH = 5;
    /** Shared with another quote of the same paragraph (split quote, continued quote). */
    static final int INHERITED = 6;

    int mentionStart = -1;
    int mentionEnd = -1;
    int cueStart = -1;
    int cueEnd = -1;
    /** The proper-name part of the mention (or of an appositive / antecedent), -1 when there is none. */
    int nameStart = -1;
    int nameEnd = -1;
    /** For "who", "which" or a relative "that": the noun phrase it stands for ("the Senate majority leader"). */
    int anteStart = -1;
    int anteEnd = -1;
    int type;
    int how;
    boolean vague;
    /** The source is a record ("according to the report") rather than a person or an organisation speaking. */
    boolean record;
    /** The cue is a verb no list knows, read as one only because an open-ended quote promises an attribution. */
    boolean unlistedCue;
    /** 0 unknown, 1 male, 2 female — from honorifics (Mr., Mrs.) and pronouns (he, she). */
    int gender;
    /** A title word of the mention ("governor"), so a later "the governor" can be resolved; -1 if none. */
    int titleStart = -1;
    int titleEnd = -1;
    /** The resolved name, filled in document order by {@link Names}. */
    Names.Ref name;
    /** Set once {@link Names} has tried to resolve this attribution (the result may be null). */
    boolean resolvedOnce;
    /** For an inherited attribution, the quote attribution it was taken from (names are resolved there). */
    Source origin;
    /**
     * For a he/she: the person the sentence just before reports speaking ("Ruiz spoke first. “We won,” he said.", or
     * the last sentence of the paragraph before for a quote that opens its paragraph), which {@link Names} prefers to
     * the last quoted speaker; a mention without a name (nameStart -1) when that person is unnamed ("A nurse who asked
     * not to be named said ..."); null when there is none.
     */
    Source antecedent;
    /** An antecedent known only by a bare name opening the sentence before ("Ruiz was less certain."). */
    boolean byNameOnly;
    /** A he/she whose story names nobody before it (no speaker, no person): set by {@link Names}. */
    boolean noAntecedent;

    Source inherit() {
        Source s = new Source();
        s.origin = origin != null ? origin : this;
        int newHow = INHERITED;
        s.mentionStart = mentionStart;
        s.mentionEnd = mentionEnd;
        s.cueStart = cueStart;
        s.cueEnd = cueEnd;
        s.nameStart = nameStart;
        s.nameEnd = nameEnd;
        s.anteStart = anteStart;
        s.anteEnd = anteEnd;
        s.type = type;
        s.how = newHow;
        s.vague = vague;
        s.gender = gender;
        s.titleStart = titleStart;
        s.titleEnd = titleEnd;
        s.name = name;
        return s;
    }
}
