package io.copydesk.quotes;

import static io.copydesk.quotes.Phrases.hasEnding;

/**
 * Decides whether a quotation is speech, scare quotes or a title. Only strong signals make a quote a scare
 * quote or a title ("so-called", "the term", "titled", a title-cased name of a show, a nickname between first
 * and last name); everything else is treated as speech, because a missed source is worse for an editor than
 * one extra question about a quoted word.
 */
final class KindRules {

    private KindRules() {
    }

    /** Word statistics of a quote's content, computed over at most the first few words (bounded work). */
    static final class Content {
        int words;
        /** Words that start with a capital letter (a title has several; a sentence only its first). */
        int capitalWords;
        boolean titleCase;
        /** “the Cowboy CEO”: "the" and then capitalised words, a nickname's shape. */
        boolean theName;
        /** “Working Families First Act”: title case ending in a word that names a law, plan or programme. */
        boolean endsWithLawNoun;
        boolean internalSentenceBreak;
        boolean functionWordOnly;
        /** The quoted words end with punctuation (“...,” / “....”), so the quote closes a clause. */
        boolean endsWithPunctuation;
        /** The quoted words end with ! or ? — shouted or asked, so speech. */
        boolean exclamation;
        /** The quoted words end with a comma (American style puts it inside the closing mark), not a full stop. */
        boolean endsWithComma;
        /** “Harmon v. Delacroix Shipping Co.”: capitalised names either side of "v." or "vs.", a court case. */
        boolean caseName;
        /** The first word is "the" or "The". */
        boolean startsWithThe;
        /** Where the first word is (-1 when there is none): read again only by the rules that need it. */
        int firstWordStart = -1;
        int firstWordEnd = -1;
    }

    private static final int MAX_WORDS = 16;

    static Content content(char[] text, int from, int to) {
        Content c = new Content();
        boolean titleCase = true;
        boolean restTitleCase = true; // every word after the first
        int i = from;
        int firstWordStart = -1;
        int firstWordEnd = -1;
        while (i < to && c.words < MAX_WORDS) {
            char ch = text[i];
            if (!Chars.isLetterOrDigit(ch)) {
                if ((ch == '.' || ch == '!' || ch == '?') && c.words > 0) {
                    int j = i + 1;
                    while (j < to && Chars.isQuoteChar(text[j])) {
                        j++;
                    }
                    if (j + 1 < to && Chars.isSpace(text[j]) && Chars.isUpper(text[j + 1])
                            && !isAbbreviationBefore(text, from, i)) {
                        c.internalSentenceBreak = true;
                    }
                }
                i++;
                continue;
            }
            int s = i;
            while (i < to && (Chars.isLetterOrDigit(text[i]) || isWordJoiner(text, i, to))) {
                i++;
            }
            c.words++;
            if (c.words == 1) {
                firstWordStart = s;
                firstWordEnd = i;
            }
            char first = text[s];
            if (i - s <= 2 && i < to && text[i] == '.' && c.capitalWords > 0 && text[s] == 'v'
                    && (i - s == 1 || text[s + 1] == 's')) {
                c.caseName = true; // "v." or "vs." after a capitalised word; the capital after it is checked below
            }
            if (Chars.isUpper(first)) {
                c.capitalWords++;
            }
            if (!Chars.isUpper(first) && !Chars.isDigit(first) && (titleCase || restTitleCase)) {
                // (once both are false no later word can change them: the lexicon is not asked again)
                if (c.words == 1 || (Lexicon.lookup(text, s, i) & Lexicon.SMALL) == 0) {
                    titleCase = false;
                    restTitleCase &= c.words == 1;
                }
            }
        }
        if (i < to) {
            c.words = MAX_WORDS + 1; // longer than we need to know
            titleCase = false;
        }
        c.titleCase = titleCase && c.words > 0 && (c.words == 1 || c.capitalWords >= 2);
        c.startsWithThe = firstWordStart >= 0 && Lexicon.is(text, firstWordStart, firstWordEnd, "the");
        c.firstWordStart = firstWordStart;
        c.firstWordEnd = firstWordEnd;
        c.theName = restTitleCase && c.words >= 2 && c.words <= 5 && firstWordStart >= 0
                && text[firstWordStart] == 't' && Lexicon.is(text, firstWordStart, firstWordEnd, "the")
                && c.capitalWords >= 1;
        int last = to - 1;
        while (last >= from && (Chars.isSpace(text[last]) || Chars.isQuoteChar(text[last]))) {
            last--;
        }
        int wordEnd = last;
        while (wordEnd >= from && !Chars.isLetterOrDigit(text[wordEnd])) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > from && Chars.isLetter(text[wordStart - 1])) {
            wordStart--;
        }
        c.endsWithLawNoun = c.titleCase && c.words >= 2 && wordEnd >= from
                && (Lexicon.lookup(text, wordStart, wordEnd + 1) & Lexicon.LAW_NOUN) != 0;
        // (a closing parenthesis ends a title as well as a sentence: “Wine It Down (Till Ah Reach)”)
        c.endsWithPunctuation = last >= from && !Chars.isLetterOrDigit(text[last]) && text[last] != ')';
        c.exclamation = last >= from && (text[last] == '!' || text[last] == '?');
        c.endsWithComma = last >= from && text[last] == ',';
        c.caseName &= c.capitalWords >= 2 && c.words <= 12 && !c.internalSentenceBreak;
        if (c.words == 1) {
            long f = Lexicon.lookup(text, firstWordStart, firstWordEnd);
            c.functionWordOnly = (f & (Lexicon.PRONOUN | Lexicon.DETERMINER | Lexicon.STOP | Lexicon.SMALL)) != 0;
        }
        return c;
    }

    /** "principle", "rule", "clause": a noun for a rule, which quoted words before it can name. */
    private static boolean isRuleNoun(Tokens t, int i) {
        return t.is(i, "principle") || t.is(i, "rule") || t.is(i, "doctrine") || t.is(i, "clause")
                || t.is(i, "provision") || t.is(i, "head") || t.is(i, "standard") || t.is(i, "formula")
                || t.is(i, "policy") || t.is(i, "argument") || t.is(i, "approach") || t.is(i, "label");
    }

    /** "stitched (with the words)", "emblazoned", "printed": words put on a thing, not said. */
    private static boolean isPrintingVerb(Tokens t, int i) {
        return t.is(i, "stitched") || t.is(i, "printed") || t.is(i, "emblazoned") || t.is(i, "painted")
                || t.is(i, "inscribed") || t.is(i, "embroidered") || t.is(i, "engraved") || t.is(i, "stamped")
                || t.is(i, "etched") || t.is(i, "scrawled") || t.is(i, "daubed") || t.is(i, "stenciled")
                || t.is(i, "stencilled") || t.is(i, "written");
    }

    private static final String[] DEGREE_WORDS = {"more", "most", "less", "very", "so", "too", "really"};

    /** "more", "very", "deeply": a word that grades the adjective after it. */
    private static boolean isDegreeWord(char[] text, int s, int e) {
        if (e - s > 4 && text[e - 1] == 'y' && text[e - 2] == 'l') {
            return true;
        }
        for (String w : DEGREE_WORDS) {
            if (Lexicon.is(text, s, e, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordJoiner(char[] text, int i, int to) {
        char c = text[i];
        return (c == '\'' || c == '\u2019' || c == '-') && i + 1 < to && Chars.isLetterOrDigit(text[i + 1]);
    }

    private static boolean isAbbreviationBefore(char[] text, int from, int dot) {
        int s = dot;
        while (s > from && Chars.isLetter(text[s - 1])) {
            s--;
        }
        if (dot - s == 1 && Chars.isUpper(text[s])) {
            return true; // an initial
        }
        return (Lexicon.lookup(text, s, dot) & Lexicon.ABBREV) != 0;
    }

    /** Where the quote sits: its marks' positions and whether it is a whole paragraph or in a headline. */
    static final class Place {
        int start;
        int end;
        boolean headline;
        boolean wholeParagraph;
        /** Not the article's first paragraph (whose quoted words are a headline, not a heading). */
        boolean notFirstParagraph;
        /** A speech quote earlier in the same sentence: “...” was her “reckless” budget. */
        boolean afterSpeechInSentence;
        /** The quote before it is a title and only a comma, "and" or "or" stand between them. */
        boolean afterTitle;
    }

    /**
     * @param left      tokens before the quote (from the previous quote or paragraph start); its last token
     *                  is the one right before the quote
     * @param sentence  index in {@code left} where the quote's own sentence starts
     * @param right     tokens after the quote
     * @param own       the quote's own attribution (not inherited), or null
     */
    static Kind decide(Content c, Tokens left, int sentence, Tokens right, Source own, Place place) {
        int n = left.size;
        boolean embedded = false;
        for (int k = sentence; k < n; k++) {
            if (left.isWord(k)) {
                embedded = true;
                break;
            }
        }
        boolean immediate = own != null
                && (own.how == Source.AFTER || own.how == Source.BEFORE || own.how == Source.COLON_PARAGRAPH);
        boolean touchesLeft = n > 0 && left.isWord(n - 1) && left.end[n - 1] + 1 == place.start;
        boolean touchesRight = right.size > 0 && right.isWord(0) && right.start[0] == place.end + 1;
        boolean headline = place.headline;

        // Maria “Mia” Lopez, Tyler 'The Tank' Morelli (but a sentence's first word before it is no first name, unless
        // the lexicon does not know it: 'Lonnie “Sweet Horn” Baptiste, trumpeter ..., dies at 87')
        if (c.words <= 2 && c.titleCase && touchesLeft && left.cap(n - 1)
                && (n - 1 > sentence || left.flags(n - 1) == 0 && right.flags(0) == 0) && touchesRight && right.cap(0)
                && !c.endsWithPunctuation) {
            return Kind.SCARE;
        }
        // 'Calamari-gate', “Bark-gate”: a scandal's nickname
        if (c.words == 1 && c.titleCase && endsWithGate(left.text, place.start, place.end)) {
            return Kind.SCARE;
        }
        // 'Bitcoin Romeo' who fleeced lonely widows: a capitalised nickname standing for the person
        if (c.titleCase && c.words <= 3 && !c.endsWithPunctuation && touchesRight && right.is(0, "who")) {
            return Kind.SCARE;
        }
        // "Fox News’ “Hannity”", "CNN's “Newsroom”": a capitalised word after an organisation's possessive names a show
        if (c.words == 1 && c.titleCase && !c.exclamation && n > 0 && left.cap(n - 1) && n - 1 > sentence
                && ((left.shape[n - 1] & Tokens.POSSESSIVE) != 0 || pluralPossessive(left, n - 1))) {
            return Kind.TITLE;
        }
        // "a report titled “How to ...”", "a group named “...”"
        boolean titledRightBefore = n > 0 && (left.is(n - 1, "titled") || left.is(n - 1, "entitled"));
        if (prevWithin(left, sentence, 2, Lexicon.TITLED) && (c.words <= 15 || titledRightBefore)) {
            if (n > 0 && (left.is(n - 1, "nicknamed") || left.is(n - 1, "dubbed"))) {
                return Kind.SCARE; // a nickname
            }
            // ("a memo entitled “How we ...”")
            return titledRightBefore || c.titleCase || c.words <= 4 ? Kind.TITLE : Kind.SPEECH;
        }
        // “The Salt Year,” “Small Fires” and “A House With No Windows”: a title listed with a title is one too
        // (and so are the words of a second sign: placards that read “Education, not business” and “Fee hike wapas lo”)
        if (place.afterTitle && c.words <= 12 && !c.internalSentenceBreak && (c.titleCase
                || !c.exclamation && n > 0 && (left.is(n - 1, "and") || left.is(n - 1, "or")))) {
            return Kind.TITLE;
        }
        // "“Iron Meridian” is ruling the weekend", "Box Office: ‘Iron Meridian’ Storms to $86 Million": capitalised
        // words that are the subject of their sentence name a work; someone's words end with a comma and a speaker
        if (c.titleCase && c.words <= 8 && !c.endsWithPunctuation && touchesRight
                && (!embedded || headline && left.punct(n - 1, ':'))
                && (headline ? right.cap(0) && !right.has(0, Lexicon.CUE | Lexicon.STOP)
                        && (hasEnding(right, 0, "s", 3) || hasEnding(right, 0, "ed", 4))
                        : right.lower(0) && (right.has(0, Lexicon.BE) || hasEnding(right, 0, "s", 3)
                        && !right.has(0, Lexicon.CUE | Lexicon.STOP)))
                && !(own != null && (right.is(1, "how") || right.is(1, "what")))) { // ("“Shameful” is how Ruiz put it")
            return Kind.TITLE;
        }
        // "“The Lamp in the Window,” which opens nationwide Friday", "“House Money,” directed by Lena Varga, follows":
        // a title that opens its sentence, then what the work is or who made it
        if (c.titleCase && c.words >= 2 && c.words <= 10 && c.endsWithComma && !embedded && right.lower(0)
                && (c.startsWithThe && c.words >= 3 && right.is(0, "which") || right.is(1, "by") && (right.is(0, "directed")
                || right.is(0, "written") || right.is(0, "produced") || right.is(0, "published")))) {
            return Kind.TITLE;
        }
        // "under the name “Brendan Maintenance Services,”", "the username “SeaDogSurplus.”": a name given to a thing
        if (c.words <= 6 && !c.internalSentenceBreak && n > 1 && left.lower(n - 1) && (left.is(n - 1, "name")
                || left.is(n - 1, "username") || left.is(n - 1, "handle") || left.is(n - 1, "alias"))
                && (left.is(n - 2, "the") || left.is(n - 2, "a"))) {
            return c.titleCase || c.words == 1 ? Kind.TITLE : Kind.SCARE;
        }
        // "A severe flood warning – meaning ‘danger to life’ –": what a term means, in quotation marks
        if (c.words <= 6 && n > 0 && left.is(n - 1, "meaning") && left.lower(n - 1)) {
            return Kind.SCARE;
        }
        // "We rate it “Mostly False.”", "rated the claim “Pants on Fire!”": a rating is a label, not anybody's words
        if (c.words <= 4 && n > 1 && (left.is(n - 2, "rate") || left.is(n - 2, "rated") || left.is(n - 2, "rates")
                || (n > 2 && left.is(n - 1, "claim") && left.is(n - 2, "the") && (left.is(n - 3, "rate")
                || left.is(n - 3, "rated"))))) {
            return Kind.TITLE;
        }
        // "beating heavy favorite “The Glass Cartographer.”", "Emotional as ‘The Quiet Year’ Earns Ovation": "The" and
        // capitalised words, with no verb of saying just before, name a work
        if (c.startsWithThe && c.titleCase && c.words >= 2 && c.words <= 8 && own == null && embedded
                && left.lower(n - 1) && !prevWithin(left, sentence, 2, Lexicon.CUE)) {
            return Kind.TITLE;
        }
        // "Locals have long called Dagsaan the “natutulog na higante”", "Staff call it the “reset room.”": a name given
        // to a thing named right before "the" (not "what he called the “radical agenda” of ...": his words)
        if (c.words <= 4 && !c.titleCase && !c.exclamation && n > 2 && left.is(n - 1, "the") && left.lower(n - 1)
                && (left.cap(n - 2) || left.is(n - 2, "it")) && !right.is(0, "of")
                && prevWithin(left, sentence, 4, Lexicon.CUE_NAMING) && (!c.endsWithPunctuation || c.endsWithComma
                || lastInside(left.text, place.end) == '.')) {
            return Kind.SCARE;
        }
        // Words the text itself calls a slogan or prints on a thing, and names or headings a thing was given (unless
        // the sentence names who said them: "Ruiz said her motto, “never give up,” got her through"): "the campaign’s
        // unofficial slogan: “Tuko wengi, hatuogopi”", "“Maji ni Uhai”, reads a faded slogan on its side", "flyers
        // bearing the slogan “Boil it, treat it, or leave it”", "whose motto, “You call. We pay.”", "green caps
        // stitched with the words “Fair Price, Full Barns.”" (but "a T-shirt emblazoned with the words “I can't
        // breathe,” as Eric Garner said before he died"), "a fundraiser billed as “Swing for the Season,”", "One page
        // was headed “HYBRIDS ONLY.”" (capitals: "is headed “in the wrong direction”" is someone's words)
        if (c.words <= 12 && (n > 1 && left.punct(n - 1, ':') && (left.is(n - 2, "slogan") || left.is(n - 2, "motto"))
                || sloganReadsAfter(right))) {
            return Kind.TITLE;
        }
        if (own == null && c.words <= 12 && n > 1 && ((left.is(n - 1, "slogan") || left.is(n - 1, "motto"))
                && left.lower(n - 1) && (left.is(n - 2, "the") || left.is(n - 2, "a"))
                || left.punct(n - 1, ',') && left.is(n - 2, "motto")
                || n > 3 && left.is(n - 1, "words") && left.is(n - 2, "the") && (left.is(n - 3, "bearing")
                || left.is(n - 3, "reading") || left.is(n - 3, "with") && isPrintingVerb(left, n - 4)))
                || c.words <= 8 && n > 1 && (c.titleCase && left.is(n - 1, "as") && left.is(n - 2, "billed")
                || c.capitalWords == c.words && left.is(n - 1, "headed") && left.lower(n - 1)
                && left.has(n - 2, Lexicon.BE))) {
            return Kind.TITLE;
        }
        // "reminded teachers of the “no work, no pay” principle": quoted words between an article and a noun for a
        // rule name that rule; nobody is quoted (not "a “stupid and reckless” decision", someone's words)
        if (c.words >= 2 && c.words <= 6 && !c.endsWithPunctuation && n > 0 && left.lower(n - 1)
                && (left.is(n - 1, "the") || left.is(n - 1, "a") || left.is(n - 1, "an")) && right.size > 1
                && right.lower(0) && isRuleNoun(right, 0) && (!right.isWord(1) || right.has(1, Lexicon.STOP))
                && !isDegreeWord(left.a, c.firstWordStart, c.firstWordEnd)) { // ("a “more substantial” follow-up")
            return Kind.SCARE;
        }
        // "placards with inscriptions such as “Subsidy removal is hunger tax”": words printed on a thing
        if (c.words <= 12 && n > 2 && left.is(n - 1, "as") && left.is(n - 2, "such") && left.has(n - 3, Lexicon.SIGN)) {
            return Kind.TITLE;
        }
        // “Harmon v. Delacroix Shipping Co.,” a 2017 ruling: the name of a court case
        if (c.caseName) {
            return Kind.TITLE;
        }
        // "her proposed “Working Families First Act,”": the name of a law, plan or programme
        if (c.endsWithLawNoun && !headline && c.words <= 12) {
            return Kind.TITLE;
        }
        // "a group calling itself “Haskell Democrats”", "has taken to calling her “Madame Status Quo”": a name given
        if (n > 1 && left.has(n - 2, Lexicon.CUE_NAMING) && (isReflexive(left, n - 1)
                || (c.titleCase && c.words >= 2 && (left.is(n - 1, "her") || left.is(n - 1, "him")
                || left.is(n - 1, "them"))))) {
            return c.titleCase && isReflexive(left, n - 1) ? Kind.TITLE : Kind.SCARE;
        }
        // "calling it the “Ruhnke Raid”", "branded the “Secure Ballot Act”", "whom supporters call “the Cowboy CEO”":
        // a naming verb and a capitalised name (after "the") name a thing or give a nickname; they quote nobody
        if (n > 0 && prevWithin(left, sentence, 4, Lexicon.CUE_NAMING)
                && ((left.is(n - 1, "the") && left.lower(n - 1) && c.titleCase && c.words <= 8) || c.theName)) {
            return c.theName ? Kind.SCARE : Kind.TITLE;
        }
        // "a study called “RESTORE-HF”", "an open source project called “OpenHearth”": an indefinite noun phrase and a
        // naming participle give a thing its name, whoever the sentence's speaker is
        if (c.words <= 6 && n > 2 && isNamingParticiple(left, n - 1) && indefiniteThing(left, n - 2, sentence)) {
            return c.titleCase ? Kind.TITLE : Kind.SCARE;
        }
        // A title in apposition to the work named a few words before, whatever verb follows: "A new report from the
        // Harlan Center, “Running on Fumes,” found ...", "the team's motto for the season, “Earn It Every Day.”",
        // "whose motto — “Outwork Everybody” —"
        if (c.titleCase && c.words >= 2 && c.words <= 10 && n > 1 && ((left.punct(n - 1, ',')
                && (prevWithin(left, sentence, 5, Lexicon.TITLE_CUE) || (!c.internalSentenceBreak
                && lastInside(left.text, place.end) == ',' && prevWithin(left, sentence, 10, Lexicon.TITLE_CUE))))
                || (left.kind[n - 1] == Tokens.DASH && left.has(n - 2, Lexicon.TITLE_CUE) && left.lower(n - 2)))) {
            return Kind.TITLE;
        }
        // "earned him the nickname “the Bulldog of Brant County,”": a nickname, however long
        int before = n > 1 && (left.is(n - 1, "the") || left.is(n - 1, "a")) ? n - 2 : n - 1;
        if (c.words <= 8 && before >= sentence && (left.is(before, "nickname") || left.is(before, "moniker"))) {
            return Kind.SCARE;
        }
        // "A two-night stay was labeled a “staff retreat.”": a label given in the passive, with nobody giving it
        if (c.words <= 6 && before > sentence && isLabelParticiple(left, before) && left.has(before - 1, Lexicon.BE)
                && !right.is(0, "by") && !right.is(1, "by")) {
            return c.titleCase ? Kind.TITLE : Kind.SCARE;
        }
        // "Copper is often called “Dr. Copper”": a name the thing is called by, in the passive
        if (c.titleCase && c.words <= 4 && n > 1 && left.is(n - 1, "called") && (left.has(n - 2, Lexicon.BE)
                || (left.has(n - 3, Lexicon.BE) && left.lower(n - 2)
                && !left.has(n - 2, Lexicon.CUE | Lexicon.DETERMINER)))) {
            return Kind.SCARE;
        }
        // "under the headline “Nobody won, and Arizona lost,”", "with the subject line “Walt Can't Buy Queens.”"
        int h = n > 2 && left.punct(n - 1, ':') && left.is(n - 3, "subject") ? n - 2 : n - 1; // "subject line: “...”"
        if (h > 0 && (left.is(h, "headline") || (left.is(h, "line") && left.is(h - 1, "subject")))
                && left.lower(h) && c.words <= 16) {
            // (not "headline:", which measured as introducing someone's words on the corpus)
            return Kind.TITLE;
        }
        // "a group they call “Keep Hollister Green,”": several capitalised words right after "call" are a name
        if (c.titleCase && c.words >= 2 && c.words <= 6 && !c.exclamation && n > 0 && (left.is(n - 1, "call")
                || left.is(n - 1, "calls")) && left.lower(n - 1)) {
            return Kind.TITLE;
        }
        // "signs reading “Dial-Up Is Not a Plan”", "T-shirts that read “Care Not Cops”", "Their yard signs say “17 by
        // 28.”": words printed on a thing
        if (n > 1 && (((left.is(n - 1, "say") || left.is(n - 1, "says")) && left.has(n - 2, Lexicon.SIGN))
                || left.is(n - 1, "reading") || left.is(n - 1, "read") || left.is(n - 1, "reads")
                || left.is(n - 1, "saying")) && (left.has(n - 2, Lexicon.TITLE_CUE)
                || (left.is(n - 2, "that") && n > 2 && left.has(n - 3, Lexicon.TITLE_CUE))
                || (left.is(n - 1, "reading") && prevWithin(left, sentence, 6, Lexicon.TITLE_CUE))
                || ((left.is(n - 1, "reads") || left.is(n - 1, "read")) && signWithin(left, n - 2, sentence)))
                && c.words <= 12) {
            // ("a sign over the bench reads “...”", "a brass plaque that read “...”"; "the report reads" is a document)
            // (also "signs in its exam rooms reading “...”": a short phrase may stand between the sign and its words)
            return Kind.TITLE;
        }
        // "“Tax-Hike Ruth,” a nickname his campaign uses", "“Care Not Cops,” a slogan borrowed from ...": an
        // appositive right after the quote says what it is
        Kind named = namedByAppositive(right, place.end, c.titleCase, c.endsWithComma);
        if (named != null && c.words <= 8) {
            return named;
        }
        // "known around the Capitol simply as “the fiber bill”", "what are known in Albany as “extenders”"
        if (c.words <= 6 && n > 0 && (left.is(n - 1, "as") || (left.is(n - 1, "the") && left.is(n - 2, "as")))
                && knownAs(left, sentence)) {
            return Kind.SCARE;
        }
        // "the show “Night Desk”", "her book “Open Roads”"
        if (c.titleCase && !headline && c.words <= 12 && !c.internalSentenceBreak
                && (prevWithin(left, sentence, 1, Lexicon.TITLE_CUE)
                || (prevWithin(left, sentence, 3, Lexicon.TITLE_CUE) && !immediate))) {
            return Kind.TITLE;
        }
        // "The band played “Sweet Caroline” as fans sang along", "voted to rename the park “Freedom Square”": a work
        // performed or a name given (the verb right before the quote, or before a short object)
        if (c.titleCase && !headline && c.words <= 8 && !c.internalSentenceBreak && !c.exclamation
                && prevWithin(left, sentence, 3, Lexicon.TITLE_VERB) && !(c.endsWithComma && own != null)) {
            // (not "The striker played “The Best Football Of His Life,” his manager said": someone's words)
            return Kind.TITLE;
        }
        // "so-called “rainy-day” fund", "the term “fake news”", "what is known as the “sunset clause”"
        if (c.words <= 4 && !immediate && prevWithin(left, sentence, 3, Lexicon.SCARE_CUE) && !possessedWord(left)
                && !knewSomeone(left, sentence)) {
            return Kind.SCARE;
        }
        // A title-cased line on its own, in quotation marks: a section heading.
        if (place.wholeParagraph && place.notFirstParagraph && own == null && c.titleCase && c.words >= 2
                && c.words <= 8) {
            return Kind.TITLE;
        }
        if (immediate) {
            if (own.how == Source.BEFORE && own.type == Source.DESCRIPTOR && !own.vague && n > 0
                    && left.has(n - 1, Lexicon.CUE_NAMING) && left.start[n - 1] == own.cueStart
                    && isThingPhrase(left, own) && (c.titleCase || c.words <= 6)) {
                // "a group called “Moms for America”": naming, not quoting (a name is short: "a move the union
                // called “reckless, dangerous, and frankly insulting to every officer”" is the union's words)
                return c.titleCase ? Kind.TITLE : Kind.SCARE;
            }
            if (c.titleCase && c.words >= 2 && !headline && titleContext(left, right, place, c.endsWithPunctuation)) {
                return Kind.TITLE; // "told Channel 5's “Morning Desk”", "In an interview on WXYZ's “City Hour,” X said"
            }
            return Kind.SPEECH;
        }
        if (place.afterSpeechInSentence) {
            return Kind.SPEECH; // "He said the mayor’s “only plan” was her “reckless” budget"
        }
        if (c.titleCase && embedded && !headline && !c.internalSentenceBreak && c.words <= 10) {
            if (c.words >= 2 && titleContext(left, right, place, c.endsWithPunctuation)) {
                return Kind.TITLE; // appeared on “City Hour,”
            }
            if (c.words == 1 && own == null && !c.exclamation) {
                return Kind.SCARE; // a capitalised word in quotes: a name or label, not speech
            }
            if (c.words >= 2 && own == null && !c.exclamation && (!c.endsWithPunctuation || c.endsWithComma)) {
                // "his pledge to “Zero Out the Income Tax”": speech is not written in title case (a comma inside the
                // closing mark is American punctuation, not the end of a sentence: "a “Tenth Circuit Court of
                // Transportation Appeals,” a tribunal that never existed")
                return Kind.TITLE;
            }
        }
        // "the notorious “sunset clause” provision": a quoted modifier inside a noun phrase (in a sentence with a
        // speaker, "to curb ''activist'' investors", it is the speaker's word: measured, corpora annotate it so)
        if (own == null && c.words <= 3 && !c.endsWithPunctuation && touchesRight && right.lower(0)
                && !right.has(0, Lexicon.STOP | Lexicon.SKIP | Lexicon.PRONOUN | Lexicon.DETERMINER)
                && (!right.has(0, Lexicon.CUE) || right.has(0, Lexicon.NOUNISH))) {
            return Kind.SCARE;
        }
        // "prominence to the “alt-right,” a white nationalist movement": a quoted term that an appositive explains
        if (own == null && c.words <= 3 && embedded && left.size > 0 && left.lower(left.size - 1)
                && left.has(left.size - 1, Lexicon.STOP | Lexicon.DETERMINER) && right.size > 1
                && (right.is(0, "a") || right.is(0, "an")) && !cueInSentence(right)
                && !(right.has(1, Lexicon.SPEECH_NOUN) && right.lower(1))) { // (“donated,” a claim that ...: words said)
            return Kind.SCARE;
        }
        if (c.functionWordOnly && embedded && (own == null || !c.endsWithPunctuation)) {
            return Kind.SCARE; // the pronoun “she” (but "X said the race was “over.”" is X's word)
        }
        return Kind.SPEECH;
    }

    /**
     * Where a title-cased quote reads as the name of a work or show: right after "on", "in", "of", "from",
     * "and" or a possessive ("WXYZ's"), or right before a title noun ("the “Harvest” festival", "the “Town-Hall” forum").
     */
    private static boolean titleContext(Tokens left, Tokens right, Place place, boolean endsWithPunctuation) {
        int n = left.size;
        if (n > 0 && left.isWord(n - 1) && left.end[n - 1] + 1 >= place.start - 1) {
            int k = n - 1;
            if (left.is(k, "on") || left.is(k, "in") || left.is(k, "of") || left.is(k, "from") || left.is(k, "and")
                    || (left.is(k, "the") && left.lower(k)) // "the “Age-Appropriate Materials Act,”"
                    || left.is(k, "or") || left.is(k, "at") || (left.shape[k] & Tokens.POSSESSIVE) != 0 // the network's
                    || (left.cap(k) && pluralPossessive(left, k))) {
                return true;
            }
        }
        // "the “Harvest” festival", and any noun the title modifies: "the new “Critical Access Plus” designation"
        return right.size > 0 && right.isWord(0) && right.start[0] <= place.end + 1 && (right.has(0, Lexicon.TITLE_CUE)
                || (right.lower(0) && !right.has(0, Lexicon.STOP | Lexicon.SKIP | Lexicon.PRONOUN | Lexicon.DETERMINER
                | Lexicon.CUE | Lexicon.BE) && !endsWithPunctuation));
    }

    /** "Fox News’ “Hannity”": a capitalised word ending in s and an apostrophe. */
    private static boolean pluralPossessive(Tokens left, int k) {
        int e = left.end[k];
        if (e >= left.text.length() || e < 2) {
            return false;
        }
        char ap = left.text.charAt(e);
        return (ap == '\u2019' || ap == '\'') && left.text.charAt(e - 1) == 's';
    }

    /** "a group called", "the program named": an indefinite or definite thing, not a person's title. */
    private static boolean isThingPhrase(Tokens left, Source own) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < left.size; k++) {
            if (left.start[k] == own.mentionStart) {
                first = k;
            }
            if (left.end[k] == own.mentionEnd) {
                last = k;
            }
        }
        if (first < 0 || last < 0) {
            return false;
        }
        boolean article = left.is(first, "a") || left.is(first, "an") || left.is(first, "the");
        return article && !left.has(last, Lexicon.TITLE | Lexicon.VAGUE);
    }

    private static boolean endsWithGate(String text, int start, int end) {
        int i = end - 1;
        while (i > start && !Chars.isLetter(text.charAt(i))) {
            i--;
        }
        return i - start > 5 && text.regionMatches(true, i - 4, "-gate", 0, 5);
    }

    /** The last character inside the closing mark of the quote that ends at {@code end}, or the comma after it. */
    private static char lastInside(String text, int end) {
        if (end < text.length() && text.charAt(end) == ',') {
            return ','; // British and straight-quote styles: “Running on Fumes”, found ...
        }
        int i = end - 1;
        while (i > 0 && end - i <= 2 && Chars.isQuoteChar(text.charAt(i))) {
            i--;
        }
        return text.charAt(i);
    }

    /** A sign noun among the few words ending at {@code e}: "a sign over the bench", "a plaque that". */
    private static boolean signWithin(Tokens left, int e, int sentence) {
        for (int k = e; k >= sentence && k > e - 5 && left.isWord(k); k--) {
            if (left.has(k, Lexicon.SIGN)) { // ("the report says" is a document speaking, not a sign)
                return true;
            }
        }
        return false;
    }

    /** "in her word, “ugly.”", "in their phrase": a word someone owns is that person's speech, not a word as a word. */
    private static boolean possessedWord(Tokens left) {
        int n = left.size;
        int k = left.punct(n - 1, ',') ? n - 2 : n - 1;
        return k > 0 && (left.is(k, "word") || left.is(k, "words") || left.is(k, "phrase")) && (left.is(k - 1, "her")
                || left.is(k - 1, "his") || left.is(k - 1, "their") || left.is(k - 1, "its") || left.is(k - 1, "my"));
    }

    /** "“...”, reads a faded slogan on its side": the words of a slogan or sign, named right after the quote. */
    private static boolean sloganReadsAfter(Tokens right) {
        int i = right.punct(0, ',') ? 1 : 0;
        if (!(right.is(i, "reads") || right.is(i, "read")) || !right.lower(i)) {
            return false;
        }
        for (int m = i + 1; m < right.size && m <= i + 4 && right.isWord(m); m++) {
            if (right.is(m, "slogan") || right.has(m, Lexicon.SIGN)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLabelParticiple(Tokens left, int k) {
        return left.is(k, "labeled") || left.is(k, "labelled") || left.is(k, "nicknamed") || left.is(k, "dubbed");
    }

    private static boolean isNamingParticiple(Tokens left, int k) {
        return left.is(k, "called") || left.is(k, "named") || left.is(k, "dubbed") || left.is(k, "titled")
                || left.is(k, "entitled") || left.is(k, "nicknamed") || left.is(k, "labeled") || left.is(k, "labelled")
                || left.is(k, "termed") || left.is(k, "branded") || left.is(k, "billed");
    }

    /** "a study", "an open source project" ending at token e: "a" or "an" and up to three words, none a person. */
    private static boolean indefiniteThing(Tokens left, int e, int lo) {
        for (int m = e; m >= lo && m > e - 4; m--) {
            if (!left.lower(m) && (m == e || !left.lower(e) || left.has(m, Lexicon.TITLE))) {
                return false; // (a capitalised modifier of a lower-case head is fine: "a Telegram channel")
            }
            if (m < e && (left.is(m, "a") || left.is(m, "an"))) {
                return true;
            }
            if (left.has(m, Lexicon.PRONOUN | Lexicon.STOP | Lexicon.CUE | Lexicon.DETERMINER)
                    || (m == e && left.has(m, Lexicon.PERSON_NOUN | Lexicon.TITLE | Lexicon.VAGUE))) {
                return false;
            }
        }
        return false;
    }

    /** "he had known the accused “from small”": "known" after "had" is knowing someone, not "known as". */
    private static boolean knewSomeone(Tokens left, int sentence) {
        for (int k = left.size - 1; k > sentence && k >= left.size - 4; k--) {
            if (left.is(k, "known")) {
                return left.is(k - 1, "had") || left.is(k - 1, "has") || left.is(k - 1, "have");
            }
        }
        return false;
    }

    private static boolean isReflexive(Tokens left, int k) {
        return left.is(k, "itself") || left.is(k, "themselves") || left.is(k, "himself") || left.is(k, "herself");
    }

    /** "known ... as" or "referred to ... as" within the few words before the quote's "as". */
    private static boolean knownAs(Tokens left, int sentence) {
        int seen = 0;
        for (int k = left.size - 2; k >= sentence && seen < 10; k--) {
            if (left.punct(k, ',')) {
                continue; // "known around the building, not always affectionately, as the “Quist bill”"
            }
            if (!left.isWord(k)) {
                return false;
            }
            if (left.is(k, "known") || left.is(k, "referred") || left.is(k, "refer") || left.is(k, "refers")
                    || left.is(k, "referring") || left.is(k, "knew") || left.is(k, "know") || left.is(k, "knows")) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /** “...,” a nickname ... / “...” — a slogan ...: the kind the appositive names, or null. */
    private static Kind namedByAppositive(Tokens right, int quoteEnd, boolean titleCase, boolean commaInside) {
        int i = 0;
        if (i < right.size && (right.punct(i, ',') || right.kind[i] == Tokens.DASH)) {
            i++;
        } else if (i >= right.size || !right.isWord(i) || right.start[i] > quoteEnd + 1 || !commaInside) {
            return null; // (with no comma, inside the marks or after them, no appositive: he was “confident” the bill ...)
        }
        if (!(right.is(i, "a") || right.is(i, "an") || right.is(i, "the")) || !right.lower(i)) {
            return null;
        }
        for (int m = i + 1; m <= i + 4 && m < right.size && right.isWord(m); m++) { // ("a conservative talk radio program")
            if (m > i + 1 && right.lower(m - 1) && right.has(m - 1, Lexicon.DETERMINER)) {
                break; // “...,” a figure his campaign disputed: a clause of its own begins; "campaign" names nothing
            }
            if (m == i + 4 && !(titleCase && right.lower(m - 1) && right.lower(m - 2))) {
                break; // (the fourth word only after two lower-case words, for a quote that reads as a title)
            }
            if (right.has(m, Lexicon.TITLE_CUE) && right.lower(m) && (m < i + 3 || right.lower(m - 1)
                    && (right.shape[m - 1] & Tokens.POSSESSIVE) == 0) && !speakerFollows(right, m + 1)) {
                // “The Morning Drive,” a talk program on ...; its “lightning round,” a segment meant for ... (but not
                // “...,” a campaign official said, or “...,” the paper quoted X as saying: a speaker, not a name)
                return titleCase ? Kind.TITLE : Kind.SCARE;
            }
            if (right.is(m, "nickname") || right.is(m, "moniker") || right.is(m, "label") || right.is(m, "term")
                    || right.is(m, "euphemism") || right.is(m, "buzzword")) {
                return Kind.SCARE;
            }
            if (right.is(m, "slogan") || right.is(m, "motto") || right.is(m, "hashtag") || right.is(m, "title")
                    || right.is(m, "headline")) {
                return Kind.TITLE;
            }
        }
        return null;
    }

    /**
     * A verb of saying or "quoted" right at i, or a person among the lower-case words from i to the next function word:
     * the noun before them only modifies a speaker ("“...,” a senior campaign finance official said").
     */
    private static boolean speakerFollows(Tokens right, int i) {
        if (right.has(i, Lexicon.CUE | Lexicon.QUOTED)) {
            return true; // (a verb right after the noun: “...,” a campaign official said)
        }
        for (int m = i; m < right.size && m < i + 4 && right.lower(m)
                && !right.has(m, Lexicon.STOP | Lexicon.DETERMINER | Lexicon.CUE); m++) {
            if (right.has(m, Lexicon.PERSON_NOUN | Lexicon.TITLE | Lexicon.VAGUE)) {
                return true; // (“...,” a senior campaign finance official said; not “The Daily,” a news podcast
                             // widely described as ...)
            }
        }
        return false;
    }

    /** A speech verb in the sentence after the quote ("“We won,” a spokesman said"). */
    private static boolean cueInSentence(Tokens right) {
        for (int k = 0; k < right.size && !right.endsSentence(k); k++) {
            if (right.isWord(k) && right.has(k, Lexicon.CUE) && Phrases.usableCue(right, k, false)) {
                return true; // (not "hard to tell apart")
            }
        }
        return false;
    }

    /** True when one of the last {@code count} words before the quote (in its sentence) has the flag. */
    private static boolean prevWithin(Tokens left, int sentence, int count, long flag) {
        int seen = 0;
        for (int k = left.size - 1; k >= sentence && seen < count; k--) {
            if (left.isWord(k)) {
                if (left.has(k, flag)) {
                    return true;
                }
                seen++;
            } else if (left.kind[k] != ',' && left.kind[k] != Tokens.MARK) {
                return false;
            }
        }
        return false;
    }
}
