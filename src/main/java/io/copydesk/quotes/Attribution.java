package io.copydesk.quotes;

import static io.copydesk.quotes.Phrases.*;

/**
 * Finds who a quote is attributed to, and with which words, by reading only bounded windows of text around
 * the quote: the clause right after it (“...,” said X / “...,” X said), its own sentence before it
 * (X said, “...” / X called it “...”), the sentence before that, and a "X said:" paragraph lead-in.
 * Each window holds at most a few hundred tokens, which keeps the whole detector linear in the text length.
 */
final class Attribution {

    /** How far back (in characters) the window before a quote may reach. */
    private static final int LEFT_CHARS = 600;
    private static final int LEFT_TOKENS = LEFT_CHARS + 1; // a token is at least one character
    /** How far forward (in tokens) the window after a quote may reach. */
    private static final int RIGHT_TOKENS = 60;
    /** Speech verbs further than this from the quote (in tokens, same sentence) are not considered. */
    private static final int MAX_CUE_DISTANCE = 45;

    private final String text;
    private final char[] chars;
    final Tokens left = new Tokens();
    final Tokens right = new Tokens();
    private final Tokens lead = new Tokens();

    /** After {@link #before}: index in {@link #left} of the first token of the quote's own sentence. */
    int leftSentenceStart;

    // Set by searchClause: a cue was found whose subject is the sentence's subject, further left.
    private boolean needSentenceSubject;
    // The cue (token index) that set needSentenceSubject, nearest the quote; -1 when none.
    private int sentenceSubjectCue = -1;
    // Set by searchClause: the noun phrase before a participle cue that was read as the verb's object ("went
    // after Trump saying"); used only when the sentence has no subject of its own to give the cue.
    private Source participleFallback;
    // Set by subjectFirst: token index where the attribution clause ends.
    private int clauseEnd;
    // Set by before: a passive cue ("was called") right before the quote, or -1.
    private int passiveCue = -1;

    Attribution(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
    }

    // ================================================================== after the quote

    /** The attribution in the clause right after the quote, e.g. “...,” said X / “...,” X told reporters. */
    /**
     * Set by the caller before {@link #after}: the quoted words end with a comma, ! or ?, so the sentence goes
     * on after the closing mark and what follows is most likely its attribution.
     */
    boolean openEnded;
    /**
     * Set by the caller before {@link #after}: the quote opens a short paragraph that does not end like a sentence —
     * a headline, where "'...': Subway hero speaks out" puts the speaker after a colon.
     */
    boolean headlineQuote;
    /** Set by the caller before {@link #after}: the quoted words end with . ! or ?, closing their sentence. */
    boolean closedSentence;
    /** Set by the caller before {@link #after}: the quoted words end with a full stop (not ! or ?, after which
     * "“Why?” Vitter demanded." still attributes). */
    boolean fullStop;

    /**
     * “...,” a claim she disputes / “...,” a phrase several parents repeated: an article and a noun for something
     * said, followed by a relative clause rather than a reporting verb. Such a phrase is in apposition to the
     * quote; it does not name a speaker ("the statement said" still does).
     */
    private static boolean describesQuote(Tokens t, int i, int hi) {
        if (!(t.is(i, "a") || t.is(i, "an") || t.is(i, "the")) || !t.lower(i)) {
            return false;
        }
        int m = i + 1;
        if (m + 2 < hi && t.lower(m) && !isPersonNoun(t, m) && !t.has(m, Lexicon.CUE | Lexicon.STOP)
                && t.lower(m + 1) && t.has(m + 1, Lexicon.DETERMINER | Lexicon.PERSON_PRONOUN)) {
            // “...,” a figure his campaign disputed: a noun and a clause about it, not a speaker (but “...,” a retiree
            // the Courier interviewed said: a verb of saying ends the clause, and the noun is its speaker)
            boolean cue = false;
            for (int c = m + 2; c < hi && c < m + 12 && !cue; c++) {
                cue = isCueAt(t, c, hi);
            }
            if (!cue) {
                return true;
            }
        }
        if (m < hi && t.lower(m) && !t.has(m, Lexicon.SPEECH_NOUN) && !t.is(m, "phrase") && !t.is(m, "line")
                && t.isWord(m)) {
            m++; // one adjective: "a familiar refrain"
        }
        return m + 1 < hi && (t.has(m, Lexicon.SPEECH_NOUN) || t.is(m, "phrase") || t.is(m, "line")) && t.lower(m)
                && t.isWord(m + 1) && !t.has(m + 1, Lexicon.CUE) && !t.is(m + 1, "by");
    }

    /**
     * The attribution right after the quote. A document named there ("“...,” the affidavit states") is marked as a
     * record: it reports what someone said, and a person named before the quote is the speaker.
     */
    Source after(int quoteEnd, int limit) {
        Source s = afterQuote(quoteEnd, limit);
        if (s != null && !s.record && s.type == Source.DESCRIPTOR && s.nameStart < 0) {
            int last = right.tokenAt(s.mentionEnd - 1, right.size - 1, 0);
            s.record = right.lower(last) && right.has(last, Lexicon.DOCUMENT);
        }
        return s;
    }

    private Source afterQuote(int quoteEnd, int limit) {
        Tokens t = right;
        t.tokenize(text, chars, quoteEnd, limit, RIGHT_TOKENS);
        int n = t.size;
        int i = 0;
        boolean dash = false;
        if (headlineQuote && n > 1 && t.punct(0, ':')) {
            i = 1; // 'I wasn't going to let him hurt anybody': Subway hero speaks out
        }
        if (t.punct(0, '(')) {
            // “Alhamdulillah, semua selamat” (Thank God, everyone is safe). — a translation in parentheses stands
            // between the quote and what follows it
            int m = 1;
            while (m < n && m < 40 && !t.punct(m, ')') && !t.punct(m, '(')) {
                m++;
            }
            if (m < n && t.punct(m, ')')) {
                i = m + 1;
                if (t.punct(i, '.') && t.endsSentence(i)) {
                    i++;
                    closedSentence = true;
                    fullStop = true;
                }
            }
        }
        while (i < n && (t.kind[i] == ',' || t.kind[i] == Tokens.DASH || t.kind[i] == ';')) {
            dash |= t.kind[i] == Tokens.DASH;
            if (t.kind[i] == ';') {
                return null; // “...”; Republicans call it “...” — a semicolon opens another clause
            }
            i++;
        }
        if (i >= n || t.kind[i] != Tokens.WORD) {
            return null;
        }
        int hi = i;
        while (hi < n && !t.endsSentence(hi) && t.kind[hi] != Tokens.MARK) {
            hi++;
        }
        if (describesQuote(t, i, hi)) {
            return null; // “...,” a claim she disputes. — a noun phrase about the quoted words, not their speaker
        }
        // “...” — Jane Doe
        if (dash && t.cap(i) && !t.has(i, Lexicon.STOP | Lexicon.DETERMINER | Lexicon.PRONOUN)) {
            int e = capRunForward(t, i, hi);
            if (e + 1 >= hi || t.kind[e + 1] == ',' || t.kind[e + 1] == '(') {
                Source s = noun(t, i, e);
                s.cueStart = t.start[i - 1];
                s.cueEnd = t.end[i - 1];
                s.how = Source.AFTER;
                return s;
            }
        }
        // “...” was written by Bruce Springsteen
        int p = t.has(i, Lexicon.SKIP) && t.lower(i) ? i + 1 : i;
        if (p > i && isPassiveSpeech(t, p) && t.is(p + 1, "by")) {
            Source s = npForward(t, p + 2, hi, true);
            if (s != null) {
                setCue(s, t, p, p + 1);
                s.how = Source.AFTER;
                return s;
            }
        }
        // “...,” according to X
        if (t.has(i, Lexicon.ACCORDING) && t.is(i + 1, "to")) {
            Source s = accordingTo(t, i + 2, hi);
            if (s != null) {
                setCue(s, t, i, i + 1);
                s.how = Source.AFTER;
                s.record = isDocument(t, i + 2, hi);
                return s;
            }
        }
        // “... .” That was how one executive put it. / That was the whole reaction from Tom Ashby. / That's what X said.
        int rest = thatWas(t, i);
        if (closedSentence && rest > 0) {
            Source s = thatWasHowOrFrom(t, rest, hi, false);
            if (s != null) {
                return s;
            }
        }
        // “...,” was how Ruiz put it / is what the mayor told reporters: the same clause inside the quote's sentence
        if (!closedSentence && (t.is(i, "was") || t.is(i, "is")) && t.lower(i)
                && (t.is(i + 1, "how") || t.is(i + 1, "what"))) {
            Source s = thatWasHowOrFrom(t, i + 1, hi, false);
            if (s != null) {
                return s;
            }
        }
        // “...,” in the words of one pollster / “...,” came the reply from the mayor's office
        int noun = t.is(i, "came") && t.is(i + 1, "the") ? (t.has(i + 2, Lexicon.SPEECH_NOUN) ? i + 2
                : t.lower(i + 2) && t.has(i + 3, Lexicon.SPEECH_NOUN) ? i + 3 : -1) : -1; // (also "the terse reply")
        int from = t.lower(i) && t.is(i, "in") && t.is(i + 1, "the") && t.is(i + 2, "words") && t.is(i + 3, "of")
                ? i + 3 : !closedSentence && noun > 0 && t.is(noun + 1, "from") ? noun + 1 : -1;
        if (from > 0) {
            Source s = npForward(t, from + 1, hi, true);
            if (s != null) {
                s.vague |= t.is(from + 1, "one") && isPersonNoun(t, from + 2); // (like "as one put it")
                setCue(s, t, i, from);
                s.how = Source.AFTER;
                return s;
            }
        }
        // “... .” Dhillon made the remark late in the evening. / The senator made the comments at a rally.
        if (closedSentence) {
            Source s = npForward(t, i, hi, true);
            int v = s == null ? -1 : tokenAtOrAfter(t, s.mentionEnd, hi) + 1;
            if (v > i && v + 2 < hi && (t.is(v, "made") || t.is(v, "delivered")) && t.lower(v)
                    && (t.is(v + 1, "the") || t.is(v + 1, "those") || t.is(v + 1, "these") || t.is(v + 1, "that"))
                    && t.has(v + 2, Lexicon.SPEECH_NOUN) && (s.type != Source.DESCRIPTOR || isPerson(s))) {
                setCue(s, t, v, v + 2);
                s.how = Source.AFTER;
                return s;
            }
        }
        // “... .” The line, delivered by the prime minister at a rally, drew cheers.
        if (closedSentence && t.is(i, "the") && (t.has(i + 1, Lexicon.SPEECH_NOUN) || t.is(i + 1, "line"))
                && t.punct(i + 2, ',') && t.lower(i + 3) && hasEnding(t, i + 3, "ed", 4) && t.is(i + 4, "by")) {
            Source s = npForward(t, i + 5, hi, true);
            if (s != null) {
                setCue(s, t, i + 3, i + 4);
                s.how = Source.AFTER;
                return s;
            }
        }
        // “...,” as he put it / as the mayor said: the clause is the attribution (not "as she left")
        if (t.is(i, "as") && t.lower(i)) {
            Source s = subjectFirst(t, i + 1, hi);
            if (s != null && clauseEnds(t, clauseEnd, hi)) {
                s.how = Source.AFTER;
                return s;
            }
        }
        // “...,” that person said / those officials said: a demonstrative pointing back at a source named before
        if ((t.is(i, "that") || t.is(i, "this") || t.is(i, "those") || t.is(i, "these")) && t.lower(i)
                && t.lower(i + 1) && t.has(i + 1, Lexicon.PERSON_NOUN | Lexicon.VAGUE | Lexicon.TITLE)
                && t.has(i + 2, Lexicon.CUE) && t.lower(i + 2)) {
            Source s = noun(t, i, i + 1);
            setCue(s, t, i + 2, i + 2);
            clauseEnd = i + 2;
            s.how = Source.AFTER;
            return s;
        }
        // “...,” said X
        Source s = inverted(t, i, hi);
        if (s != null) {
            s.how = Source.AFTER;
            return s;
        }
        // “...,” X said / X, an economist, said / X quoted Y as saying
        s = subjectFirst(t, i, hi);
        // “Is there enough water?” Rourke asked at the start of the interview: after ? or ! a speech verb right
        // after its subject attributes however the clause goes on
        int cue = s == null || s.cueStart < 0 ? -1 : t.tokenAt(s.cueStart, hi - 1, 0);
        boolean askedAfter = !fullStop && cue >= 0
                && (t.has(cue, Lexicon.SAY_CORE | Lexicon.CUE_TELL) || t.is(cue, "asked"));
        if (s != null && closedSentence && t.cap(i) && !askedAfter
                && ((!clauseEnds(t, clauseEnd, hi) && !refersBack(t, clauseEnd + 1, hi))
                || (fullStop && cue >= 0 && !t.has(cue, Lexicon.SAY_CORE)))) {
            // “... .” He said the union would appeal. — a new sentence that reports words of its own does not
            // attribute the quote before it; only a bare "he said." would. Nor does a new sentence whose verb only
            // reacts: “... .” The audience laughed anyway.
            return null;
        }
        if (s != null) {
            s.how = Source.AFTER;
            return s;
        }
        // “...,” she beamed / “...?” the mayor clucked — a quote that cannot end its sentence (comma, ! or ?)
        // followed by a subject and a verb: the verb reports the speech even when it is not in the lexicon
        // ('We will fight': Minister Rao vows to move court — a headline's quote, a colon, and the subject that said it)
        if ((openEnded && !dash) || (headlineQuote && i == 1)) {
            s = unlistedVerbAfter(t, i, hi);
            if (s != null) {
                s.how = Source.AFTER;
                return s;
            }
        }
        if (headlineQuote && i == 1 && t.cap(i) && !t.has(i, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.DETERMINER)
                && !isBoundaryWord(t, i)) {
            // 'Total breakdown of crowd control': Panel report on stampede / 'Encounter was staged': Kin of slain youth
            // seek CBI probe — what a headline puts first after the colon is who said it
            s = noun(t, i, capRunForward(t, i, hi));
            setCue(s, t, 0, 0);
            s.how = Source.AFTER;
            return s;
        }
        // “...” to cover the repairs, she said. — the attribution closes the quote's sentence (not when the quote
        // closed it: 'Two booths down, Lyle Brenneman, 57, said he was sticking with Rourke.' is a new statement)
        boolean newSentence = closedSentence && t.cap(i);
        for (int c = i + 1; !newSentence && c < hi - 1 && c < i + MAX_CUE_DISTANCE; c++) {
            if (!t.punct(c, ',')) {
                continue;
            }
            Source a = inverted(t, c + 1, hi);
            if (a == null) {
                a = subjectFirst(t, c + 1, hi);
            }
            if (a != null && clauseEnds(t, clauseEnd, hi)) {
                a.how = Source.SENTENCE;
                return a;
            }
        }
        // “...,” ... according to X (later in the same sentence; after “... .” a new sentence reports its own facts)
        for (int k = i; !newSentence && k < hi - 1 && k < i + MAX_CUE_DISTANCE; k++) {
            if (t.has(k, Lexicon.ACCORDING) && t.is(k + 1, "to")) {
                Source a = accordingTo(t, k + 2, hi);
                if (a != null) {
                    setCue(a, t, k, k + 1);
                    a.how = Source.SENTENCE;
                    return a;
                }
            }
        }
        return null;
    }

    /** Index of the word after "That was", "That's", "This is", "Those were" at token i; -1 when there is none. */
    private static int thatWas(Tokens t, int i) {
        return t.is(i, "that's") ? i + 1 // That’s how Darnell Fike describes it.
                : (t.is(i, "that") || t.is(i, "this")) && (t.is(i + 1, "was") || t.is(i + 1, "is")) ? i + 2
                : (t.is(i, "those") || t.is(i, "these")) && (t.is(i + 1, "were") || t.is(i + 1, "are")) ? i + 2 : -1;
    }

    /**
     * A quote paragraph followed by a paragraph that opens "That was how X put it." or "That was the verdict of X":
     * the next paragraph names the speaker (only "That was ..." sentences; any other paragraph is its own).
     */
    Source thatWasNextParagraph(int paraStart, int paraEnd) {
        Tokens t = lead;
        t.tokenize(text, chars, paraStart, Math.min(paraEnd, paraStart + LEFT_CHARS), RIGHT_TOKENS);
        int rest = thatWas(t, 0);
        if (rest < 0) {
            return null;
        }
        int hi = rest;
        while (hi < t.size && !t.endsSentence(hi)) {
            hi++;
        }
        return thatWasHowOrFrom(t, rest, hi, true);
    }

    /**
     * The rest of a sentence "That was ..." after a closed quote that names who said it: "how X put it"
     * (any reporting verb) or "the [blunt] reaction from X" (a noun for something said, then "from"); in the
     * paragraph after a quote paragraph ({@code nextParagraph}) also "That’s X, ...".
     */
    private Source thatWasHowOrFrom(Tokens t, int i, int hi, boolean nextParagraph) {
        Source s = null;
        if (t.is(i, "how") || t.is(i, "what")) { // (or "That’s what Rep. Owen Kessler told listeners")
            s = subjectFirst(t, i + 1, hi);
            if (s == null) {
                // "That was how Whitcombe summed up the quarter ...": the clause goes on after its verb ("how one
                // cellist summed up": one of a group, vaguely named)
                boolean one = t.is(i + 1, "one") && t.lower(i + 2) && isPersonNoun(t, i + 2);
                s = one ? noun(t, i + 1, i + 2) : npForward(t, i + 1, hi, true);
                if (one) {
                    s.vague = true;
                }
                int v = s == null ? -1 : tokenAtOrAfter(t, s.mentionEnd, hi) + 1;
                if (s != null && t.punct(v, ',')) {
                    // "That was how Ioane Fale, a 54-year-old fisherman in Nakoru, summed up ...": past the appositive
                    int c = v + 1;
                    while (c < hi && c < v + 14 && t.isWord(c)) {
                        c++;
                    }
                    if (one && t.punct(c, ',') && isNameRun(t, v + 1, c - 1)) {
                        nameFrom(s, t, v + 1, c - 1); // "how one nurse, Ana Ruiz, summed up": named after all
                        s.mentionEnd = t.end[c - 1];
                        s.vague = false;
                    }
                    v = t.punct(c, ',') ? c + 1 : v;
                }
                if (s != null && t.lower(v) && (t.has(v, Lexicon.CUE) || looksLikeFiniteVerb(t, v))) {
                    setCue(s, t, v, v);
                } else {
                    s = null;
                }
            }
        } else if (nextParagraph && t.cap(i) && t.is(i - 1, "that's")
                && !t.has(i, Lexicon.STOP | Lexicon.DETERMINER | Lexicon.TIME)) {
            // “...” / "That’s Commissioner Eugenia Batts, the lone vote against the contract.": the paragraph after a
            // quote paragraph introduces its speaker by name (a full name or a title and a name, then a comma or the
            // sentence's end); inside a paragraph such a sentence names someone else as often as the speaker
            s = npForward(t, i, hi, true);
            int after = s == null ? -1 : tokenAtOrAfter(t, s.mentionEnd, hi) + 1;
            if (s != null && s.type == Source.NAME && s.nameStart >= 0 && after > i + 1
                    && (after >= hi || t.punct(after, ',') || t.endsSentence(after))
                    && (s.titleStart >= 0 || t.punct(after, ',') && personAppositive(t, after + 1, hi))) {
                // (a person, by title or by what the appositive says: not "That’s New York, folks.")
                setCue(s, t, i - 1, i - 1);
            } else {
                s = null;
            }
        } else if (t.is(i, "the") || t.is(i, "a")) {
            int m = i + 1;
            while (m < hi && m < i + 4 && t.lower(m) && !t.has(m, Lexicon.SPEECH_NOUN)) {
                m++;
            }
            int by = t.is(m + 1, "spoken") || t.is(m + 1, "uttered") || t.is(m + 1, "written") ? m + 2 : m + 1;
            if (t.has(m, Lexicon.SPEECH_NOUN) && (t.is(by, "from") || t.is(by, "of") && by == m + 1
                    || t.is(by, "by") && by > m + 1)) { // ("That was the verdict of the Rev. Elijah Batiste")
                // ("Those were the first words spoken by housewife Rokiah Osman")
                s = npForward(t, by + 1, hi, true);
                if (s != null) {
                    setCue(s, t, m, by);
                }
            }
        }
        if (s != null) {
            s.how = Source.AFTER;
        }
        return s;
    }

    /** ", a nurse who ...", ", who ...": the words after a comma describe a person. */
    private static boolean personAppositive(Tokens t, int i, int hi) {
        if (t.is(i, "who")) {
            return true;
        }
        for (int m = i; m < hi && m < i + 5 && t.isWord(m); m++) {
            if (isPersonNoun(t, m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * “...,” Bell beseeched the elders / “...,” beamed Ana Ruiz: a subject and a finite verb (-ed, -s) that the
     * lexicon does not know, in the clause right after an open-ended quote. The clause must end soon after the
     * verb (a short object or phrase at most), as attribution clauses do.
     */
    private Source unlistedVerbAfter(Tokens t, int i, int hi) {
        if (looksLikeFiniteVerb(t, i)) {
            // “...,” beamed Ana Ruiz. (“...,” published Monday: a date is nobody)
            if (!t.cap(i + 1) || t.has(i + 1, Lexicon.STOP | Lexicon.DETERMINER | Lexicon.PRONOUN | Lexicon.TIME)) {
                return null;
            }
            Source s = npForward(t, i + 1, hi, true);
            if (s == null || s.type != Source.NAME || !clauseEnds(t, tokenAtOrAfter(t, s.mentionEnd, hi), hi)) {
                return null;
            }
            setCue(s, t, i, i);
            return s;
        }
        int e;
        if (t.has(i, Lexicon.PRONOUN) && t.lower(i) && !t.is(i, "it")) {
            e = i;
        } else if (t.cap(i) && !t.has(i, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.DETERMINER)) {
            e = capRunForward(t, i, hi);
        } else if (t.lower(i) && (t.is(i, "the") || t.is(i, "a") || t.is(i, "an") || t.is(i, "his") || t.is(i, "her"))) {
            e = i;
            while (e + 1 < hi && e - i < 4 && t.isWord(e + 1) && !looksLikeFiniteVerb(t, e + 1)
                    && !isBoundaryWord(t, e + 1) && !t.has(e + 1, Lexicon.DETERMINER)) { // ("his campaign sent its ...")
                e++;
            }
            if (e == i) { // an article is no subject: in "“...,” the trustees." the -s word is the noun, not a verb
                if (i + 1 >= hi || !t.isWord(i + 1)) {
                    return null;
                }
                e = i + 1;
            }
        } else {
            return null;
        }
        int v = skipAdverbsForward(t, e + 1, hi);
        if (v >= hi || !looksLikeFiniteVerb(t, v) || v + 8 < hi && !clauseEnds(t, v + 8, hi) && !shortTail(t, v, hi)
                || t.is(v + 1, "to") && isRefusalVerb(t, v)) {
            return null; // (“...,” the Speaker declined to entertain him: such a verb and its infinitive report nothing)
        }
        Source s = nounOrPronoun(t, i, e);
        if (s == null) {
            return null;
        }
        setCue(s, t, v, v);
        s.unlistedCue = !isCueAt(t, v, hi); // (and a listed word that is no verb of saying here: "puts her up")
        return s;
    }

    /** A word of tokens [from, to] is a person noun or a title: "the district surveillance focal person", "Carrington's
     * head of analysis". */
    private static boolean namesAPerson(Tokens t, int from, int to) {
        for (int m = from; m <= to; m++) {
            if (isPersonNoun(t, m) || t.has(m, Lexicon.TITLE)) {
                return true;
            }
        }
        return false;
    }

    /** "declined", "refused", "voted" ... before an infinitive: what follows was done or not done, not said. */
    private static boolean isRefusalVerb(Tokens t, int v) {
        return t.is(v, "declined") || t.is(v, "declines") || t.is(v, "refused") || t.is(v, "refuses")
                || t.is(v, "failed") || t.is(v, "fails") || t.is(v, "voted") || t.is(v, "votes") || t.is(v, "moved")
                || t.is(v, "moves") || t.is(v, "decided") || t.is(v, "decides") || t.is(v, "agreed")
                || t.is(v, "agrees");
    }

    /** True when the clause after token v ends within a few words (at a comma, dash or the sentence end). */
    private static boolean shortTail(Tokens t, int v, int hi) {
        for (int m = v + 1; m < hi && m <= v + 8; m++) {
            if (!t.isWord(m)) {
                return true;
            }
        }
        return hi <= v + 9;
    }

    /** "is", "was", "kept", "keeps", "been" before a participle cue: "is saying", "kept insisting". */
    /**
     * "can be heard saying", "was heard telling", "is seen saying": a recording's speaker is the subject of the
     * perception passive. Returns the participle's index, or -1.
     */
    private static int heardSaying(Tokens t, int m, int hi) {
        int j = m;
        if (t.is(j, "can") || t.is(j, "could") || t.is(j, "may") || t.is(j, "might")) {
            j++;
        }
        if (!t.has(j, Lexicon.BE)) {
            return -1;
        }
        j++;
        if (!(t.is(j, "heard") || t.is(j, "seen"))) {
            return -1;
        }
        j++;
        return j < hi && t.has(j, Lexicon.CUE_PARTICIPLE) && t.lower(j) ? j : -1;
    }

    private static boolean isProgressive(Tokens t, int m) {
        return t.has(m, Lexicon.BE) || t.is(m, "kept") || t.is(m, "keeps") || t.is(m, "keep") || t.is(m, "been");
    }

    /**
     * A verb that governs an infinitive cue after the subject: "likes to say", "went on to say", "took to Twitter
     * to call", "is quick to point out". Returns the cue's token index, or -1. A negated or refused infinitive
     * ("declined to say", "would not say") attributes nothing.
     */
    static int infinitiveCue(Tokens t, int m, int hi) {
        if (!t.lower(m) || isBoundaryWord(t, m) || t.has(m, Lexicon.PRONOUN | Lexicon.DETERMINER)) {
            return -1;
        }
        for (int to = m + 1; to < hi && to <= m + 4; to++) {
            if (!t.isWord(to)) {
                return -1;
            }
            if (t.is(to, "to")) {
                int c = to + 1;
                if (c < hi && t.lower(c) && t.has(c, Lexicon.CUE) && !t.has(c, Lexicon.CUE_PARTICIPLE)
                        && !refusal(t, m, to)) {
                    return c;
                }
                if (to > m + 1) {
                    return -1; // "took to Twitter to call": only one "to" phrase may come before
                }
            }
        }
        return -1;
    }

    /** "declined to", "refused to", "would not", "did not want to": the infinitive after it was not said. */
    static boolean refusal(Tokens t, int from, int to) {
        for (int k = Math.max(0, from - 2); k < to; k++) {
            if (t.is(k, "declined") || t.is(k, "declines") || t.is(k, "refused") || t.is(k, "refuses")
                    || t.is(k, "not") || t.is(k, "never") || t.is(k, "failed") || t.is(k, "unable")
                    || t.is(k, "reluctant") || t.is(k, "hesitant") || t.is(k, "afraid") || t.is(k, "wants")
                    || t.is(k, "wanted") || t.is(k, "want") || t.is(k, "plans") || t.is(k, "planned")
                    || (t.isWord(k) && t.wordEnd(k) - t.start[k] > 3 && t.text.charAt(t.wordEnd(k) - 1) == 't'
                    && t.text.charAt(t.wordEnd(k) - 2) == '\'' || t.isWord(k) && t.wordEnd(k) - t.start[k] > 3
                    && t.text.charAt(t.wordEnd(k) - 1) == 't' && t.text.charAt(t.wordEnd(k) - 2) == '\u2019')) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case past or present verb form by its ending: beamed, clucked, beams — not a listed non-verb. */
    private static boolean looksLikeFiniteVerb(Tokens t, int i) {
        if (!t.lower(i) || t.has(i, Lexicon.STOP | Lexicon.DETERMINER | Lexicon.PRONOUN | Lexicon.SKIP)
                || (t.shape[i] & Tokens.POSSESSIVE) != 0) {
            return false;
        }
        if (irregularPast(t, i)) {
            return true;
        }
        int s = t.start[i];
        int e = t.wordEnd(i);
        if (e - s < 4) {
            return false;
        }
        char a = t.text.charAt(e - 1);
        char b = t.text.charAt(e - 2);
        return (a == 'd' && b == 'e') || (a == 's' && b != 's' && b != 'u' && b != 'i');
    }

    private static boolean isPassiveSpeech(Tokens t, int p) {
        return t.is(p, "written") || t.is(p, "sung") || t.is(p, "penned") || t.is(p, "coined") || t.is(p, "said")
                || t.is(p, "uttered") || t.is(p, "spoken") || t.is(p, "tweeted") || t.is(p, "posted")
                || t.is(p, "delivered") || t.is(p, "shared");
    }

    /** “...,” said X — an invertible cue followed by its speaker. */
    private Source inverted(Tokens t, int i, int hi) {
        if (!t.has(i, Lexicon.CUE_INVERT) || !usableCue(t, i, true)) {
            return null;
        }
        Source s = npForward(t, i + 1, hi, true);
        if (s == null) {
            return null;
        }
        if (s.type == Source.PRONOUN && t.isWord(i + 2)) {
            return null; // "..., said he had no regrets": the pronoun starts the reported clause
        }
        if (s.type == Source.DESCRIPTOR && s.nameStart < 0) {
            appositiveName(s, t, tokenAtOrAfter(t, s.mentionEnd, hi) + 1, hi); // said a spokeswoman for X, Nadia Farouk.
        }
        setCue(s, t, i, i);
        clauseEnd = tokenAtOrAfter(t, s.mentionEnd, hi);
        return s;
    }

    private static int tokenAtOrAfter(Tokens t, int charEnd, int hi) {
        int k = 0;
        while (k < hi && t.end[k] <= charEnd) {
            k++;
        }
        return k - 1;
    }

    /**
     * "He said that on Monday", "She wrote this in 2019": the verb's object is a word pointing back at the quote
     * (followed by a preposition, a time or the clause's end), not the start of a reported clause.
     */
    private static boolean refersBack(Tokens t, int i, int hi) {
        if (!(t.is(i, "that") || t.is(i, "this") || t.is(i, "it") || t.is(i, "so"))) {
            return false;
        }
        int next = i + 1;
        return next >= hi || !t.isWord(next) || t.has(next, Lexicon.TIME)
                || (t.lower(next) && isAdverbialPreposition(t, next) && !t.is(next, "to"));
    }

    /** True when nothing but a few words (or a comma and a new clause) follows token e before hi. */
    private static boolean clauseEnds(Tokens t, int e, int hi) {
        int next = e + 1;
        if (next >= hi) {
            return true;
        }
        char k = t.kind[next];
        return k == ',' || k == ';' || k == Tokens.DASH || k == ')' || k == ':' || hi - next <= 5;
    }

    /** NP at token i followed by a cue (possibly after an appositive or a parenthesis). */
    private Source subjectFirst(Tokens t, int i, int hi) {
        if (isGroupPart(t, i) && isCueAt(t, i + 3, hi)) {
            Source s = groupPart(t, i, i + 2); // “...,” one of them said
            int ce = cueEnd(t, i + 3, hi);
            setCue(s, t, i + 3, ce);
            clauseEnd = ce;
            return s;
        }
        if ((t.has(i, Lexicon.STOP) && !t.has(i, Lexicon.PRONOUN)) || (t.has(i, Lexicon.SKIP) && t.lower(i))) {
            return null;
        }
        if (t.lower(i) && !t.has(i, Lexicon.DETERMINER | Lexicon.PRONOUN | Lexicon.VAGUE | Lexicon.TITLE)
                && (looksLikeVerb(t, i) || t.has(i, Lexicon.CUE) || t.text.charAt(t.wordEnd(i) - 1) == 'g')
                && !(t.text.charAt(t.wordEnd(i) - 1) == 'g' && isPersonNoun(t, i + 1))) {
            return null; // "declined to say ..." is a verb phrase, not a subject (but "managing director X said" is)
        }
        if (t.lower(i) && hasEnding(t, i, "ly", 4) && !t.has(i, Lexicon.PERSON_NOUN | Lexicon.TITLE | Lexicon.VAGUE)
                && t.lower(i + 1) && (hasEnding(t, i + 1, "ed", 3) || t.has(i + 1, Lexicon.CUE) && !t.has(i + 1,
                Lexicon.NOUNISH))) {
            // "Shouts of “Read the books!” briefly interrupted her": an adverb right before a verb is no subject (but
            // "rally organiser Tom Kent said", "nearly 200 doctors wrote" are)
            return null;
        }
        int e = npEndForward(t, i, hi);
        if (e < i || (t.has(e, Lexicon.STOP) && t.lower(e) && !(isObjectPronoun(t, e) && e > i
                && isPostModifierPreposition(t, e - 1)))) {
            return null; // “witch hunt” language to describe ...: "language to" is no subject
        }
        int j = e + 1;
        for (int hop = 0; hop < 2; hop++) {
            // "JNM leader and former deputy chief minister Arun Patil said", "Chief Medical Officer of Health (CMOH)
            // Dr Subrata Mondal said": a long designation, then the name, then the verb
            int m = t.is(j, "and") && t.lower(j) ? j + 1 : t.punct(j, '(') ? closingParen(t, j, hi) + 1 : -1;
            if (m <= j || m >= hi) {
                break;
            }
            int e2 = npEndForward(t, m, hi);
            if (e2 < m || !t.cap(e2) || !isCueAt(t, skipAdverbsForward(t, e2 + 1, hi), hi)) {
                break;
            }
            e = e2;
            j = e2 + 1;
        }
        if (t.punct(j, '(')) {
            int m = closingParen(t, j, hi);
            if (m < 0) {
                return null;
            }
            j = m + 1;
        }
        if (j < hi && t.kind[j] == Tokens.DASH) {
            // “...,” Ruiz — who has been in office since 2019 — said: past the dashes, as past a parenthesis
            for (int m = j + 1; m < hi && m < j + 30 && !t.endsSentence(m) && t.kind[m] != Tokens.MARK; m++) {
                if (t.kind[m] == Tokens.DASH) {
                    int v = skipAdverbsForward(t, m + 1, hi);
                    j = v < hi && isCueAt(t, v, hi) ? m + 1 : j;
                    break;
                }
            }
        }
        int k = -1;
        if (t.punct(j, ',')) {
            // appositive: the cue follows the comma that closes it
            for (int m = j + 1; m < hi && m < j + 32; m++) {
                if (isCueAt(t, m, hi) && t.punct(skipAdverbsBack(t, m - 1, j), ',')) {
                    k = m;
                    break;
                }
            }
        } else {
            int m = skipAdverbsForward(t, j, hi);
            if (m < hi && isCueAt(t, m, hi)) {
                k = m;
            } else if (m < hi && t.has(m, Lexicon.CUE_PARTICIPLE) && t.lower(m) && isProgressive(t, m - 1)) {
                k = m; // “...,” Ruiz is saying
            } else if (m + 1 < hi && (t.is(m, "kept") || t.is(m, "keeps")) && t.has(m + 1, Lexicon.CUE_PARTICIPLE)
                    && t.lower(m + 1)) {
                k = m + 1; // “...,” Ruiz kept saying
            } else if (m + 2 < hi && t.lower(m) && (t.has(m, Lexicon.RELATIVE) && !t.is(m, "that")
                    || t.has(m, Lexicon.DETERMINER) && e > i && t.lower(e))) {
                // “...,” a bartender who saw the whole thing told The Post: the main verb after a short relative clause
                // (or one without "who": “...,” a nurse his family hired said)
                for (int c = m + 2; c < hi && c < m + 12 && t.isWord(c); c++) {
                    if (isCueAt(t, c, hi) && !t.has(c, Lexicon.CUE_PARTICIPLE) && !t.is(c - 1, "be")
                            && !t.is(c - 1, "to") && !t.is(c - 1, "been")) { // (not "asked not to be named")
                        k = c;
                        break;
                    }
                }
            } else if (m < hi) {
                k = heardSaying(t, j, hi); // “...,” Bancroft can be heard saying on the recording
                if (k < 0) {
                    k = infinitiveCue(t, m, hi); // “...,” Ruiz likes to say / went on to say
                }
            }
        }
        if (k < 0 || t.is(k, "told") && (k + 1 >= hi || !t.isWord(k + 1))) {
            return null; // (“...”, inquest told: a headline's passive, "the inquest was told"; nobody named told it)
        }
        if (t.has(k, Lexicon.QUOTED) && !(t.is(k + 1, "as") && t.is(k + 2, "saying"))) {
            return quotedAsSaying(t, k, hi);
        }
        Source s = nounOrPronoun(t, i, e);
        if (s == null) {
            return null;
        }
        int nameEnd = k - 2;
        for (int o = j + 3; o < k - 2; o++) {
            if (t.is(o, "of") && t.lower(o) && isNameRun(t, t.is(o + 1, "the") ? o + 2 : o + 1, k - 2)) {
                // “...,” his agent, Leon Moskowitz of Apex Sports Group, said (a name of two words or more, no title:
                // not "the royal, Duke of Edinburgh," or "the spokeswoman, Director of Communications Ana Ruiz,")
                boolean titled = false;
                for (int w = j + 1; w < o; w++) {
                    titled |= t.has(w, Lexicon.TITLE) || (t.shape[w] & Tokens.POSSESSIVE) != 0;
                }
                nameEnd = titled ? nameEnd : o - 1;
                break;
            }
        }
        if (s.type == Source.DESCRIPTOR && s.nameStart < 0 && t.punct(j, ',') && t.punct(k - 1, ',')
                && isNameRun(t, j + 1, nameEnd)) {
            // “...,” the campaign manager for the senator, Lisa Chang, said: the mention covers both
            nameFrom(s, t, j + 1, nameEnd);
            s.mentionEnd = t.end[nameEnd];
            s.vague = false;
        }
        int ce = cueEnd(t, k, hi);
        setCue(s, t, k, ce);
        clauseEnd = ce;
        return s;
    }

    /** Who "according to" names at token i: a noun phrase, or "him", "her", "them" ("According to him, ..."). */
    private static Source accordingTo(Tokens t, int i, int hi) {
        if (t.is(i, "him") || t.is(i, "her") || t.is(i, "them")) {
            if (t.is(i, "her") && t.isWord(i + 1) && !t.has(i + 1, Lexicon.STOP)) {
                return npForward(t, i, hi, true); // "according to her lawyer"
            }
            Source s = pronoun(t, i);
            s.gender = t.is(i, "him") ? 1 : t.is(i, "her") ? 2 : 0;
            return s;
        }
        Source s = npForward(t, i, hi, true);
        int head = s == null ? -1 : tokenAtOrAfter(t, s.mentionEnd, hi);
        if (s != null && s.type == Source.DESCRIPTOR && s.nameStart < 0
                && namesAPerson(t, t.tokenAt(s.mentionStart, head, 0), head) && !t.has(head, Lexicon.DOCUMENT)) {
            // "According to the district health officer, Mr Isaac Opio, “...”", "according to Carrington's head of
            // analysis, Dr Fiona Marsh": the role's name follows it between commas (not "According to the complaint,
            // Dana Reyes “knew ...”": the complaint's subject)
            int c = head + 1;
            if (t.lower(c) && (t.is(c, "of") || t.is(c, "for") || t.is(c, "at"))) {
                while (c < hi && c < head + 8 && t.isWord(c)) {
                    c++;
                }
            }
            int close = c + 1;
            while (close < hi && close < c + 10 && t.isWord(close)) {
                close++;
            }
            if (t.punct(c, ',') && (t.punct(close, ',') || t.endsSentence(close))) {
                appositiveName(s, t, head + 1, close);
            }
        }
        return s;
    }

    /** The ")" that closes the "(" at j within a few words, or -1. */
    private static int closingParen(Tokens t, int j, int hi) {
        for (int m = j + 1; m < hi && m < j + 10; m++) {
            if (t.punct(m, ')')) {
                return m;
            }
        }
        return -1;
    }

    /** Bloomberg quoted military authorities as saying — the speaker is the object of "quoted". */
    private Source quotedAsSaying(Tokens t, int k, int hi) {
        if (t.is(k + 1, "as") && t.is(k + 2, "saying")) {
            return null; // "X was quoted as saying": passive, the subject is the speaker (read by the caller)
        }
        for (int m = k + 2; m < hi && m < k + 14; m++) {
            if (t.is(m, "as") && t.is(m + 1, "saying")) {
                Source s = nounOrPronoun(t, k + 1, m - 1);
                if (s == null) {
                    return null;
                }
                setCue(s, t, k, m + 1);
                clauseEnd = m + 1;
                return s;
            }
            if (!t.isWord(m) && !t.punct(m, ',')) {
                return null;
            }
        }
        return null;
    }

    // ================================================================== before the quote

    /**
     * The window {@link #before} read goes on the clause of the quote before it, with no subject of its own: “A” but
     * “B”, “A” to the video and would “B” (not “A,” but the contract was “B”, whose subject is new).
     */
    boolean continuesPreviousClause() {
        int from = 0;
        for (int k = left.size - 1; k >= 0; k--) {
            if (left.is(k, "and") || left.is(k, "but") || left.is(k, "or")) {
                from = k + 1;
                break;
            }
        }
        for (int k = from; k < left.size; k++) {
            if (!(left.punct(k, ',') || left.is(k, "that") || left.lower(k) && left.isWord(k) && isSkippable(left, k))) {
                return false;
            }
        }
        return from > 0 || left.size == 0 || !left.isWord(0) || left.is(0, "that");
    }

    /**
     * "Oduya, who was elected on a promise to “fix transit first,” said in a news release that ... “...”": when the
     * window {@link #before} read opens with a verb of saying (after a comma at most) and the previous quote, which
     * starts at {@code prevQuote}, ends a relative clause, the verb's subject is the person that clause is about.
     */
    Source subjectBeforeRelative(int paraLo, int prevQuote) {
        int k = left.size > 0 && left.punct(0, ',') ? 1 : 0;
        if (k >= left.size || !left.lower(k) || !left.has(k, Lexicon.CUE) || left.has(k, Lexicon.CUE_PARTICIPLE)
                || !usableCue(left, k, false)) {
            return null;
        }
        Tokens t = lead;
        t.tokenize(text, chars, Math.max(paraLo, prevQuote - LEFT_CHARS), prevQuote, LEFT_TOKENS);
        for (int m = t.size - 1; m > 1 && m > t.size - 30; m--) {
            if (t.endsSentence(m) || t.kind[m] == Tokens.MARK) {
                return null;
            }
            if (t.has(m, Lexicon.RELATIVE) && t.lower(m) && t.punct(m - 1, ',')) {
                Source s = npLeft(t, m - 2, 0);
                if (s == null || !(s.type == Source.NAME || isPerson(s))) {
                    return null;
                }
                setCue(s, left, k, cueEnd(left, k, left.size));
                s.how = Source.SENTENCE;
                return s;
            }
        }
        return null;
    }

    /**
     * The attribution in the quote's own sentence before it (X said, “...” / X called it “...”), or else in
     * the previous sentence. {@code lo} is where the window may start (paragraph start or previous quote).
     */
    Source before(int lo, int quoteStart) {
        Tokens t = left;
        int from = Math.max(lo, quoteStart - LEFT_CHARS);
        t.tokenize(text, chars, from, quoteStart, LEFT_TOKENS);
        int n = t.size;
        int s = n;
        for (int k = n - 1; k >= 0; k--) {
            if (t.endsSentence(k)) {
                break;
            }
            s = k;
        }
        leftSentenceStart = s;
        passiveCue = -1;
        if (n == 0) {
            return null;
        }
        needSentenceSubject = false;
        sentenceSubjectCue = -1;
        participleFallback = null;
        // "Trump mocked her “basket of deplorables” remark": quoted words between a possessor and a noun for
        // something said are the possessor's, whatever verb governs the phrase
        Source r = possessorOfQuotedWords(t, s, n);
        boolean partial = lowerCaseQuote(quoteStart);
        if (r == null && partial && n - 2 > s && (t.is(n - 1, "to") || t.is(n - 1, "for"))) {
            r = possessiveSpeechNoun(t, s, n, true); // "renewed her call for “a full audit”": her words
        }
        if (r != null) {
            return r;
        }
        if (n - 1 > s + 1 && t.cap(s) && t.has(s, Lexicon.CUE_INVERT) && !t.has(s, Lexicon.CUE_PARTICIPLE)
                && (t.punct(n - 1, ':') || t.punct(n - 1, ','))) {
            // "Said Trump: “...”", "Added the mayor, “...”": a cue opening its sentence, its speaker right after it
            r = npForward(t, s + 1, n - 1, true);
            boolean rest = r != null;
            for (int m = r == null ? n : t.tokenAt(r.mentionEnd - 1, n - 1, s + 1) + 1; rest && m < n - 1; m++) {
                rest = !t.lower(m); // (only a party and state may follow: "Said Sen. Ted Cruz (R-Texas):")
            }
            if (rest) {
                setCue(r, t, s, s);
                r.how = Source.BEFORE;
                return r;
            }
        }
        r = searchClause(t, s, n, true);
        if (r != null && r.cueStart >= 0 && insideAskedClause(t, s, n, r.cueStart)) {
            r = null; // "Asked whether executives should face criminal charges, “...”": the question's words say nothing
        }
        if (r != null && t.punct(n - 1, ':') && r.cueEnd >= 0) {
            // "“...,” defenseman Carter Boyle said, before captain Ryan Medeiros cut in from the next stall: “...”":
            // a clause after the cue's, with its own subject, ends at the colon; that subject introduces the quote
            for (int m = n - 2; m > s && t.start[m] > r.cueEnd; m--) {
                if (t.lower(m) && isSubordinator(t, m) && t.punct(m - 1, ',')) {
                    Source later = leadingNounPhrase(t, m + 1, n - 1);
                    int v = later == null ? -1 : t.tokenAt(later.mentionEnd - 1, n - 1, m + 1) + 1;
                    // (only when that clause's verb is one of speaking: not "Ruiz said, after the council adjourned:")
                    if (later != null && later.type != Source.PRONOUN && (isCueAt(t, v, n - 1)
                            || (t.is(v, "cut") || t.is(v, "broke") || t.is(v, "jumped") || t.is(v, "chimed"))
                            && t.is(v + 1, "in"))) {
                        setCue(later, t, n - 1, n - 1);
                        later.how = Source.BEFORE;
                        return later;
                    }
                    break;
                }
            }
        }
        if (r != null) {
            return r;
        }
        if (n - 2 > s && t.is(n - 1, "of") && (t.is(n - 2, "cries") || t.is(n - 2, "chants") || t.is(n - 2, "shouts")
                || t.is(n - 2, "chorus") || t.is(n - 2, "chant") || t.is(n - 2, "cry") || t.is(n - 2, "shout"))) {
            // "The crowd broke into applause and cries of “God is great”": the sentence's subject shouted it (not
            // through a relative clause: "Pressure is building on X, who was greeted with chants of “Bobby!”")
            boolean relative = false;
            for (int m = s; m < n - 2; m++) {
                relative |= t.has(m, Lexicon.RELATIVE) && t.lower(m);
            }
            r = relative ? null : sentenceSubject(t, s, n - 2);
            if (r != null && causes(t, t.tokenAt(r.mentionEnd - 1, n - 1, s) + 1)) {
                r = null; // "The upset drew gasps and a shout of “Finally!”": the upset caused the shout, nobody named made it
            }
            if (r != null) {
                setCue(r, t, n - 2, n - 1);
                r.how = Source.SENTENCE;
                return r;
            }
        }
        boolean colon = t.punct(n - 1, ':');
        if (colon && t.is(s, "from") && t.cap(s) && s + 1 < n - 1 && t.cap(s + 1)) {
            // "From Rep. Tessa Moynihan (R-Piñon Hills), after a hearing ran past 11 p.m.: “...”": a newsletter's
            // "posts of the week", each introduced by who posted it
            r = npForward(t, s + 1, n - 1, true);
            if (r != null && r.type == Source.NAME && r.titleStart >= 0) { // (a titled person: not "From Washington,")
                setCue(r, t, n - 1, n - 1);
                r.how = Source.BEFORE;
                return r;
            }
        }
        if (colon) {
            r = colonSpeaker(t, afterSemicolon(t, s, n - 1), n - 1);
            if (r == null) {
                r = clauseSubjectBefore(t, s, n - 1); // "... until he finally gave his answer: “...”"
            }
            if (r != null) {
                r.how = Source.BEFORE;
                return r;
            }
        } else {
            // "Okafor: Council must 'start over'" — a headline's "Name:" prefix
            int c = s;
            while (c < n && c < s + 3 && t.cap(c)) {
                c++;
            }
            if (c > s && t.lower(c) && t.has(c, Lexicon.TITLE) && t.punct(c + 1, ':')) {
                c++; // "Port Calder mayor: Sending troops would be ‘pouring gasoline’ on city’s violence"
            }
            if (c > s && t.punct(c, ':') && n - c <= 12) { // (a dateline, "PUNE: A committee probing ...", is no speaker)
                r = colonSpeaker(t, s, c);
                if (r != null) {
                    r.how = Source.SENTENCE;
                    return r;
                }
            }
        }
        if (colon && n - 2 > s && t.has(n - 2, Lexicon.SPEECH_NOUN) && t.lower(n - 2) && verbless(t, s, n - 2)
                && partOfWords(t, s, n - 2)) {
            r = possessiveSpeechNoun(t, s, n, false); // "The full text of Ruiz’s remarks:": her remarks, not the text
            if (r != null) {
                r.how = Source.BEFORE;
                return r;
            }
        }
        if (needSentenceSubject || (colon && n - 1 > s)) {
            // "X unveiled a plan and pledged to cut “...”", "the union blamed the board, saying it “...”",
            // "Okafor made a brief statement: “...”"
            r = needSentenceSubject && sentenceSubjectCue > s ? subordinateSubject(t, s, sentenceSubjectCue) : null;
            if (r == null) {
                r = sentenceSubject(t, s, n - 1);
                if (r != null && colon && r.type == Source.DESCRIPTOR) {
                    r = ownerOfSpeechNoun(t, s, r, n - 1);
                }
                if (r != null && colon && r.type == Source.DESCRIPTOR && (carriesWords(t, s, r, n - 1)
                        || isSound(t, t.tokenAt(r.mentionEnd - 1, n - 1, s)))) {
                    // ("Somewhere near the bleachers, a chant kept rising: “...”": a chant nobody is named for)
                    r = null; // "A photograph of Callahan on its page, with a short message: “...”": posted by nobody named
                }
            }
            if (r == null && colon) {
                r = pronounBeforeColon(t, s, n - 1);
            }
            if (r != null) {
                r.how = colon ? Source.BEFORE : Source.SENTENCE;
                if (needSentenceSubject && sentenceSubjectCue >= 0 && r.cueStart < 0) {
                    setCue(r, t, sentenceSubjectCue, cueEnd(t, sentenceSubjectCue, n));
                }
                return r;
            }
            if (participleFallback != null) {
                return participleFallback;
            }
            if (needSentenceSubject && introParticiple(t, s, sentenceSubjectCue)) {
                // "After calling the senator “a coward,” Trump left the stage": the participle's subject is the
                // main clause's, which comes after the quote
                r = subjectAfterQuote();
                if (r != null) {
                    setCue(r, t, sentenceSubjectCue, cueEnd(t, sentenceSubjectCue, n));
                    r.how = Source.SENTENCE;
                    return r;
                }
            }
        }
        r = possessiveSpeechNoun(t, s, n, partial);
        if (r != null) {
            return r;
        }
        if (s > 0 && s == n && !t.punct(s - 1, ':') && t.kind[s - 1] != Tokens.DASH) {
            // Only a quote that starts its own sentence takes the previous sentence's speaker:
            // 'She said the plan had failed. “It won't work.”' (a signpost, "What they're saying:", is no sentence,
            // nor is a dateline, "MANILA, Philippines –")
            int s2 = t.sentenceStart(s - 1, 0);
            r = searchPreviousSentence(t, s2, s);
            if (r == null && t.punct(s - 1, '?')) {
                r = possessiveSpeechNoun(t, s2, s, false); // "Ruiz's response? “Bring it on.”"
            }
            if (r == null) {
                // 'Jones, however, was unconvinced. “It is a long shot.”' — a quoted sentence right after a
                // sentence about a person is that person's (a name, he/she, or a titled role; not "it", "they")
                r = sentenceSubject(t, s2, s - 1);
                if (r != null && !isPerson(r)) {
                    r = null;
                }
                if (r != null) {
                    r.cueStart = -1;
                    r.cueEnd = -1;
                }
            }
            if (r != null) {
                r.how = Source.PREVIOUS_SENTENCE;
                return r;
            }
        }
        return null;
    }

    /**
     * True when the quote's sentence says its source is anonymous ("speaking on condition of anonymity",
     * "who asked not to be named"), after {@link #after} and {@link #before} have read its windows.
     */
    boolean mentionsAnonymity() {
        return anonymity(right, 0, sentenceEnd(right)) || anonymity(left, leftSentenceStart, left.size);
    }

    private static int sentenceEnd(Tokens t) {
        int k = 0;
        while (k < t.size && !t.endsSentence(k)) {
            k++;
        }
        return k;
    }

    private static boolean anonymity(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.is(k, "anonymity") || t.is(k, "anonymously")
                    || ((t.is(k, "named") || t.is(k, "identified")) && t.is(k - 1, "be")
                    && refusedBefore(t, k - 2, from))
                    || (t.is(k, "authorized") && t.is(k - 1, "not"))
                    || (t.is(k, "name") && (t.is(k - 1, "his") || t.is(k - 1, "her") || t.is(k - 1, "their")
                    || t.is(k - 1, "full") || t.is(k - 1, "last")) && refusedBefore(t, k - 2, from))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words right before "(to) be named" or "give her name" that refuse it: "asked not to be named", "did not want to
     * be named", "declined to be identified", "on condition she not be named", "would not give his full name".
     */
    private static boolean refusedBefore(Tokens t, int k, int from) {
        for (int m = k; m >= from && m > k - 4; m--) {
            if (t.is(m, "not") || t.is(m, "declined") || t.is(m, "declines") || t.is(m, "refused")
                    || t.is(m, "refuses") || t.is(m, "without") || hasEnding(t, m, "n't", 3)
                    || hasEnding(t, m, "n\u2019t", 3)) { // (didn't, wouldn’t)
                return true;
            }
            if (!t.isWord(m)) {
                return false;
            }
        }
        return false;
    }

    /**
     * After {@link #before}: the named subject of a reporting verb in the sentence before the quote's own, within the
     * same window (paragraph, or since the previous quote): "Ruiz spoke first. “We won,” he said." gives Ruiz.
     */
    Source previousSentenceSpeaker() {
        return speakerOfSentenceBefore(left, leftSentenceStart);
    }

    /** The person the sentence before token s reports speaking (see {@link #reportedPerson}), or null. */
    private Source speakerOfSentenceBefore(Tokens t, int s) {
        if (s <= 0 || s > t.size) {
            return null;
        }
        return reportedPerson(t, t.sentenceStart(s - 1, 0), s);
    }

    /**
     * For a he or she before the quote in its own sentence ("Halvorsen said the team would watch the film and then, as
     * he put it, “burn it.”"): the named person the sentence reports speaking before the pronoun, or null.
     */
    Source sameSentenceSpeaker(int pronounStart) {
        Tokens t = left;
        int s = leftSentenceStart;
        int p = s;
        while (p < t.size && t.start[p] < pronounStart) {
            p++;
        }
        if (p >= t.size || p - s < 3) {
            return null;
        }
        Source r = searchPreviousSentence(t, s, p);
        return r != null && r.type == Source.NAME && r.nameStart >= 0 ? r : null;
    }

    /**
     * {@link #previousSentenceSpeaker} when the left window was cut short by a quote earlier in the paragraph: the
     * sentence before may hold that quote ("Mr. Stennholm, asked whether he regretted the ''shakedown'' remark, said he
     * did not. ''...,'' he said."), so it is read again from the paragraph's start.
     */
    Source previousSentenceSpeakerFrom(int paraLo, int quoteStart) {
        Tokens t = lead;
        t.tokenize(text, chars, Math.max(paraLo, quoteStart - LEFT_CHARS), quoteStart, LEFT_TOKENS);
        return speakerOfSentenceBefore(t, t.sentenceStart(t.size, 0));
    }

    /**
     * The person the sentence [from, to) reports speaking, for a he or she right after it: the named subject of a verb
     * of saying, or a subject whose gender or title the sentence gives whatever its verb ("Mr Goh did not hesitate.",
     * "Pruitt’s mother, Gloria, has sued the county."). Not a name right after an article ("The Gazette reported" is
     * a paper, not a he or she).
     */
    private Source reportedPerson(Tokens t, int from, int to) {
        Source r = searchPreviousSentence(t, from, to);
        if (r == null && to - 1 > from) {
            r = sentenceSubject(t, from, to - 1);
            int v = r == null ? -1 : tokenAtOrAfter(t, r.mentionEnd, to) + 1;
            // (the whole subject: not "Former Ireland" cut short before "scrum-half Liam Cusack, ..., was")
            boolean cut = v > 0 && v + 1 < to && t.isWord(v) && t.lower(v) && t.cap(v + 1)
                    && !t.has(v, Lexicon.BE | Lexicon.SKIP | Lexicon.STOP) && !looksLikeVerb(t, v);
            boolean person = r != null && (r.gender != 0 || r.titleStart >= 0 || unnamedPerson(t, r, from, to));
            if (r != null && !cut && !person && r.type == Source.NAME && r.nameStart >= 0
                    && r.nameStart == r.mentionStart) {
                r.byNameOnly = true; // "Ruiz was less certain.": a he or she only if the name's gender matches
                person = true;
            }
            r = r != null && !cut && person ? r : null;
        }
        if (r == null) {
            r = possessorOfSpeech(t, from, to);
        }
        if (r == null || r.type == Source.PRONOUN) {
            Source topic = topicOpener(t, from, to);
            r = topic != null ? topic : r;
        }
        if (r != null && unnamedPerson(t, r, from, to)) {
            // "a nurse who asked not to be named said ...": the he or she is somebody unnamed, returned without a name
            // (with its gender when the words give one: "A woman who declined ..." is no "he"); not "The unionist,
            // who has led the union since 2019, said", which is the person named before
            return r;
        }
        if (r != null && r.type == Source.PRONOUN && r.gender != 0) {
            return r; // "He said he has spent the past month learning to sail.": narration about someone, named before
        }
        // (a relative pronoun stands for its named antecedent: "Dana Whitlock, a strategist who advised ..., said")
        return r != null && (r.type == Source.NAME || r.type == Source.DESCRIPTOR || r.type == Source.RELATIVE)
                && r.nameStart >= 0
                && !Lexicon.is(chars, r.mentionStart, Math.max(r.mentionStart, r.nameStart - 1), "the") ? r : null;
    }

    /** An indefinite person without a name: "a nurse", "one woman", "another victim" (or "who" standing for one). */
    private static boolean unnamedPerson(Tokens t, Source r, int from, int to) {
        boolean relative = r.type == Source.RELATIVE && r.anteStart >= 0; // ("a nurse who ... said")
        if (!(r.type == Source.DESCRIPTOR || relative) || r.nameStart >= 0 || r.vague) {
            return false;
        }
        int first = t.tokenAt(relative ? r.anteStart : r.mentionStart, to - 1, from);
        int head = t.tokenAt((relative ? r.anteEnd : r.mentionEnd) - 1, to - 1, from);
        return (t.is(first, "a") || t.is(first, "an") || t.is(first, "one") || t.is(first, "another"))
                && isPersonNoun(t, head) && !(t.punct(first - 1, ',') && t.cap(first - 2)
                && !(t.lower(first - 3) && t.has(first - 3, Lexicon.STOP))); // (not "X, a farmer,"; "in Ohio, a")
    }

    /**
     * For "he" or "she" in a quote that opens its paragraph: the named subject of a verb of saying in the last sentence
     * of the paragraph before, when that sentence reports speech without quoting it ("Lacey Tindall, a field agronomist
     * ..., says this summer has been close to ideal for the disease." / "“...,” she says."). Null when there is none,
     * or when that paragraph ends with a quote (whose speaker the resolver already knows).
     */
    Source previousParagraphSpeaker(int paraStart, int paraEnd) {
        Tokens t = lead;
        t.tokenize(text, chars, Math.max(paraStart, paraEnd - LEFT_CHARS), paraEnd, LEFT_TOKENS);
        int n = t.size;
        if (n < 3 || t.kind[n - 1] == Tokens.MARK || t.kind[n - 2] == Tokens.MARK) {
            return null;
        }
        return reportedPerson(t, t.sentenceStart(n - 1, 0), n);
    }

    /** "X said:" (or "The Gazette reports:") closing the previous paragraph introduces the quote. */
    Source colonLeadIn(int paraStart, int paraEnd) {
        Tokens t = lead;
        t.tokenize(text, chars, Math.max(paraStart, paraEnd - LEFT_CHARS), paraEnd, LEFT_TOKENS);
        int n = t.size;
        if (n < 2 || !t.punct(n - 1, ':')) {
            return null;
        }
        int s = t.sentenceStart(n - 1, 0);
        needSentenceSubject = false;
        Source r = searchClause(t, s, n, true);
        if (r == null) {
            r = colonSpeaker(t, s, n - 1);
        }
        if (r == null) {
            r = sentenceSubject(t, s, n - 1);
            if (r != null) {
                r.cueStart = t.start[n - 1]; // "X released the following statement:" — the colon introduces it
                r.cueEnd = t.end[n - 1];
            }
        }
        if (r != null) {
            r.how = Source.COLON_PARAGRAPH;
        }
        return r;
    }

    /**
     * A paragraph that is only a quoted sentence, after a paragraph whose last sentence reports what a person said
     * ("Nwosu said the students had never learned to disagree." then "“This is a campus that ...”"): the
     * newsroom pattern of paraphrase, then quote. The last sentence must hold no quotation mark, and its first
     * reporting verb must have a person as subject (a name, he or she, or a titled role; not "it", "they" or a
     * thing). A paragraph that merely mentions a person is not enough.
     */
    Source paraphraseLeadIn(int paraStart, int paraEnd) {
        Tokens t = lead;
        t.tokenize(text, chars, Math.max(paraStart, paraEnd - LEFT_CHARS), paraEnd, LEFT_TOKENS);
        int n = t.size;
        if (n < 3 || !t.punct(n - 1, '.')) {
            return null;
        }
        int s = t.sentenceStart(n - 1, 0);
        for (int k = s; k < n; k++) {
            if (t.kind[k] == Tokens.MARK || t.punct(k, ':')) {
                return null;
            }
        }
        Source r = searchPreviousSentence(t, s, n - 1);
        if (r == null && n - s <= 12) {
            // "Dr Muriuki was categorical." / "Abernethy didn't hesitate." — a short sentence about how a person
            // answers, then the answer as its own paragraph
            for (int k = s + 1; r == null && k < n - 1; k++) {
                boolean manner = (t.is(k - 1, "was") || t.is(k - 1, "were")) && (t.is(k, "categorical")
                        || t.is(k, "blunt") || t.is(k, "emphatic") || t.is(k, "adamant") || t.is(k, "defiant")
                        || t.is(k, "unapologetic") || t.is(k, "candid") || t.is(k, "unequivocal"))
                        || ((t.is(k, "hesitate") || t.is(k, "mince")) && (t.is(k - 1, "didn't") || t.is(k - 1, "not")));
                if (manner) {
                    Source subject = sentenceSubject(t, s, k);
                    if (subject != null && isPerson(subject)) {
                        setCue(subject, t, k, k);
                        r = subject;
                    }
                }
            }
        }
        for (int k = s + 1; r == null && k < n - 2; k++) {
            if (putIt(t, k) && t.lower(k)) {
                // "At a news conference, Attorney General Dana Whitmer put it more bluntly." — then how she put it
                Source subject = subjectLeft(t, k, s);
                if (subject != null && isPerson(subject)) {
                    setCue(subject, t, k, k + 1);
                    r = subject;
                }
            }
        }
        if (r == null && t.is(s, "asked") && t.cap(s)) {
            // "Asked what she would tell the premier, Abernethy didn't hesitate." — the next paragraph is the answer
            r = sentenceSubject(t, s, n - 1);
            if (r != null) {
                setCue(r, t, s, s);
            }
        }
        for (int k = s + 1; r == null && k < n - 2 && k < s + MAX_CUE_DISTANCE; k++) {
            // "The family's solicitor, Aidan Brosnan, read a short statement on their behalf." — the statement follows
            if ((t.is(k, "read") || t.is(k, "issued") || t.is(k, "released")) && t.lower(k)
                    && (t.is(k + 1, "a") || t.is(k + 1, "the")) && (t.is(k + 2, "statement")
                    || t.lower(k + 2) && t.is(k + 3, "statement"))) {
                r = subjectLeft(t, k, s);
                if (r != null) {
                    setCue(r, t, k, t.is(k + 2, "statement") ? k + 2 : k + 3);
                }
            }
        }
        for (int k = s + 1; r == null && k < n - 1 && k < s + MAX_CUE_DISTANCE; k++) {
            if (t.is(k, "spoke") || t.is(k, "speaks")) {
                r = subjectLeft(t, k, s); // "She spoke for about 20 minutes, much of it about her grandmother."
                if (r != null) {
                    setCue(r, t, k, k);
                }
            }
        }
        if (r == null || !(r.type == Source.DESCRIPTOR ? definiteRole(t, r) : isPerson(r))) {
            return null;
        }
        r.how = Source.PREVIOUS_SENTENCE;
        return r;
    }

    /**
     * "the minister", "the health minister", "the company's spokeswoman": one person named by a role, as a
     * paraphrase names the speaker whose quote follows ("But the minister told reporters that ..."). Not a group
     * ("the officials"), a thing ("the company") or an unnamed source.
     */
    private static boolean definiteRole(Tokens t, Source r) {
        if (r.vague) {
            return false;
        }
        int last = t.tokenAt(r.mentionEnd - 1, t.size - 1, 0);
        int first = t.tokenAt(r.mentionStart, last, 0);
        return last - first <= 3 && (t.is(first, "the") || (t.shape[first] & Tokens.POSSESSIVE) != 0)
                && t.lower(last) && t.has(last, Lexicon.TITLE | Lexicon.PERSON_NOUN)
                && (!hasEnding(t, last, "s", 3) || hasEnding(t, last, "ss", 3)); // (a plural; "the witness" is one)
    }

    /** The token after the last semicolon in [lo, hi): "Linebacker Sits During Anthem; Police Union: ‘Disgraceful’". */
    private static int afterSemicolon(Tokens t, int lo, int hi) {
        for (int m = hi - 1; m > lo; m--) {
            if (t.punct(m, ';')) {
                return m + 1;
            }
        }
        return lo;
    }

    /** "Ana Ruiz: ..." — a name alone before a colon (headline and transcript style). */
    private Source colonSpeaker(Tokens t, int lo, int colon) {
        int e = colon - 1;
        int last = t.lower(e) && t.has(e, Lexicon.TITLE) && t.cap(e - 1) ? e - 1 : e; // "Port Calder mayor:"
        if (!t.cap(last) || t.has(last, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.DETERMINER | Lexicon.TIME)) {
            return null;
        }
        int b = last;
        while (b - 1 >= lo && (t.cap(b - 1) || t.has(b - 1, Lexicon.NAME_PARTICLE)) && last - b < 8) {
            b--;
        }
        if (b != lo) {
            return null;
        }
        Source s = noun(t, b, e);
        s.cueStart = t.start[colon];
        s.cueEnd = t.end[colon];
        return s;
    }

    /**
     * Looks for the nearest usable cue before {@code hi} in tokens [lo, hi) and the speaker it attributes to.
     * A nearer cue whose subject is only "it" or "they" gives way to an earlier one with a named speaker.
     */
    private Source searchClause(Tokens t, int lo, int hi, boolean own) {
        int stop = Math.max(lo, hi - MAX_CUE_DISTANCE);
        Source weak = null;
        for (int k = hi - 1; k >= stop; k--) {
            if (!t.isWord(k)) {
                continue;
            }
            long f = t.flags(k);
            if ((f & Lexicon.ACCORDING) != 0 && t.is(k + 1, "to")) {
                Source s = accordingTo(t, k + 2, hi);
                if (s != null) {
                    setCue(s, t, k, k + 1);
                    s.how = hi - k <= 8 ? Source.BEFORE : Source.SENTENCE;
                    if (own && isDocument(t, k + 2, hi)) {
                        // "Okafor replied, according to the indictment: “...”": the document reports what a
                        // person said; that person, when the sentence names one with a speech verb, is the source
                        Source person = searchClause(t, lo, k, own);
                        if (person != null && person.type != Source.DESCRIPTOR && isPerson(person)) {
                            return person;
                        }
                    }
                    return s;
                }
                continue;
            }
            int poss = t.is(k - 1, "own") ? k - 1 : k; // "by his own admission", "in her (own) words"
            if (((t.is(k, "admission") || t.is(k, "account")) && poss < k && t.is(poss - 2, "by")
                    || t.is(k, "words") && t.is(poss - 2, "in") && t.lower(poss - 2))
                    && (t.is(poss - 1, "his") || t.is(poss - 1, "her") || t.is(poss - 1, "their"))) {
                // "whose career, by his own admission, was “going nowhere fast”", "sold, in her words, as “...”": the
                // possessor says so herself (not when a verb of saying earlier in the sentence has its own subject:
                // "Ruiz said the mayor, by his own admission, had been “asleep”")
                boolean earlierCue = false;
                for (int m = lo; m < poss - 2 && !earlierCue; m++) {
                    earlierCue = isCueAt(t, m, hi);
                }
                if (!earlierCue) {
                    Source s = pronoun(t, poss - 1);
                    s.gender = t.is(poss - 1, "his") ? 1 : t.is(poss - 1, "her") ? 2 : 0;
                    setCue(s, t, poss - 2, k);
                    s.how = hi - k <= 8 ? Source.BEFORE : Source.SENTENCE;
                    Source who = t.punct(poss - 3, ',') ? npLeft(t, poss - 4, lo) : null;
                    int first = who == null ? -1 : t.tokenAt(who.mentionStart, poss - 4, lo);
                    // ("A former employee, by his own admission, was ...": the one who admits it is unnamed)
                    s.vague = who != null && (who.vague || who.nameStart < 0
                            && (t.is(first, "a") || t.is(first, "an") || t.is(first, "some")));
                    return s;
                }
            }
            if ((t.is(k, "of") && t.is(k - 1, "words") && t.is(k - 2, "the") && t.is(k - 3, "in"))
                    || (t.is(k, "quote") && t.is(k - 1, "to") && (k - 1 == lo || !t.isWord(k - 2)))) {
                // "In the words of X, “...”", "To quote X, “...”"
                Source s = npForward(t, k + 1, hi, true);
                if (s != null) {
                    setCue(s, t, t.is(k, "of") ? k - 3 : k - 1, k);
                    s.how = hi - k <= 8 ? Source.BEFORE : Source.SENTENCE;
                    return s;
                }
                continue;
            }
            if ((f & Lexicon.CUE) == 0 || !usableCue(t, k, false)) {
                continue;
            }
            if (own && closedClause(t, k, lo, hi)) {
                continue; // "X, who has criticized the plan, ..." — that cue belongs to a clause closed before the quote
            }
            if (t.is(k, "saying") && t.is(k - 1, "as")) {
                for (int q = k - 2; q >= lo && q >= k - 14; q--) {
                    if (t.has(q, Lexicon.QUOTED)) {
                        // "X was quoted in a trade journal as saying": passive, the subject spoke
                        Source s = q == k - 2 || isPassive(t, q, lo) ? subjectLeft(t, q, lo)
                                : quotedPerson(t, q + 1, k - 2);
                        if (s != null) {
                            setCue(s, t, q, k);
                            s.how = hi - k <= 3 ? Source.BEFORE : Source.SENTENCE;
                            return s;
                        }
                    }
                }
            }
            if ((f & Lexicon.NOUNISH) != 0 && !nounishIsVerb(t, k, lo, hi)) {
                continue;
            }
            if (hasEnding(t, k, "ed", 3) && t.lower(k - 1) && t.has(k - 1, Lexicon.MEDIUM) && k - 1 >= lo
                    && (t.is(k + 1, "to") || t.is(k + 1, "on") || t.is(k + 1, "by") || t.is(k + 1, "in"))) {
                continue; // "said in a statement posted to Facebook": the statement did not speak
            }
            if ((f & Lexicon.CUE_NAMING) != 0 && hasEnding(t, k, "ed", 3) && t.cap(k + 1) && k + 1 < hi
                    && t.isWord(k - 1) && t.lower(k - 1) && !t.has(k - 1, Lexicon.STOP | Lexicon.PRONOUN)
                    && (t.has(k - 2, Lexicon.DETERMINER) && t.lower(k - 2))) {
                continue; // "a group called Ashton Parents for Transparency": a thing's name, nobody speaks
            }
            int by = k + 1;
            if (t.lower(by) && (t.has(by, Lexicon.STOP | Lexicon.TIME) || hasEnding(t, by, "ly", 4))) {
                // "was described at the time by ...": a short adverbial before the agent (not an object:
                // "has been called a charlatan by fellow physicians")
                while (by < hi && by < k + 5 && t.isWord(by) && !t.is(by, "by") && !t.has(by, Lexicon.CUE)) {
                    by++;
                }
            }
            if (isPassive(t, k, lo) && t.is(by, "by") && by + 1 < hi) {
                // "had been described by its sponsors only a week ago as “...”": the agent said it
                Source agent = npForward(t, by + 1, hi, true);
                if (agent != null) {
                    setCue(agent, t, k, by);
                    agent.how = Source.SENTENCE;
                    return agent;
                }
            }
            if (isPassive(t, k, lo)) {
                // "The plan was called “a gimmick”": the subject did not say it; the agent may follow ("by X")
                if (hi - k <= 3) {
                    passiveCue = k;
                }
                continue;
            }
            int before = skipAdverbsBack(t, k - 1, lo);
            if ((f & Lexicon.CUE_PARTICIPLE) != 0 && t.lower(k) && (t.is(k - 1, "heard") || t.is(k - 1, "seen"))
                    && t.has(k - 2, Lexicon.BE)) {
                // "a recording in which Garrett Pryce can be heard telling a dinner that “...”": who is heard speaks
                int aux = t.is(k - 3, "can") || t.is(k - 3, "could") || t.is(k - 3, "may") || t.is(k - 3, "might")
                        ? k - 3 : k - 2;
                Source heard = subjectLeft(t, aux, lo);
                // (a pronoun is left to the sentence's subject it stands for: "X dismissed a recording in which he can
                // be heard describing ... as “...,” calling the remarks “...”" keeps X for every quote)
                if (heard != null && heard.type != Source.PRONOUN) {
                    setCue(heard, t, k, cueEnd(t, k, hi));
                    heard.how = hi - cueEnd(t, k, hi) <= 4 ? Source.BEFORE : Source.SENTENCE;
                    return heard;
                }
            }
            if ((f & Lexicon.CUE_PARTICIPLE) != 0 && (t.punct(before, ',')
                    || (t.has(before, Lexicon.STOP) && ((f & Lexicon.CUE_NAMING) == 0 || byMainSubject(t, k, before, lo)))
                    || (own && introParticiple(t, lo, k)))) {
                // ", adding that ...", "for saying ..." — the speaker is the main clause's subject
                needSubject(k);
                continue;
            }
            if ((f & Lexicon.CUE_PARTICIPLE) != 0 && t.lower(k - 1) && t.has(k - 1, Lexicon.TIME)
                    && !t.has(k - 1, Lexicon.SKIP | Lexicon.STOP) && spentBefore(t, k - 1, lo)) {
                // "who spent much of the primary season calling Brackett “...”": a span of time is no one's voice;
                // whoever spent it spoke
                needSubject(k);
                continue;
            }
            if ((f & Lexicon.CUE_PARTICIPLE) != 0 && participleFallback == null && participleAfterObject(t, before, lo)) {
                // "She went after Trump saying ...": the main clause's subject, if the sentence has one
                Source object = subjectLeft(t, k, lo);
                if (object != null) {
                    setCue(object, t, k, cueEnd(t, k, hi));
                    object.how = Source.SENTENCE;
                    participleFallback = object;
                }
                needSubject(k);
                continue;
            }
            // "Rourke paused, then said": no subject stands between "then" and the verb; it shares the first verb's
            // (reading leftwards from it would take the object or an opening phrase: "Asked about the bill, ...")
            boolean sharesSubject = t.is(k - 1, "then") && (t.punct(k - 2, ',') || t.is(k - 2, "and"));
            Source s = sharesSubject ? null : subjectLeft(t, k, lo);
            int medium = s != null && (f & Lexicon.CUE_PARTICIPLE) != 0 && s.type == Source.DESCRIPTOR
                    ? mediumBefore(t, k, lo) : -1;
            if (medium >= 0 && !isSubordinator(t, t.tokenAt(s.mentionStart, k, lo) - 1)) {
                // (but "days after an internal memo describing the effort as “a mess” found its way to reporters":
                // the subject of a subordinate clause, the memo, is what says it)
                // "The committee issued a statement calling the report “baseless”": the committee speaks
                Source subject = sentenceSubject(t, lo, k);
                if (subject != null && subject.mentionEnd <= t.start[medium]) { // (not when it swallows the medium)
                    setCue(subject, t, k, cueEnd(t, k, hi));
                    subject.how = Source.SENTENCE;
                    return subject;
                }
            }
            if (s == null && (f & Lexicon.CUE_INVERT) != 0 && onlyPunctuation(t, lo, k)) {
                s = npForward(t, k + 1, hi, true); // , said Smith, “...”
                if (s != null) {
                    setCue(s, t, k, k);
                    s.how = Source.BEFORE;
                    return s;
                }
            }
            if (s != null && s.type == Source.DESCRIPTOR && s.titleStart < 0) {
                int p = t.tokenAt(s.mentionStart, k - 1, 0) - 1;
                int c = skipAdverbsBack(t, p - 1, lo);
                if (p > lo && t.lower(p) && isAdverbialPreposition(t, p)
                        && (t.is(c, "and") || t.is(c, "but") || t.is(c, "or"))) {
                    s = null; // "X interrupted her and at one point called ...": "one point" is not a subject
                    before = c;
                }
            }
            if (s == null && (t.is(before, "and") || t.is(before, "but") || t.is(before, "or")
                    || (t.is(before, "then") && (t.punct(before - 1, ',') || t.is(before - 1, "and")))
                    || sharesSubject)) {
                needSubject(k); // "X outlined a plan and vowed ...", "Rourke paused, then quipped ..."
            }
            if (s == null && t.is(before, "to") && t.lower(k) && !refusal(t, Math.max(lo, before - 6), before)) {
                needSubject(k); // "X took to Twitter to call the report “...”", "X went on to say ..."
            }
            boolean weakInner = s != null && (f & (Lexicon.SAY_CORE | Lexicon.CUE_NAMING | Lexicon.CUE_TELL)) == 0
                    && inReportedClause(t, s, k, lo); // "Ocampo tweeted that Birch had offered “apologies”"
            if (s != null && own && (weakInner || hi - k > 3 && ((f & Lexicon.SAY_CORE) == 0
                    || (hi - cueEnd(t, k, hi) > 4 && inReportedClause(t, s, k, lo))))) {
                // "Okafor said the figures show the city needs “more housing”": the reporting verb wins; so it does
                // in "He added that the union had warned about shortages “for years”", where other words stand
                // between the nearer verb and the quote, so the quote is not what that verb introduces
                Source core = coreEarlier(t, lo, k, hi, isPerson(s));
                if (core != null) {
                    return core;
                }
            }
            if (s != null && own && weak == null && inSubordinateClause(t, s, k, lo) && !t.is(k + 1, "that")
                    && (hi - cueEnd(t, k, hi) > 2 // (", while Sawant said, “...”": the quote is this verb's)
                    || (f & Lexicon.NOUNISH) != 0 && !isPerson(s))) { // ("after the race calls:", a noun after all)
                // "One reader wrote to me after I spoke at a lunch: “...”": the main clause's cue, if there is one
                // (but "X said, while Y added that parents “...”": the quote is what the second verb reports)
                int ce = cueEnd(t, k, hi);
                setCue(s, t, k, ce);
                s.how = Source.SENTENCE;
                weak = s;
                continue;
            }
            if (s != null) {
                // "X interrupted her and at one point called it “...”": the nearer cue, which shares this subject,
                // is the one that introduces the quote
                int cue = needSentenceSubject && sentenceSubjectCue > k ? sentenceSubjectCue : k;
                int ce = cueEnd(t, cue, hi);
                setCue(s, t, cue, ce);
                s.how = (own && hi - ce <= 4) ? Source.BEFORE : Source.SENTENCE;
                if (s.type == Source.PRONOUN && s.gender == 0 && !isFirstPerson(s)) {
                    if (weak == null) {
                        weak = s; // "it would ...", "they said" — keep looking for a named speaker
                    }
                    continue;
                }
                return s;
            }
        }
        return weak;
    }

    /**
     * The person in "quoted [b..e] as saying", where the phrase may hold an appositive: "one board member, Republican
     * Ted Okafor," is Ted Okafor; "Ted Okafor, a board member," too.
     */
    private static Source quotedPerson(Tokens t, int b, int e) {
        if (t.punct(e, ',')) {
            e--;
        }
        int comma = -1;
        for (int m = b; m < e; m++) {
            if (t.punct(m, ',')) {
                comma = m;
                break;
            }
        }
        if (comma < 0) {
            return nounOrPronoun(t, b, e);
        }
        Source first = nounOrPronoun(t, b, comma - 1);
        return first != null && first.type == Source.NAME ? first : nounOrPronoun(t, comma + 1, e);
    }

    /**
     * "She went after Trump saying, “...”", "He spoke about the importance of voting saying, “...”": a participle
     * cue written without its comma, right after the object of a verb or a preposition. That noun phrase is not
     * who speaks; the main clause's subject is. (A noun phrase that starts its clause, "Protesters chanting “...”",
     * or a statement or message, "a statement saying", keeps the reading the other rules give it.)
     */
    private static boolean participleAfterObject(Tokens t, int before, int lo) {
        if (before < lo || !t.isWord(before) || t.has(skipTimeBack(t, before, lo), Lexicon.MEDIUM | Lexicon.SPEECH_NOUN)) {
            return false;
        }
        Source np = npLeft(t, before, lo);
        if (np == null) {
            return false;
        }
        int p = t.tokenAt(np.mentionStart, before, 0) - 1;
        return p >= lo && t.isWord(p) && t.lower(p) && !t.is(p, "and") && !t.is(p, "but") && !t.is(p, "or")
                && !t.has(p, Lexicon.RELATIVE) && !(t.is(p, "of") && !placeOf(t, p)) && !t.is(p, "with")
                && !isPerceptionVerb(t, p);
    }

    /** "out of", "in front of", "outside of": an "of" of place ("walked out of class chanting"), not "footage of". */
    private static boolean placeOf(Tokens t, int of) {
        return t.is(of - 1, "out") || t.is(of - 1, "front") || t.is(of - 1, "outside") || t.is(of - 1, "ahead")
                || t.is(of - 1, "steps");
    }

    /**
     * "X opened the hearing by calling the record “...”": the subject of a sentence with one clause does what "by"
     * says. Not after "that" or "to", whose clause has a subject of its own ("expects Holt to ... by calling out"),
     * and not for "citing" or "invoking", whose object is a term ("defended the rules by citing the so-called “...”").
     */
    private static boolean byMainSubject(Tokens t, int k, int by, int lo) {
        if (!t.is(by, "by") || t.is(k, "citing") || t.is(k, "invoking")) {
            return false;
        }
        for (int m = by - 1; m >= lo; m--) {
            if (t.is(m, "that") || t.is(m, "to") || t.has(m, Lexicon.RELATIVE) || t.endsSentence(m)) {
                return t.endsSentence(m);
            }
        }
        return true;
    }

    /** Back over words of time: "released a statement Monday calling" -> "statement". */
    private static int skipTimeBack(Tokens t, int i, int lo) {
        while (i > lo && t.has(i, Lexicon.TIME)) {
            i--;
        }
        return i;
    }

    /** "footage of Trump saying", "heard him saying", "a video shows Okafor telling": the object is the speaker. */
    private static boolean isPerceptionVerb(Tokens t, int p) {
        return t.is(p, "heard") || t.is(p, "hear") || t.is(p, "hears") || t.is(p, "saw") || t.is(p, "see")
                || t.is(p, "sees") || t.is(p, "seen") || t.is(p, "show") || t.is(p, "shows") || t.is(p, "showed")
                || t.is(p, "shown") || t.is(p, "caught") || t.is(p, "recorded") || t.is(p, "filmed")
                || t.is(p, "captured") || t.is(p, "features") || t.is(p, "featured") || t.is(p, "watched")
                || t.is(p, "quoted") || t.is(p, "quotes") || t.is(p, "cited") || t.is(p, "cites")
                || t.is(p, "remember") || t.is(p, "remembers") || t.is(p, "remembered") || t.is(p, "recall")
                || t.is(p, "recalls") || t.is(p, "recalled"); // "I remember him saying, “...”"
    }

    /**
     * True when the participle cue at k opens its sentence, alone or after a subordinator: "Saying ...",
     * "While acknowledging ...", "After calling ...".
     */
    private static boolean introParticiple(Tokens t, int s, int k) {
        if (k < s || !t.has(k, Lexicon.CUE_PARTICIPLE)) {
            return false;
        }
        for (int m = s; m < k; m++) {
            if (!(t.is(m, "while") || t.is(m, "when") || t.is(m, "after") || t.is(m, "before") || t.is(m, "though")
                    || t.is(m, "although") || t.is(m, "since") || t.is(m, "upon") || t.is(m, "by") || t.is(m, "in")
                    || isSkippable(t, m))) {
                return false;
            }
        }
        return true;
    }

    /** The subject that starts the clause right after the quote (read from the window {@link #after} filled). */
    private Source subjectAfterQuote() {
        if (!openEnded) {
            return null; // “... .” ends the sentence: what follows is a new one
        }
        Tokens t = right;
        int i = 0;
        while (i < t.size && t.punct(i, ',')) {
            i++;
        }
        int end = sentenceEnd(t);
        Source r = leadingNounPhrase(t, i, end);
        return r != null && (isPerson(r) || r.type == Source.PRONOUN && r.gender != 0) ? r : null;
    }

    /** The quoted words at {@code quoteStart} begin in lower case: a partial quote, not a title or slogan. */
    private boolean lowerCaseQuote(int quoteStart) {
        int i = quoteStart;
        while (i < chars.length && i < quoteStart + 3 && Chars.isQuoteChar(chars[i])) {
            i++;
        }
        return i < chars.length && Chars.isLower(chars[i]);
    }

    /**
     * "The speech was interrupted when a young man ... unfurled a banner and shouted, “...”": after a passive main
     * clause, a verb joined by "and" shares the subject of the subordinate clause it stands in. Null when the cue is
     * in no such clause, or the clause's subject is no person ("when asked", "after it passed").
     */
    private Source subordinateSubject(Tokens t, int s, int cue) {
        for (int m = cue - 1; m > s; m--) {
            if (!t.isWord(m) && !t.punct(m, '-')) {
                return null; // (a comma ends the search: "..., and when it was over, Ruiz said")
            }
            if (t.lower(m) && (t.is(m, "when") || t.is(m, "while") || t.is(m, "after") || t.is(m, "because")
                    || t.is(m, "before") || t.is(m, "until")) && passiveBefore(t, s, m)) {
                Source r = leadingNounPhrase(t, m + 1, cue);
                int head = r == null ? -1 : t.tokenAt(r.mentionEnd - 1, cue, m + 1);
                return r != null && r.type != Source.PRONOUN && !r.vague
                        && (r.nameStart >= 0 || isPersonNoun(t, head)) ? r : null;
            }
        }
        return null;
    }

    /**
     * "But on Wednesday she did: “...”": he or she and a verb or two right before a colon, when the sentence's
     * opening phrase hides its subject from {@link #sentenceSubject}.
     */
    private static Source pronounBeforeColon(Tokens t, int s, int colon) {
        for (int m = colon - 1; m >= s && m >= colon - 3; m--) {
            if (t.lower(m) && t.has(m, Lexicon.PERSON_PRONOUN)) {
                int p = m - 1;
                if (m == colon - 1 || p >= s && t.isWord(p) && !t.has(p, Lexicon.TIME | Lexicon.SKIP)
                        && !(t.lower(p) && (t.is(p, "but") || t.is(p, "and") || t.is(p, "so") || t.is(p, "yet")))) {
                    return null; // (only after an opener: not "Printed on the T-shirt she wore:", "when she got home:")
                }
                Source r = pronoun(t, m);
                setCue(r, t, colon, colon);
                return r;
            }
            if (!t.lower(m) || t.has(m, Lexicon.STOP | Lexicon.DETERMINER) && !t.has(m, Lexicon.BE | Lexicon.SKIP)) {
                return null; // ("... told him: “...”", "... the pressure on her:")
            }
        }
        return null;
    }

    /**
     * The medium or speech noun right before the participle at k, past time words ("a statement Monday calling",
     * "an open letter on Monday declaring"); -1 when there is none.
     */
    private static int mediumBefore(Tokens t, int k, int lo) {
        int m = skipTimeBack(t, k - 1, lo);
        if ((t.is(m, "on") || t.is(m, "last")) && t.cap(m + 1) && t.has(m + 1, Lexicon.TIME)) {
            m = skipTimeBack(t, m - 1, lo);
        }
        return t.has(m, Lexicon.MEDIUM | Lexicon.SPEECH_NOUN) ? m : -1;
    }

    /** "spent much of the primary season": a form of "spend" within the few words before the span of time at i. */
    private static boolean spentBefore(Tokens t, int i, int lo) {
        for (int m = i - 1; m >= lo && m >= i - 6 && t.isWord(m); m--) {
            if (t.is(m, "spent") || t.is(m, "spend") || t.is(m, "spends") || t.is(m, "spending")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nouns for asking or promising, whose "to" or "for" introduces the words asked for: "her call for “a full
     * audit”", "his pledge to “...”" (not "her response to “...”": what is answered is someone else's).
     */
    private static boolean isRequestNoun(Tokens t, int m) {
        return t.lower(m) && (t.is(m, "call") || t.is(m, "calls") || t.is(m, "pledge") || t.is(m, "promise")
                || t.is(m, "vow") || t.is(m, "plea") || t.is(m, "demand") || t.is(m, "demands"));
    }

    /**
     * The main clause before the subordinator at m is passive ("The speech was briefly interrupted when ..."): its
     * subject did nothing, so a verb joined to the subordinate clause is that clause's subject's (not in "The crowd
     * booed when Ruiz took the stage and chanted").
     */
    private static boolean passiveBefore(Tokens t, int s, int m) {
        for (int v = s + 1; v < m; v++) {
            if (t.lower(v) && (hasEnding(t, v, "ed", 4) || hasEnding(t, v, "en", 4)) && isPassive(t, v, s)) {
                return true;
            }
        }
        return false;
    }

    /** The cue at k takes the sentence's subject ("..., saying", "and vowed", "to say"); the nearest one is kept. */
    private void needSubject(int k) {
        if (!needSentenceSubject) {
            sentenceSubjectCue = k;
        }
        needSentenceSubject = true;
    }

    /**
     * In "X, 38, who works two jobs, said" or "X, the chairman of Y, which endorsed Z, said" the subject is the
     * first noun phrase of the chain, not the last appositive. Given the comma that ends a candidate head, steps
     * back over segments that read as appositives (an age, "a/an/the ...", a lower-case role, "who/which ...")
     * to an earlier segment that is a whole name or noun phrase (not an introductory phrase such as "In Ohio,").
     * Returns the comma that ends the head.
     */
    private static int headBeforeAppositives(Tokens t, int comma, int lo) {
        for (int hop = 0; hop < 4; hop++) {
            int p = comma - 1;
            while (p >= lo && p > comma - 24 && t.isWord(p)) {
                p--;
            }
            if (!t.punct(p, ',') || p + 1 >= comma) {
                return comma; // the candidate head starts the clause
            }
            int seg = p + 1;
            boolean appositive = (t.shape[seg] & Tokens.DIGIT) != 0 || t.has(seg, Lexicon.RELATIVE)
                    || t.is(seg, "whose") || (t.lower(seg) && !t.has(seg, Lexicon.STOP | Lexicon.PRONOUN))
                    || ((t.shape[seg] & Tokens.POSSESSIVE) != 0 && t.lower(seg + 1)) // "X, Trump's rival, said"
                    || partyTag(t, seg) // "Rep. Glenn Abernathy, D-Port Lyle, who voted against it, called"
                    || placeOfOrigin(t, seg);
            if (!appositive) {
                return comma;
            }
            // the earlier segment must be a whole noun phrase that starts its clause
            int q = p - 1;
            while (q >= lo && q > p - 12 && t.isWord(q)) {
                q--;
            }
            int earlier = q + 1;
            if (earlier < p - 1 && t.lower(earlier) && (t.is(earlier, "and") || t.is(earlier, "but"))
                    && t.punct(q, ',')) {
                earlier++; // "..., and Keith Brammer, a cattle market analyst in Lincoln, Neb., posted"
            }
            if (earlier <= p - 1 && t.punct(q, ',') && (placeOfOrigin(t, earlier)
                    || (earlier == p - 1 && (t.shape[earlier] & Tokens.DIGIT) != 0))) {
                comma = p; // "Margaret Ellery, 68, of Sandpiper Close, whose garden overlooks the site, said": an
                continue;  // age or a place of origin is one more appositive of the same chain
            }
            if (earlier > p - 1 || !(q < lo || t.endsSentence(q) || t.punct(q, ',') || t.punct(q, ';'))
                    || t.has(earlier, Lexicon.STOP) || !t.cap(p - 1)) {
                return comma;
            }
            Source h = npLeft(t, p - 1, lo);
            if (h == null || h.mentionStart != t.start[earlier] || h.nameStart < 0
                    || (earlier == p - 1 && hasEnding(t, earlier, "ing", 4))) { // ("Reacting, the minister, X, said")
                return comma;
            }
            comma = p;
        }
        return comma;
    }

    /** "of Sandpiper Close", "from Leeds": where a person is from, set off by commas after the name. */
    private static boolean placeOfOrigin(Tokens t, int i) {
        return (t.is(i, "of") || t.is(i, "from")) && t.lower(i) && t.cap(i + 1) && !t.has(i + 1, Lexicon.STOP);
    }

    /** "D-Port Lyle", "R-Texas": a party letter and a hyphen before the place a legislator represents. */
    private static boolean partyTag(Tokens t, int i) {
        int s = t.start[i];
        return t.wordEnd(i) - s > 2 && t.text.charAt(s + 1) == '-'
                && (t.text.charAt(s) == 'D' || t.text.charAt(s) == 'R' || t.text.charAt(s) == 'I');
    }

    /**
     * True when the cue at k sits in an embedded clause that a comma or dash closes before the quote: a relative
     * clause ("X, who has criticized the plan, ..."), an adverbial clause ("After Clinton called it a disaster,
     * ...") or a participle phrase between commas ("X, speaking at a rally where he urged ..., ..."). Such a
     * cue reports its own clause, not the quote that follows it. "As X put it, “...”" is not such a clause.
     */
    private static boolean closedClause(Tokens t, int k, int lo, int hi) {
        boolean embedded = t.has(k, Lexicon.CUE_PARTICIPLE) && t.punct(skipAdverbsBack(t, k - 1, lo), ',');
        for (int m = k - 1; !embedded && m >= lo && m > k - 24; m--) {
            if (!t.isWord(m)) {
                break;
            }
            embedded = isClauseOpener(t, m);
        }
        if (!embedded) {
            return false;
        }
        boolean objectOnly = true; // only words so far: the verb's object ("who was on duty told The Hindu, ...")
        for (int m = k + 1; m < hi; m++) {
            int skip = m == k + 1 || (objectOnly && m <= k + 5 && t.has(k, Lexicon.CUE_TELL))
                    ? parentheticalBeforeThat(t, m, hi) : -1;
            objectOnly &= t.isWord(m);
            if (skip > 0) {
                m = skip; // "who has said, in an interview with the weekly, that he ...": the clause goes on
                continue;
            }
            if ((t.punct(m, ',') || t.punct(m, ';') || t.kind[m] == Tokens.DASH) && !onlyPunctuation(t, m + 1, hi)) {
                return true; // closed, and the main clause goes on before the quote (not "who joked, “...”")
            }
        }
        return false;
    }

    /**
     * ", in an interview with the weekly, that": a phrase between commas right after a reporting verb, before the
     * "that" of what it reports. Returns the second comma, or -1.
     */
    private static int parentheticalBeforeThat(Tokens t, int comma, int hi) {
        if (!t.punct(comma, ',') || !t.lower(comma + 1) || !t.has(comma + 1, Lexicon.STOP)) {
            return -1;
        }
        for (int m = comma + 2; m < hi && m < comma + 14; m++) {
            if (t.punct(m, ',')) {
                // (or "as" when the verb takes it: "which he describes, with a straight face, as “...”")
                return t.is(m + 1, "that") || t.is(m + 1, "as") && (t.is(comma - 1, "describes")
                        || t.is(comma - 1, "described") || t.is(comma - 1, "describe")) ? m : -1;
            }
            if (!t.isWord(m)) {
                return -1;
            }
        }
        return -1;
    }

    /** who, which, whose, where, and subordinating conjunctions (after, when, while, because ...), not "as". */
    private static boolean isClauseOpener(Tokens t, int m) {
        return t.is(m, "who") || t.is(m, "which") || t.is(m, "whose") || t.is(m, "where") || t.is(m, "whom")
                || isSubordinator(t, m);
    }

    /** after, when, while, because, although, though, since, before, if, once, until, unless. */
    private static boolean isSubordinator(Tokens t, int m) {
        return t.is(m, "after") || t.is(m, "when") || t.is(m, "while") || t.is(m, "because") || t.is(m, "although")
                || t.is(m, "though") || t.is(m, "since") || t.is(m, "before") || t.is(m, "if") || t.is(m, "once")
                || t.is(m, "until") || t.is(m, "unless");
    }

    /** A named person or organisation, he or she, or a role with a title ("the mayor"), never a vague source. */
    private static boolean isPerson(Source s) {
        if (s.vague) {
            return false;
        }
        return s.type == Source.NAME || (s.type == Source.PRONOUN && s.gender != 0)
                || (s.type == Source.DESCRIPTOR && s.titleStart >= 0);
    }

    /** A past participle after a form of "be" or "get": "was called", "has been described as". */
    private static boolean isPassive(Tokens t, int k, int lo) {
        if (hasEnding(t, k, "ing", 3)) {
            return false; // "is saying": progressive, active
        }
        return afterBe(t, k, lo);
    }

    /**
     * After {@link #before} found a passive cue right before the quote and {@link #after} read the words after it:
     * the agent of "was called “a gimmick” by critics".
     */
    Source passiveAgent() {
        if (passiveCue < 0 || !right.is(0, "by")) {
            return null;
        }
        Source s = npForward(right, 1, sentenceEnd(right), true);
        if (s == null) {
            return null;
        }
        s.cueStart = left.start[passiveCue];
        s.cueEnd = left.end[passiveCue];
        s.how = Source.AFTER;
        return s;
    }

    /** True when a form of "be" or "get" comes just before token k (past adverbs): "was worried", "is expected". */
    private static boolean afterBe(Tokens t, int k, int lo) {
        for (int m = k - 1; m >= lo && m >= k - 3; m--) {
            if (t.has(m, Lexicon.BE)) {
                return true;
            }
            if (!isSkippable(t, m)) {
                return false;
            }
        }
        return false;
    }

    private boolean isFirstPerson(Source s) {
        return Lexicon.is(chars, s.mentionStart, s.mentionEnd, "i") || Lexicon.is(chars, s.mentionStart, s.mentionEnd, "we");
    }

    /** "the indictment", "a transcript included in court filings", "documents released by": a record, not a person. */
    private static boolean isDocument(Tokens t, int i, int hi) {
        for (int m = i; m < hi && m < i + 4 && t.isWord(m); m++) {
            if (t.has(m, Lexicon.MEDIUM | Lexicon.DOCUMENT)) {
                return true;
            }
        }
        return false;
    }

    /** The subject s of the cue at k follows "after", "when", "because" ...: the cue is in a subordinate clause. */
    private static boolean inSubordinateClause(Tokens t, Source s, int k, int lo) {
        int p = t.tokenAt(s.mentionStart, k - 1, lo) - 1;
        return p > lo && t.lower(p) && isSubordinator(t, p);
    }

    /** The subject s of the cue at k opens a clause reported by an earlier verb: "added that the union ...". */
    private static boolean inReportedClause(Tokens t, Source s, int k, int lo) {
        int p = t.tokenAt(s.mentionStart, k - 1, lo) - 1;
        return p > lo && (t.is(p, "that") || (t.has(p, Lexicon.SAY_CORE) && t.lower(p)));
    }

    /**
     * An earlier core reporting verb of the sentence (before token k) whose subject is a name or person; an unnamed
     * source too when the nearer subject is a person ("A person close to Navarro said the senator had agreed ... and
     * that his support had come “without conditions”"), not when it is a thing that can be quoted ("One of them said
     * the review had concluded that ...": the review's words).
     */
    private Source coreEarlier(Tokens t, int lo, int k, int hi, boolean innerIsPerson) {
        for (int m = k - 1; m >= lo && m > k - MAX_CUE_DISTANCE; m--) {
            if (!t.has(m, Lexicon.SAY_CORE) || t.has(m, Lexicon.CUE_PARTICIPLE | Lexicon.NOUNISH)
                    || !usableCue(t, m, false)) {
                continue;
            }
            Source s = subjectLeft(t, m, lo);
            if (s != null && (isPerson(s) || (s.vague && innerIsPerson))) {
                setCue(s, t, m, cueEnd(t, m, hi));
                s.how = Source.SENTENCE;
                return s;
            }
        }
        return null;
    }

    /** In the sentence before the quote, the leftmost core speech verb with a subject ("She said ..."). */
    private Source searchPreviousSentence(Tokens t, int lo, int hi) {
        int stop = Math.max(lo, hi - MAX_CUE_DISTANCE);
        for (int k = stop; k < hi; k++) {
            boolean pluralSay = t.is(k, "say") && t.lower(k) && k > lo && t.isWord(k - 1) && t.lower(k - 1)
                    && hasEnding(t, k - 1, "s", 2) && !t.has(k - 1, Lexicon.STOP); // "Voting rights advocates say"
            if (!pluralSay && (!t.has(k, Lexicon.CUE_INVERT | Lexicon.CUE_TELL | Lexicon.CUE_NAMING)
                    || t.has(k, Lexicon.NOUNISH | Lexicon.CUE_PARTICIPLE | Lexicon.TITLED) || !usableCue(t, k, false))) {
                continue;
            }
            if (isRequest(t, k, hi)) {
                continue; // "asked the crowd to welcome ..." is not a quotation's attribution
            }
            Source s = subjectLeft(t, k, lo);
            if (s == null && t.has(k, Lexicon.CUE_INVERT) && t.lower(k) && (t.punct(k - 1, ',')
                    || t.kind[Math.max(k - 1, 0)] == Tokens.MARK)) {
                s = npForward(t, k + 1, hi, true); // '“We hear the shells,” said Leyla, a teacher, who ... . “...”'
            }
            if (s != null) {
                setCue(s, t, k, cueEnd(t, k, hi));
                return s;
            }
        }
        return null;
    }

    /** "asked the crowd to welcome ...", "urged voters, many of them young, to ...": a request, not speech. */
    private static boolean isRequest(Tokens t, int k, int hi) {
        if (!(t.is(k, "asked") || t.is(k, "asks") || t.is(k, "urged") || t.is(k, "urges") || t.is(k, "told")
                || t.is(k, "tells") || t.is(k, "begged") || t.is(k, "implored") || t.is(k, "encouraged")
                || t.is(k, "challenged") || t.is(k, "invited") || t.is(k, "called") || t.is(k, "pressed"))) {
            return false;
        }
        for (int m = k + 1; (t.is(k, "asked") || t.is(k, "asks")) && m < hi && m <= k + 8; m++) {
            if (t.is(m, "name") || t.is(m, "named") || t.is(m, "identified") || t.is(m, "anonymity")) {
                return true; // "who asked that only her first name be used": anonymity, not the quote's verb
            }
        }
        for (int m = k + 2; m < hi && m <= k + 16; m++) {
            if (t.is(m, "that") || t.punct(m, ':') || t.endsSentence(m)) {
                return false;
            }
            if (t.is(m, "to") && t.lower(m + 1) && !t.has(m + 1, Lexicon.DETERMINER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject at the start of the sentence [lo, k): skips connectives ("But", "Meanwhile,") and an
     * introductory phrase ending in a comma ("In August, ..."), then reads a name, a pronoun or a
     * determiner-led noun phrase.
     */
    private Source sentenceSubject(Tokens t, int lo, int k) {
        int i = lo;
        for (int guard = 0; guard < 5 && i < k; guard++) {
            if (!t.isWord(i)) {
                i++;
                continue;
            }
            if ((t.is(i, "about") || t.is(i, "nearly") || t.is(i, "roughly") || t.is(i, "around") || t.is(i, "almost")
                    || t.is(i, "some")) && ((t.shape[i + 1] & Tokens.DIGIT) != 0 && t.isWord(i + 1)
                    || t.has(i + 1, Lexicon.DETERMINER) && t.lower(i + 1))) {
                return leadingNounPhrase(t, i + 1, k); // "About two dozen people gathered ...": a number, not a phrase
            }
            int span = timeSpanEnd(t, i, k);
            if (span > i) {
                i = t.punct(span + 1, ',') ? span + 2 : span + 1; // "An hour later, ...", "Late Tuesday ...": no subject
                continue;
            }
            if (isQuantity(t, i)) {
                return leadingNounPhrase(t, i, k); // "One of them leaned in:", "Some of the parents ..."
            }
            if (t.cap(i) && t.has(i, Lexicon.OPENING_ADVERB) && t.isWord(i + 1)
                    && (t.cap(i + 1) && !t.has(i + 1, Lexicon.TIME | Lexicon.STOP) || t.has(i + 1, Lexicon.PERSON_PRONOUN))) {
                i++; // "Then Tasker, pulling on his coat, breaks the silence:", "Finally he said:" (no comma after the opener)
                continue;
            }
            boolean intro = isBoundaryWord(t, i) || t.has(i, Lexicon.TIME) || isSkippable(t, i)
                    || t.has(i, Lexicon.CUE_PARTICIPLE) || (t.shape[i] & Tokens.DIGIT) != 0
                    || (t.cap(i) && t.has(i, Lexicon.CUE) && !t.has(i, Lexicon.NOUNISH)) // "Asked about it, ..."
                    || (t.cap(i) && t.wordEnd(i) - t.start[i] > 4 && t.text.charAt(t.wordEnd(i) - 1) == 'd'
                    && t.text.charAt(t.wordEnd(i) - 2) == 'e' && t.lower(i + 1) && t.has(i + 1, Lexicon.STOP))
                    || (t.lower(i) && t.text.charAt(t.wordEnd(i) - 1) == 'g')
                    || (t.cap(i) && isAdverbialPreposition(t, i)) // "Outside the Capitol, ..."
                    || (t.cap(i) && t.is(i, "back") && t.lower(i + 1)) // "Back in Ganeshwadi, ..."
                    || (t.cap(i) && (t.is(i, "midway") || t.is(i, "halfway") || t.is(i, "partway"))
                    && (t.is(i + 1, "through") || t.is(i + 1, "into"))) // "Midway through the speech, ..."
                    || (t.cap(i) && t.punct(i + 1, ',') && hasEnding(t, i, "ing", 4)) // "Reacting, the minister ..."
                    || (t.cap(i) && hasEnding(t, i, "ing", 5) && t.lower(i + 1) && !t.has(i + 1, Lexicon.CUE)) // "Speaking to"
                    || (t.cap(i) && t.punct(i + 1, ',') && (hasEnding(t, i, "ward", 4) || hasEnding(t, i, "wards", 5)
                    || hasEnding(t, i, "ly", 4))); // "Afterward," "Finally,"
            if (!intro) {
                break;
            }
            if (t.punct(i + 1, ',')) {
                i += 2; // "Meanwhile," "However," "2015,"
                continue;
            }
            int c = i + 1;
            // "When I asked him why, he ...": the clause's own verb is no cue; nor is the question's in "Asked what
            // she would say to the premier, Abernethy didn’t hesitate."
            boolean clause = isSubordinator(t, i) || t.cap(i) && (t.is(i, "asked") || t.is(i, "pressed"));
            while (c < k && c < i + 24 && !t.punct(c, ',')
                    && !(t.has(c, Lexicon.CUE) && !clause && usableCue(t, c, false))) {
                c++;
            }
            if (!t.punct(c, ',')) {
                // "When Ruiz stood to call the plan “a disgrace,” the chair ...": the cue is inside the subordinate
                // clause, whose own subject is the speaker
                return clause && c >= k ? leadingNounPhrase(t, i + 1, k) : null;
            }
            i = c + 1; // "In August," "Asked about the plan,"
        }
        return leadingNounPhrase(t, i, k);
    }

    /**
     * The last token of a time phrase opening a sentence at i, or -1: "An hour later", "Minutes later", "Two days
     * earlier", "Late Tuesday", "Early on Monday".
     */
    private static int timeSpanEnd(Tokens t, int i, int k) {
        if (!t.cap(i)) {
            return -1;
        }
        if ((t.is(i, "late") || t.is(i, "early")) && i + 1 < k) {
            int j = t.is(i + 1, "on") ? i + 2 : i + 1;
            return j < k && t.has(j, Lexicon.TIME) && !t.has(j, Lexicon.OPENING_ADVERB) ? j : -1;
        }
        boolean unit = false;
        for (int j = i; j < k && j <= i + 4 && t.isWord(j); j++) {
            if (j > i && unit && t.lower(j) && (t.is(j, "later") || t.is(j, "earlier") || t.is(j, "ago"))) {
                return j;
            }
            if (isTimeUnit(t, j)) {
                unit = true;
            } else if (!(t.has(j, Lexicon.DETERMINER) || t.is(j, "few") || t.is(j, "couple") || t.is(j, "of")
                    || (t.shape[j] & Tokens.DIGIT) != 0)) {
                return -1; // (not "The council met later", "Ruiz said later")
            }
        }
        return -1;
    }

    /**
     * The subject of a colon lead-in without a verb is a thing that carries words (a photo, a post, a line), not
     * someone who said them: "An hour later, a single word on X:", "The bottom line:".
     */
    private static boolean carriesWords(Tokens t, int lo, Source subject, int colon) {
        int head = t.tokenAt(subject.mentionEnd - 1, colon, lo);
        return t.lower(head) && verbless(t, head + 1, colon)
                && (t.has(head, Lexicon.MEDIUM | Lexicon.DOCUMENT | Lexicon.SIGN | Lexicon.SPEECH_NOUN)
                || t.is(head, "photo") || t.is(head, "photograph") || t.is(head, "picture") || t.is(head, "image")
                || t.is(head, "line") || t.is(head, "word") || t.is(head, "words") || t.is(head, "link")
                || t.is(head, "clip") || t.is(head, "caption"));
    }

    /** A verb whose subject makes others react: "drew", "prompted", "sparked". */
    private static boolean causes(Tokens t, int v) {
        return t.is(v, "drew") || t.is(v, "draws") || t.is(v, "prompted") || t.is(v, "sparked") || t.is(v, "triggered")
                || t.is(v, "elicited") || t.is(v, "provoked"); // (not "met", "brought": "Fans met the bus with chants of")
    }

    /** The sentence opens with "Asked ..." or "Pressed ..." and {@code at} lies before that clause's comma. */
    private static boolean insideAskedClause(Tokens t, int s, int n, int at) {
        if (!t.cap(s) || !(t.is(s, "asked") || t.is(s, "pressed"))) {
            return false;
        }
        for (int m = s + 1; m < n; m++) {
            if (t.punct(m, ',')) {
                return at < t.start[m];
            }
        }
        return false; // (no comma: "Asked for comment the company said in a statement:" keeps its verb)
    }

    /** A noun for a voice heard, not a person: "a chant", "a shout", "a voice". */
    private static boolean isSound(Tokens t, int head) {
        return t.lower(head) && (t.is(head, "chant") || t.is(head, "chants") || t.is(head, "shout")
                || t.is(head, "shouts") || t.is(head, "cry") || t.is(head, "cries") || t.is(head, "chorus")
                || t.is(head, "voice") || t.is(head, "roar") || t.is(head, "refrain"));
    }

    private static boolean isTimeUnit(Tokens t, int j) {
        return t.is(j, "seconds") || t.is(j, "minute") || t.is(j, "minutes") || t.is(j, "hour") || t.is(j, "hours")
                || t.is(j, "day") || t.is(j, "days") || t.is(j, "week") || t.is(j, "weeks") || t.is(j, "month")
                || t.is(j, "months") || t.is(j, "year") || t.is(j, "years") || t.is(j, "moments");
    }

    /** A name, pronoun or determiner-led noun phrase starting at token i and followed by more words. */
    private Source leadingNounPhrase(Tokens t, int i, int k) {
        if (i >= k || !t.isWord(i)) {
            return null;
        }
        boolean quantity = isQuantity(t, i);
        if (t.has(i, Lexicon.PRONOUN) && !quantity) {
            return pronoun(t, i);
        }
        Source described = describedName(t, i, k);
        if (described != null) {
            return described;
        }
        int name = t.lower(i) && !t.has(i, Lexicon.DETERMINER) ? roleBeforeName(t, i, k) : -1;
        if (name >= 0) {
            // "One of them, support player Noor Haddadin, leaned into her microphone:": a role, then a name
            int e = capRunForward(t, name, k);
            return e + 1 < k ? noun(t, i, e) : null;
        }
        int e = i;
        boolean possessor = false; // "Corvane's head of policy": a name that owns the noun phrase it opens
        if (t.cap(i) && !t.has(i, Lexicon.DETERMINER) && !quantity) {
            while (e + 1 < k && e - i < 10 && (t.cap(e + 1) && !isFunctionCapWord(t, e + 1)
                    || ((t.has(e + 1, Lexicon.NAME_PARTICLE | Lexicon.TITLE) || t.is(e + 1, "of") || t.is(e + 1, "for")
                    || t.is(e + 1, "member")) && t.lower(e + 1) && t.cap(e + 2))
                    || (t.is(e + 1, "of") && t.is(e + 2, "the") && t.cap(e + 3) && t.has(i, Lexicon.TITLE))
                    || (t.is(e + 1, "and") && t.lower(e + 1) && titleAhead(t, e + 2, k))
                    || (t.lower(e + 1) && roleBeforeName(t, e + 1, k) >= 0)
                    || (e == i && t.lower(e + 1) && t.cap(e + 2) && t.cap(e + 3) && !t.has(e + 1, Lexicon.CUE
                    | Lexicon.STOP | Lexicon.SKIP | Lexicon.BE | Lexicon.DETERMINER) && !looksLikeVerb(t, e + 1)))) {
                e++; // "Hillary for America Campaign Manager Robby Mook", "Bank of America", "City Council member Ana Ruiz",
                     // "Ottersby and Calder Dale MP Rebecca Sowden", "Republican presidential nominee Dalton Crane",
                     // "Speaker of the House Tom Brandt", "Senior guard Malik Danvers"
                if (t.is(e, "of") && t.is(e + 1, "the")) {
                    e++;
                }
            }
            possessor = (t.shape[e] & Tokens.POSSESSIVE) != 0 && t.lower(e + 1);
        }
        if (possessor || quantity || t.has(i, Lexicon.DETERMINER) || ((t.shape[i] & Tokens.DIGIT) != 0 && t.lower(i + 1))) {
            e = quantity ? i + 1 : e; // (past the "of" of "hundreds of")
            if (isGroupPart(t, i) && i + 3 < k) {
                // "One of them, support player Noor Haddadin, leaned into her microphone:" (vague, like "one of them
                // said", unless the appositive names her)
                Source s = groupPart(t, i, i + 2);
                appositiveName(s, t, i + 3, k);
                return s;
            }
            int head = e;
            while (e + 1 < k && e - head < 6 && t.isWord(e + 1) && !isBoundaryWord(t, e + 1) && !isSkippable(t, e + 1)
                    && !(t.has(e + 1, Lexicon.CUE) && !t.has(e + 1, Lexicon.NOUNISH)) && !looksLikeVerb(t, e + 1)
                    && !plainIrregularPast(t, e + 1)
                    && !(e > head && t.cap(e) && t.lower(e + 1) && !t.punct(e + 2, ',')
                    && (t.shape[e] & Tokens.POSSESSIVE) == 0) // ("One of Ruiz's aides leaned in")
                    && !(e > head && t.lower(e + 1) && !t.has(e + 1, Lexicon.STOP) && t.has(e + 2, Lexicon.DETERMINER)
                    && t.lower(e + 2))) { // ("the widow confronts the agent:", "The coach spent the season")
                e++; // "the Florida Governor made ...": a lower-case word after the capitalised head is the verb
            }
            if (e > head && t.cap(e) && e + 1 < k && isPersonNoun(t, e + 1) && !looksLikeVerb(t, e + 1)) {
                e++; // ... unless it is a noun for a person, the head: "The GOP nominee went after Clinton, telling"
            }
            if (e == head || quantity && !isPlenty(t, i) && !isPersonNoun(t, e)) {
                return null; // (not "Some of the money went to ads:")
            }
        } else if (!t.cap(i)) {
            return null;
        }
        if (e + 1 >= k) {
            return null;
        }
        Source s = noun(t, i, e);
        if (quantity && s.nameStart == t.start[i]) {
            asDescriptor(s); // "Hundreds of riders": capitalised only because it opens the sentence
        }
        if (quantity && !isPlenty(t, i) && s.nameStart < 0) {
            s.vague = true; // "One of the aides leaned in:", like "one of them said"
        }
        if (s.type == Source.DESCRIPTOR && s.nameStart < 0) {
            appositiveName(s, t, e + 1, k);
        }
        return s;
    }

    /**
     * True when a short run of capitalised words from i reaches a title and then a name: "Calder Dale MP Rebecca
     * Sowden" after "Ottersby and" (one person's constituency, not two people or two places: "Ruiz and Lee", "Texas
     * and Ohio officials").
     */
    private static boolean titleAhead(Tokens t, int i, int k) {
        for (int m = i; m < k && m < i + 5 && t.cap(m) && !isFunctionCapWord(t, m); m++) {
            if (m > i && t.has(m, Lexicon.TITLE) && t.cap(m + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the name starts when tokens from i are one to three lower-case words ending in a role ("presidential
     * nominee", "linebacker") followed by a name of two capitalised words: "Harbor City Mariners linebacker Darius
     * Pruitt"; -1 otherwise.
     */
    private static int roleBeforeName(Tokens t, int i, int k) {
        int m = i;
        while (m < k && m - i < 3 && t.lower(m) && !t.has(m, Lexicon.STOP | Lexicon.CUE | Lexicon.BE
                | Lexicon.DETERMINER | Lexicon.SKIP) && !looksLikeVerb(t, m)) {
            m++;
        }
        return m > i && m + 1 < k && t.cap(m) && t.cap(m + 1) && !isFunctionCapWord(t, m) && isPersonNoun(t, m - 1)
                && !looksLikeFiniteVerb(t, i) ? m : -1; // (not "Ruiz visits teacher Ana Lopez": a verb and its object)
    }

    /**
     * A lower-case description and a name after an opening phrase: "On X, film critic Priya Dasgupta took the
     * opposite view". One to three lower-case words (no function word, verb or cue), then at least two capitalised
     * words, then more of the sentence.
     */
    private static Source describedName(Tokens t, int i, int k) {
        int m = i;
        while (m < k && m - i < 3 && t.lower(m) && !t.has(m, Lexicon.STOP | Lexicon.CUE | Lexicon.DETERMINER
                | Lexicon.PRONOUN | Lexicon.SKIP | Lexicon.TIME | Lexicon.BE) && !looksLikeVerb(t, m)) {
            m++;
        }
        if (m == i || !t.cap(m) || !isPersonNoun(t, m - 1)) {
            return null; // ("aboard Air Force One", "local radio station Sauti FM": no person)
        }
        int e = capRunForward(t, m, k);
        if (e == m || e + 1 >= k || !isNameRun(t, m, e)) {
            return null;
        }
        Source s = noun(t, i, e);
        nameFrom(s, t, m, e);
        return s;
    }

    /**
     * "The company's vice president for people operations, Greg Sorensen, had sent ...": a role followed (after
     * a short prepositional phrase) by a name between commas. The mention covers both and the name is the name.
     */
    private static void appositiveName(Source s, Tokens t, int from, int k) {
        if (from >= k) {
            return;
        }
        int c = from;
        if (t.lower(c) && (t.is(c, "for") || t.is(c, "of") || t.is(c, "at") || t.is(c, "to") || t.is(c, "with")
                || t.is(c, "on") || t.is(c, "in"))) { // ("One of the Democrats on the panel, Sen. Ana Ruiz,")
            while (c < k && c < from + 7 && t.isWord(c)) {
                c++;
            }
        }
        if (!t.punct(c, ',')) {
            return;
        }
        int b = descriptionBeforeName(t, c + 1, k);
        int e = b;
        while (e + 1 < k && e - b < 4 && (t.cap(e + 1) || t.has(e + 1, Lexicon.NAME_PARTICLE))) {
            e++;
        }
        int after = e + 1;
        if (t.is(after, "of") && t.lower(after)) {
            // "Representative Dale Munro of Arizona,", "Jonah Fielding of the Cumberland Defender Project,": the place
            // belongs to the appositive, not to the name
            after++;
            if (t.is(after, "the") && t.cap(after + 1)) {
                after++;
            }
            while (after < k && after - e < 5 && t.cap(after)) {
                after++;
            }
        }
        if ((after >= k || t.punct(after, ',') || t.punct(after, '(') || t.endsSentence(after)) && isNameRun(t, b, e)
                && (e > b || isKin(t, from - 1))) { // (a first name alone after a relative: "His wife, Carol,")
            nameFrom(s, t, b, e);
            s.mentionEnd = t.end[e];
            s.vague = false;
        }
    }

    /**
     * Where the name starts in an appositive that may open with a short description of the person: "retired engineer
     * Derek Ransome" -> the index of "Derek". Up to three lower-case words, the last a person noun; otherwise
     * {@code from} itself.
     */
    static int descriptionBeforeName(Tokens t, int from, int k) {
        int d = (t.is(from, "the") || t.is(from, "a")) && t.lower(from) ? from + 1 : from; // ("the conservative
        int b = d;                                                                       // columnist Gregory Vance")
        while (b < k && b - d < 3 && t.lower(b) && !t.has(b, Lexicon.STOP | Lexicon.CUE | Lexicon.DETERMINER)) {
            b++;
        }
        return b > d && t.cap(b) && (isPersonNoun(t, b - 1) || t.has(b, Lexicon.TITLE)) ? b : from; // ("state Rep. X")
    }

    /** A word for a relative or a friend, after which a first name alone is a name: "his daughter, Ana,". */
    private static boolean isKin(Tokens t, int i) {
        return t.lower(i) && (t.is(i, "wife") || t.is(i, "husband") || t.is(i, "son") || t.is(i, "daughter")
                || t.is(i, "mother") || t.is(i, "father") || t.is(i, "brother") || t.is(i, "sister")
                || t.is(i, "partner") || t.is(i, "friend") || t.is(i, "neighbor") || t.is(i, "grandson")
                || t.is(i, "granddaughter") || t.is(i, "grandmother") || t.is(i, "grandfather"));
    }

    /** The subject of the clause that ends at a colon: after the last "that", ";" or "and" before it. */
    private Source clauseSubjectBefore(Tokens t, int lo, int colon) {
        for (int m = colon - 1; m >= lo && m > colon - 20; m--) {
            if (t.is(m, "that") || t.punct(m, ';') || t.is(m, "and") || t.is(m, "but")) {
                Source s = leadingNounPhrase(t, m + 1, colon);
                int after = s == null ? -1 : t.tokenAt(s.mentionEnd - 1, colon, m + 1) + 1;
                if (s != null && !t.isWord(after)) {
                    break; // "parts of Jackson Heights and Corona, opened ...": "and" joined two nouns, not clauses
                }
                if (s != null) {
                    return s;
                }
                break;
            }
        }
        return null;
    }

    /**
     * "her “basket of deplorables” remark", "Okafor’s “no new taxes” pledge": quoted words between a possessor and
     * a noun for something said are the possessor's words. Reads the words right before and right after the quote.
     */
    private Source possessorOfQuotedWords(Tokens t, int lo, int n) {
        int p = n - 1;
        if (p < lo || !t.isWord(p) || !right.lower(0) || !right.has(0, Lexicon.SPEECH_NOUN)
                || right.has(0, Lexicon.TITLE_CUE)) {
            return null;
        }
        // "Romney's controversial “47 percent” remarks": an adjective or two may stand between them
        for (int skip = 0; skip < 2 && p > lo && t.lower(p) && (t.shape[p] & Tokens.POSSESSIVE) == 0
                && !t.has(p, Lexicon.STOP | Lexicon.DETERMINER | Lexicon.CUE | Lexicon.PRONOUN); skip++) {
            p--;
        }
        Source s = possessor(t, p, lo);
        if (s == null) {
            return null;
        }
        s.cueStart = right.start[0];
        s.cueEnd = right.end[0];
        s.how = Source.SENTENCE;
        return s;
    }

    /** The end of the word at p without its possessive ending: mayor's -> mayor, voters' -> voters. */
    private static int possessiveStem(Tokens t, int p) {
        int e = t.end[p];
        char last = t.text.charAt(e - 1);
        return last == '\'' || last == '\u2019' ? e - 1 : e - 2;
    }

    /** The possessor at token p ("his", "her", "their", "Okafor's", "the mayor's") as a mention, or null. */
    private static Source possessor(Tokens t, int p, int lo) {
        Source s;
        if (t.is(p, "his") || t.is(p, "her") || t.is(p, "their")) {
            s = pronoun(t, p);
            s.gender = t.is(p, "his") ? 1 : t.is(p, "her") ? 2 : 0;
            return s;
        }
        if ((t.shape[p] & Tokens.POSSESSIVE) != 0 && t.lower(p) && p - 1 >= lo
                && (isArticleOrPossessive(t, p - 1) || t.is(p - 1, "the") && !t.isWord(p - 2)) // (also "The mayor's")
                && (Lexicon.lookup(t.a, t.start[p], possessiveStem(t, p)) & (Lexicon.TITLE | Lexicon.PERSON_NOUN)) != 0) {
            s = noun(t, p - 1, p); // "the mayor's “no new taxes” pledge"
            s.mentionEnd = t.end[p];
            return s;
        }
        if (!t.cap(p) || (t.shape[p] & Tokens.POSSESSIVE) == 0) {
            return null;
        }
        int b = p;
        while (b - 1 >= lo && b > p - 6 && (t.cap(b - 1) || t.has(b - 1, Lexicon.NAME_PARTICLE))
                && !isFunctionCapWord(t, b - 1)) {
            b--;
        }
        Source named = noun(t, b, p);
        s = new Source();
        s.type = Source.NAME;
        s.mentionStart = named.mentionStart;
        s.mentionEnd = t.end[p];
        s.nameStart = named.nameStart >= 0 ? named.nameStart : t.start[b];
        s.nameEnd = t.end[p] - (Chars.isQuoteChar(t.text.charAt(t.end[p] - 1)) || t.text.charAt(t.end[p] - 1) == '\'' ? 1 : 2);
        s.gender = named.gender;
        s.titleStart = named.titleStart;
        s.titleEnd = named.titleEnd;
        int k = b;
        while (k < p && t.has(k, Lexicon.TITLE | Lexicon.HONORIFIC_MALE | Lexicon.HONORIFIC_FEMALE | Lexicon.DETERMINER)) {
            k++;
            s.nameStart = t.start[k];
        }
        if (s.nameEnd <= s.nameStart) {
            asDescriptor(s);
        }
        return s;
    }

    /** The capitalised name that ends with the possessive at p: "Sen. Ana Ruiz’s" -> Ana Ruiz. */
    private Source possessorName(Tokens t, int lo, int p) {
        Source s = new Source();
        s.type = Source.NAME;
        s.mentionStart = t.start[p];
        s.mentionEnd = t.end[p];
        int b = p;
        while (b - 1 >= lo && t.cap(b - 1) && !isFunctionCapWord(t, b - 1)) {
            b--;
        }
        Source named = noun(t, b, p);
        s.mentionStart = named.mentionStart;
        s.nameStart = named.nameStart >= 0 ? named.nameStart : t.start[b];
        s.nameEnd = t.end[p] - 2;
        s.gender = named.gender;
        while (s.nameStart < s.nameEnd && t.has(b, Lexicon.TITLE | Lexicon.HONORIFIC_MALE
                | Lexicon.HONORIFIC_FEMALE) && b < p) {
            b++;
            s.nameStart = t.start[b];
        }
        return s;
    }

    /**
     * "Castellane’s closing statement was clearly rehearsed.": a sentence that opens with a name's speech (statement,
     * remarks, answer) is about what that person said; a he or she right after it is that person.
     */
    private Source possessorOfSpeech(Tokens t, int from, int to) {
        int p = from;
        while (p < to && p < from + 4 && t.cap(p) && (t.shape[p] & Tokens.POSSESSIVE) == 0) {
            p++;
        }
        if (p >= to || !t.cap(p) || (t.shape[p] & Tokens.POSSESSIVE) == 0 || isFunctionCapWord(t, from)) {
            return null;
        }
        for (int m = p + 1; m < to && m <= p + 3 && t.lower(m); m++) {
            if (t.has(m, Lexicon.SPEECH_NOUN)) {
                Source s = possessorName(t, from, p);
                s.byNameOnly = s.gender == 0;
                return s;
            }
        }
        return null;
    }

    /**
     * "As for Ellery-Shaw, she says she isn't going anywhere.", "For Ruckert, the science is secondary.": the person a
     * sentence opens by naming as its topic.
     */
    private Source topicOpener(Tokens t, int from, int to) {
        int b = t.is(from, "as") && t.cap(from) && t.is(from + 1, "for") ? from + 2
                : t.is(from, "for") && t.cap(from) ? from + 1 : -1;
        if (b < 0 || !t.cap(b) || isFunctionCapWord(t, b)) {
            return null;
        }
        int e = capRunForward(t, b, to);
        if (!t.punct(e + 1, ',') || e - b > 3 || t.has(e, Lexicon.PLACE | Lexicon.TIME)) {
            return null;
        }
        Source r = noun(t, b, e);
        if (r.type != Source.NAME || r.nameStart < 0) {
            return null;
        }
        r.byNameOnly = r.gender == 0;
        return r;
    }

    /** "Contrary to her claim that the bridge would be “finished by May,”" — the speaker is the possessor. */
    private Source possessiveSpeechNoun(Tokens t, int lo, int n, boolean partial) {
        for (int m = n - 1; m >= lo && m >= n - 6; m--) {
            boolean request = partial && isRequestNoun(t, m);
            if (!t.has(m, Lexicon.SPEECH_NOUN) && !request) {
                continue;
            }
            int next = m + 1;
            while (next < n - 1 && t.lower(next) && t.has(next, Lexicon.TIME)) {
                next++; // "Ruiz's call last week for “...”"
            }
            boolean introduces = m == n - 1 || t.is(m + 1, "that") || (m + 1 == n - 1 && (t.punct(m + 1, ',')
                    || t.punct(m + 1, ':') || t.punct(m + 1, '?')))
                    || request && next == n - 1 && (t.is(next, "to") || t.is(next, "for"));
            if (!introduces) {
                return null;
            }
            int p = m - 1;
            int adjectives = 0;
            while (p >= lo && t.lower(p) && !t.has(p, Lexicon.DETERMINER) && !isBoundaryWord(t, p) && adjectives < 2
                    && (t.shape[p] & Tokens.POSSESSIVE) == 0) {
                p--;
                adjectives++;
            }
            if (!t.isWord(p)) {
                return null;
            }
            Source s;
            if (t.lower(p) && (t.shape[p] & Tokens.POSSESSIVE) != 0 && p - 1 >= lo && t.has(p - 1, Lexicon.DETERMINER)) {
                s = noun(t, p - 1, p); // "His mother's response:": the owner is the noun phrase, not "his"
                char last = t.text.charAt(t.wordEnd(p) - 1);
                s.mentionEnd = t.wordEnd(p) - (last == '\'' || last == '\u2019' ? 1 : 2); // workers' / mother's
            } else if (t.is(p, "his") || t.is(p, "her") || t.is(p, "their") || t.is(p, "its")) {
                s = pronoun(t, p);
                s.gender = t.is(p, "his") ? 1 : t.is(p, "her") ? 2 : 0;
            } else if (t.cap(p) && (t.shape[p] & Tokens.POSSESSIVE) != 0) {
                s = possessorName(t, lo, p);
            } else {
                return null;
            }
            s.cueStart = t.start[m];
            s.cueEnd = t.end[m];
            s.how = Source.SENTENCE;
            return s;
        }
        return null;
    }

    /**
     * True when tokens [from, to) open with a part or copy of what follows: "The full text of", "An extract from",
     * "The key line of" (not "The problem with Ruiz’s remarks:", which is about them). A word chain rather than a
     * lexicon flag: a listed word counts as no name, and "Line", "Copy" or "Section" may be part of one.
     */
    private static boolean partOfWords(Tokens t, int from, int to) {
        for (int m = from + 1; m < to; m++) {
            if (t.lower(m) && (t.is(m, "of") || t.is(m, "from"))) {
                int h = m - 1;
                return t.is(h, "text") || t.is(h, "transcript") || t.is(h, "excerpts") || t.is(h, "excerpt")
                        || t.is(h, "extracts") || t.is(h, "extract") || t.is(h, "highlights") || t.is(h, "portions")
                        || t.is(h, "copy") || t.is(h, "line") || t.is(h, "lines") || t.is(h, "passage")
                        || t.is(h, "passages") || t.is(h, "section") || t.is(h, "paragraph") || t.is(h, "part");
            }
        }
        return false;
    }

    /**
     * True when tokens [from, to) hold no verb: a heading-like noun phrase ("The full text of Ruiz’s remarks:"), not a
     * clause whose own subject speaks ("Renata weighed in, leaving a comment on her son’s post:").
     */
    private static boolean verbless(Tokens t, int from, int to) {
        for (int m = from; m < to; m++) {
            if (t.lower(m) && (looksLikeVerb(t, m) || looksLikeFiniteVerb(t, m) || t.has(m, Lexicon.BE | Lexicon.CUE)
                    || hasEnding(t, m, "ing", 4) && m + 1 < to || t.is(m, "has") || t.is(m, "have")
                    || t.is(m, "had"))) {
                // (an -ing word right before the noun describes it: "the judge’s sentencing remarks")
                return false;
            }
        }
        return true;
    }

    /**
     * "The message from the governor was blunt: “...”", "For Ruiz, the answer is simple: “...”": a subject before a
     * colon that is a thing said ("the answer", "the message") belongs to someone: the person after "from", its
     * possessor ("Ruiz’s message to graduates was simple:"), or the one the sentence opened with "For ..." about.
     * Returns that person, or {@code subject} as it was.
     */
    private Source ownerOfSpeechNoun(Tokens t, int lo, Source subject, int colon) {
        int head = t.tokenAt(subject.mentionEnd - 1, colon, lo);
        if (!t.has(head, Lexicon.SPEECH_NOUN) || !t.lower(head)) {
            return subject;
        }
        Source owner = null;
        int first = t.tokenAt(subject.mentionStart, colon, lo);
        if (t.is(head + 1, "from") && t.lower(head + 1)) {
            owner = npForward(t, head + 2, colon, true);
        } else if (head - 1 >= first && head - 1 <= first + 1) {
            // "Ruiz’s message to graduates was simple:", "His answer was short:", "The mayor’s response was swift:"
            // (a possessor is a person or a name already: "the mayor’s" only for a title or a person noun)
            owner = possessor(t, head - 1, lo);
            if (owner != null && owner.type == Source.DESCRIPTOR && !owner.vague) {
                owner.cueStart = t.start[head];
                owner.cueEnd = t.end[head];
                return owner;
            }
        }
        if (owner == null && first - 2 > lo && t.punct(first - 1, ',') && t.is(lo, "for") && t.cap(lo)
                && t.cap(lo + 1)) {
            owner = npForward(t, lo + 1, first - 1, true);
            if (owner != null && owner.mentionEnd != t.end[first - 2]) {
                owner = null; // (only "For Ruiz," itself: not "For most of the year, the message was:")
            }
        }
        if (owner == null || !isPerson(owner) && !(owner.type == Source.DESCRIPTOR && !owner.vague
                && isPersonNoun(t, t.tokenAt(owner.mentionEnd - 1, colon, lo)))) {
            return subject; // (a person by name, pronoun, title or noun: "The verdict from the referee, Paul Tierney,")
        }
        owner.cueStart = t.start[head];
        owner.cueEnd = t.end[head];
        return owner;
    }

    /** The subject of the cue at token k: the noun phrase (or pronoun) to its left, within [lo, k). */
    private Source subjectLeft(Tokens t, int k, int lo) {
        return subjectLeft(t, k, lo, 0);
    }

    /**
     * {@code hops} counts the prepositional phrases already stepped over: "Trump on Thursday in a speech to
     * supporters in Florida said" — "supporters in Florida" is the object of "to", not the subject, so the
     * search goes on to the left of the preposition (a few phrases at most, so the work stays bounded).
     */
    private Source subjectLeft(Tokens t, int k, int lo, int hops) {
        Source s = subjectLeftOnce(t, quotedAppositive(t, k, lo), lo);
        if (s != null && s.type == Source.RELATIVE && hops > 0 && hops < 4) {
            // "A staff nurse who was on duty told": reached over a phrase of the relative clause ("on duty"), "who"
            // is that clause's subject; the verb's subject is what "who" stands for
            Source ante = subjectLeft(t, t.tokenAt(s.mentionStart, k, lo), lo, hops + 1);
            if (ante != null) {
                return ante;
            }
        }
        if (s == null || hops >= 4 || s.type == Source.RELATIVE) {
            return s;
        }
        int first = t.tokenAt(s.mentionStart, k - 1, 0);
        int p = first - 1;
        if (t.is(p, "no") && t.lower(p) && p > lo) {
            p--; // "An X account with no name posted": "no" belongs to the noun phrase it opens
        }
        if (s.type == Source.PRONOUN) {
            // "The last entry on it reads:": a pronoun after a preposition is its object, not the subject
            if (p > lo && t.lower(p) && (isAdverbialPreposition(t, p) || t.is(p, "of"))
                    && !t.has(first, Lexicon.STOP) && (t.is(first, "it") || t.is(first, "them") || t.is(first, "him")
                    || t.is(first, "her") || t.is(first, "us") || t.is(first, "me"))) {
                Source outer = subjectLeft(t, p, lo, hops + 1);
                if (outer != null) {
                    return outer;
                }
            }
            return s;
        }
        if (t.is(p, "of") && t.is(p - 1, "behalf") && t.is(p - 2, "on")) {
            p -= 2; // "A lawsuit filed on behalf of a patient alleges": "on behalf of" is one preposition
        }
        int q = p;
        if (t.is(q, "of") && q - 1 > lo && t.isWord(q - 1)) {
            Source part = npLeft(t, q - 1, lo); // "summarizing one of those meetings"
            q = part == null ? q : t.tokenAt(part.mentionStart, q - 1, lo) - 1;
            if (part != null && part.type == Source.DESCRIPTOR && part.nameStart < 0 && isPersonNoun(t, p - 1)
                    && s.type == Source.DESCRIPTOR && s.nameStart < 0) {
                // "The mother of the victim said", "A member of the board of directors said": the person the
                // of-phrase belongs to is the subject, not the thing it names
                int partStart = t.tokenAt(part.mentionStart, p - 1, lo);
                Source whole = noun(t, partStart, t.tokenAt(s.mentionEnd - 1, k - 1, lo));
                if (q > lo && t.lower(q) && isAdverbialPreposition(t, q)) {
                    Source outer = subjectLeft(t, q, lo, hops + 1); // "A woman in the third row of the gallery"
                    return outer != null ? outer : whole;
                }
                return whole;
            }
            if (q < p && q > lo && t.lower(q) && isAdverbialPreposition(t, q) && t.has(q + 1, Lexicon.DETERMINER)) {
                // "The man at the center of the dispute said": the of-phrase hangs on a preposition's object (not
                // "a pitch invasion by hundreds of fans chanting": a quantity of people is the subject itself)
                Source outer = subjectLeft(t, q, lo, hops + 1);
                if (outer != null) {
                    return outer;
                }
            }
        }
        if (q > lo && t.lower(q) && isParticipleOpener(t, q) && q - 1 > lo && t.isWord(q - 1)) {
            int w = skipAdverbsBack(t, q - 1, lo);
            if ((t.is(w, "of") || t.is(w, "with")) && w - 1 > lo && t.lower(w - 1) && hasEnding(t, w - 1, "ed", 3)) {
                // "A 31-year-old man accused of fatally stabbing another man outside a bar told": the participle
                // hangs on "accused of", whose noun phrase is the subject
                Source outer = subjectLeft(t, w - 1, lo, hops + 1);
                if (outer != null) {
                    return outer;
                }
            }
            p = q;
            // "A 2021 internal memo summarizing one of those meetings noted": the participle's object is not the
            // subject; the noun phrase before the participle is
            Source outer = subjectLeft(t, p, lo, hops + 1);
            if (outer != null) {
                return outer;
            }
        }
        boolean clause = (t.is(p, "after") || t.is(p, "before") || t.is(p, "since") || t.is(p, "until"))
                && t.tokenAt(s.mentionEnd - 1, k - 1, lo) + 1 >= beforeParenthesis(t, skipAdverbsBack(t, k - 1, lo), lo);
        if (p > lo && t.lower(p) && isAdverbialPreposition(t, p) && !clause) {
            // (but "died in committee after a lobbyist testified that ...": a subordinator whose own subject stands
            // right before the verb opens a clause; that subject is the speaker)
            int from = p - 1 > lo && t.lower(p - 1) && hasEnding(t, p - 1, "ed", 3) && t.isWord(p - 2)
                    && !t.has(p - 2, Lexicon.STOP | Lexicon.PRONOUN) ? p - 1 : p; // "The statement posted on the site said"
            Source outer = subjectLeft(t, from, lo, hops + 1);
            if (outer != null) {
                return outer; // when nothing precedes ("After the debate Trump said"), the phrase stays the subject
            }
        }
        if (s.type != Source.PRONOUN && t.cap(first) && p > lo && t.lower(p) && t.isWord(p)
                && !t.has(p, Lexicon.STOP | Lexicon.CUE)) {
            // "A columnist for the progressive website The Current described": the name ends a noun phrase that
            // is the object of a preposition; the subject is further left
            Source np = npLeft(t, p, lo);
            int b = np == null ? p : t.tokenAt(np.mentionStart, p, 0);
            for (int m = b + 1; m < p; m++) {
                if (t.lower(m) && isAdverbialPreposition(t, m)) {
                    return np; // the noun phrase read leftwards already holds the preposition: "A columnist for the website"
                }
            }
            if (b - 1 > lo && t.lower(b - 1) && isAdverbialPreposition(t, b - 1)) {
                Source outer = subjectLeft(t, b - 1, lo, hops + 1);
                if (outer != null) {
                    return outer;
                }
            }
        }
        int r = relativeOpener(t, p, lo);
        if (r < 0 && p > lo && t.has(p, Lexicon.RELATIVE) && t.lower(p) && (looksLikeFiniteVerb(t, first)
                || (t.is(p, "who") && t.lower(first) && !t.has(first, Lexicon.DETERMINER | Lexicon.STOP)))) {
            r = p; // "a patient who developed meningitis alleges": the words read as a noun phrase hold a verb
        }
        if (r > lo) {
            // "A strategist who has advised several campaigns described ...": that noun phrase is the object of
            // the relative clause; the subject is what "who" refers to (or the name that phrase is in apposition to)
            Source outer = subjectLeft(t, r, lo, hops + 1);
            if (outer != null && outer.type == Source.DESCRIPTOR && outer.nameStart < 0) {
                int c = t.tokenAt(outer.mentionStart, r, 0) - 1;
                Source named = t.punct(c, ',') && c - 1 > lo ? npLeft(t, c - 1, lo) : null;
                if (named != null && named.type == Source.NAME) {
                    return named; // "Isabel Ruiz, a progressive who represents Corona, opened ..."
                }
            }
            if (outer != null) {
                return outer;
            }
        }
        return s;
    }

    /** A lower-case -ing word that opens a participial phrase inside a noun phrase ("a memo summarizing ..."). */
    private static boolean isParticipleOpener(Tokens t, int p) {
        return hasEnding(t, p, "ing", 5) && !t.has(p, Lexicon.STOP) && !t.is(p, "during") && !t.is(p, "including")
                && !t.is(p, "according") && !t.is(p, "nothing") && !t.is(p, "something") && !t.is(p, "anything")
                && !t.is(p, "everything");
    }

    /**
     * "The group's report, “Locked Out,” concluded": a quoted name between commas right before the verb at k is
     * in apposition to the subject. Returns the comma before it (the subject ends there), or k.
     */
    private static int quotedAppositive(Tokens t, int k, int lo) {
        if (t.kind[Math.max(k - 1, 0)] != Tokens.MARK || !t.punct(k - 2, ',')) {
            return k;
        }
        for (int m = k - 3; m > lo && m > k - 14; m--) {
            if (t.kind[m] == Tokens.MARK) {
                // ("the executive who shepherded the thriller “Undertow,” said": a title ends the subject's phrase)
                if (t.punct(m - 1, ',')) {
                    return m - 1;
                }
                if (t.has(m - 1, Lexicon.TITLE_CUE) && t.lower(m - 1)) {
                    return m;
                }
                int named = namingPhrase(t, m - 1, lo, k);
                if (named != k) {
                    return named;
                }
                // "Sen. Ada Kwiatkowski (D-Minn.), the lead sponsor of the “Location Privacy Protection Act,” posted":
                // the title ends an appositive that a comma opens; the subject stands before that comma
                int c = m - 1;
                while (c > lo && c > m - 12 && t.isWord(c)) {
                    c--;
                }
                int b = c - 1; // the first word of what stands before that comma
                while (b > lo && t.isWord(b - 1)) {
                    b--;
                }
                // (not after an opening phrase: "Asked whether she would run, the sponsor of the “Fair Pay Act,” said")
                boolean opening = isAdverbialPreposition(t, b) || t.cap(b) && (hasEnding(t, b, "ed", 3)
                        || hasEnding(t, b, "ing", 4));
                return t.punct(c, ',') && !opening && t.has(c + 1, Lexicon.DETERMINER) && t.lower(c + 1)
                        && !t.has(c + 1, Lexicon.PRONOUN) ? c : k;
            }
        }
        return k;
    }

    /**
     * "The group, known as “the Squad,” said", "Maria Lopez, whose husband serves there, known across the post as
     * the “Desert Hawks,” told": a phrase that gives the subject a quoted name, set off by a comma. Returns where the
     * subject ends for {@link #subjectLeftOnce}: the comma itself when the subject is all that stands before it, the
     * token after it when earlier commas make a chain of appositives; {@code k} when there is no such phrase.
     */
    private static int namingPhrase(Tokens t, int p, int lo, int k) {
        for (int c = p; c > lo && c > p - 8; c--) {
            if (t.punct(c, ',')) {
                if (!(t.is(c + 1, "known") || t.has(c + 1, Lexicon.TITLED)) || !t.lower(c + 1)) {
                    return k;
                }
                for (int m = c - 1; m >= lo; m--) {
                    if (t.punct(m, ',')) {
                        return c + 1;
                    }
                }
                return c;
            }
        }
        return k;
    }

    /**
     * The "who" or "which" that opens a relative clause ending at token p ("who has advised several campaigns"):
     * followed by a verb, with no punctuation in between. -1 when there is none within a few words.
     */
    private static int relativeOpener(Tokens t, int p, int lo) {
        for (int m = p; m > lo && m > p - 10; m--) {
            if (!t.isWord(m)) {
                return -1;
            }
            if (t.has(m, Lexicon.RELATIVE) && t.lower(m)) {
                boolean verbNext = m + 1 <= p && (looksLikeFiniteVerb(t, m + 1) || t.has(m + 1, Lexicon.BE | Lexicon.CUE)
                        || t.is(m + 1, "has") || t.is(m + 1, "have") || t.is(m + 1, "had"));
                // "an email in which Ms. Voss told": a relative clause with a subject of its own holds the phrase
                return verbNext ? m : -1;
            }
        }
        return -1;
    }

    /** Prepositions that open an adverbial phrase between a subject and its verb: on Monday, in a speech, at a rally. */
    static boolean isAdverbialPreposition(Tokens t, int i) {
        return t.is(i, "on") || t.is(i, "in") || t.is(i, "at") || t.is(i, "to") || t.is(i, "during")
                || t.is(i, "after") || t.is(i, "before") || t.is(i, "from") || t.is(i, "with") || t.is(i, "for")
                || t.is(i, "by") || t.is(i, "near") || t.is(i, "outside") || t.is(i, "inside") || t.is(i, "across")
                || t.is(i, "throughout") || t.is(i, "into") || t.is(i, "behind") || t.is(i, "against")
                || t.is(i, "among") || t.is(i, "within") || t.is(i, "along") || t.is(i, "alongside") || t.is(i, "beside");
    }

    /**
     * "Trump, speaking to a crowd in Grand Rapids, Michigan, on Monday, said": when the words between a comma
     * and the verb open with a participle ("speaking", "flanked", "asked about"), they are a phrase about the
     * subject, however many commas they hold; the subject is the noun phrase before that comma.
     */
    private static int participlePhraseComma(Tokens t, int j, int lo) {
        for (int m = j - 1; m > lo && m > j - 40; m--) {
            if (t.endsSentence(m) || t.punct(m, ';') || t.kind[m] == Tokens.MARK) {
                return -1;
            }
            if (t.punct(m, ',') && t.isWord(m + 1) && t.lower(m + 1) && t.isWord(m - 1)
                    && !t.has(m + 1, Lexicon.STOP | Lexicon.SKIP | Lexicon.DETERMINER | Lexicon.PRONOUN)
                    && isParticiple(t, m + 1) && descriptionBeforeName(t, m + 1, j) == m + 1) {
                return m; // (", retired engineer Derek Ransome," is a name with its description, not a participle phrase)
            }
        }
        return -1;
    }

    /** A word ending in -ing or -ed: speaking, flanked, asked. */
    private static boolean isParticiple(Tokens t, int i) {
        return hasEnding(t, i, "ing", 4) || hasEnding(t, i, "ed", 3);
    }

    /**
     * The token before a short parenthesis that ends at {@code j} ("Gov. Dale Hendricks (R) told"), or {@code j}
     * itself when it is no closing parenthesis; {@code lo - 1} when the parenthesis does not open within ten tokens.
     */
    private static int beforeParenthesis(Tokens t, int j, int lo) {
        if (!t.punct(j, ')')) {
            return j;
        }
        int m = j - 1;
        while (m >= lo && m > j - 10 && !t.punct(m, '(')) {
            m--;
        }
        return t.punct(m, '(') ? m - 1 : lo - 1;
    }

    /**
     * "Ruiz — who has been in office since 2019 — said": the token before a pair of dashes (read like a parenthesis),
     * or {@code j} itself when it is no dash that closes such a pair within the sentence.
     */
    private static int beforeDashes(Tokens t, int j, int lo) {
        if (j < lo || t.kind[j] != Tokens.DASH) {
            return j;
        }
        for (int m = j - 1; m > lo && m > j - 30; m--) {
            if (t.endsSentence(m) || t.kind[m] == Tokens.MARK) {
                return j;
            }
            if (t.kind[m] == Tokens.DASH) {
                return m - 1 >= lo && t.isWord(m - 1) ? m - 1 : j;
            }
        }
        return j;
    }

    private Source subjectLeftOnce(Tokens t, int k, int lo) {
        int j = beforeDashes(t, beforeParenthesis(t, skipAdverbsBack(t, k - 1, lo), lo), lo);
        if (j < lo) {
            return null;
        }
        if (t.isWord(j)) {
            if (t.lower(j) && t.has(j, Lexicon.PARTICLE) && t.has(k, Lexicon.CUE_PARTICIPLE)) {
                return null; // "... wrote back telling her": "back" belongs to a verb, it is nobody
            }
            if (t.has(j, Lexicon.RELATIVE) || (t.is(j, "that") && t.lower(j) && j - 1 >= lo && t.lower(j - 1)
                    && t.has(j - 1, Lexicon.MEDIUM | Lexicon.DOCUMENT | Lexicon.PERSON_NOUN))) {
                // ("a fundraising email that said ...", "a neighbour that said ...": "that" as a relative pronoun)
                Source s = new Source();
                s.type = Source.RELATIVE;
                s.mentionStart = t.start[j];
                s.mentionEnd = t.end[j];
                int a = j - 1;
                if (t.punct(a, ',')) {
                    a--;
                }
                if (a - 2 >= lo && t.isWord(a) && (t.shape[a] & Tokens.DIGIT) != 0 && t.punct(a - 1, ',')) {
                    a -= 2; // "Maya Desrosiers, 16, who said": an age between the name and "who"
                }
                if (a >= lo && t.isWord(a)) {
                    Source ante = npLeft(t, a, lo);
                    int c = ante == null ? -1 : t.tokenAt(ante.mentionStart, a, lo) - 1;
                    if (ante != null && ante.type == Source.DESCRIPTOR && ante.nameStart < 0 && c - 1 >= lo
                            && t.punct(c, ',') && t.isWord(c - 1)) {
                        // "Marco Delgado-Finch, a tattoo artist who says": the role is in apposition to a name
                        Source named = npLeft(t, c - 1, lo);
                        int before = t.tokenAt(named == null ? 0 : named.mentionStart, c - 1, lo) - 1;
                        if (named != null && named.type == Source.NAME && named.nameStart >= 0
                                && !(t.isWord(before) && isAdverbialPreposition(t, before)
                                && (before <= lo || !t.isWord(before - 1)))) {
                            // (not "In Paris, a lawyer who said": a place that ends the sentence's opening phrase)
                            ante = named;
                        }
                    }
                    if (ante != null) {
                        s.anteStart = ante.mentionStart;
                        s.anteEnd = ante.mentionEnd;
                        s.nameStart = ante.nameStart;
                        s.nameEnd = ante.nameEnd;
                        s.gender = ante.gender;
                        s.vague = ante.vague;
                        s.titleStart = ante.titleStart;
                        s.titleEnd = ante.titleEnd;
                    }
                }
                return s;
            }
            Source np = npLeft(t, j, lo);
            if (np != null && t.lower(j) && looksLikeVerb(t, j) && np.mentionStart == t.start[j]) {
                return null; // "were filed in August by a group": "filed" is a verb, not a speaker
            }
            return np;
        }
        if (t.punct(j, ',')) {
            int pc = participlePhraseComma(t, j, lo);
            if (pc >= 0) {
                Source s = npLeft(t, pc - 1, lo);
                if (s != null && (s.type != Source.DESCRIPTOR || s.titleStart >= 0)) {
                    return s;
                }
            }
            // X, an economist at Y, said — the speaker is before the appositive
            for (int m = j - 1; m >= lo && m > j - 32; m--) {
                if (t.endsSentence(m)) {
                    return null;
                }
                if (t.punct(m, ',')) {
                    m = headBeforeAppositives(t, m, lo);
                    int w = m - 1;
                    if (t.punct(w, ')')) {
                        // "Rep. Blake Hollister (R-S.C.), a leader of the group, called ...": past the parenthesis
                        int o = w - 1;
                        while (o > lo && o > w - 10 && !t.punct(o, '(')) {
                            o--;
                        }
                        w = t.punct(o, '(') ? o - 1 : w;
                    }
                    if (w < lo || !t.isWord(w)) {
                        return null;
                    }
                    Source s = npLeft(t, w, lo);
                    int head = s == null ? -1 : t.tokenAt(s.mentionStart, w, lo);
                    // ("Leader of Government Business in the Senate, Senator Clive Aldana, told": a title and its
                    // office, whose capitals are no name)
                    boolean role = s != null && (s.nameStart < 0 || t.is(head, "the") || t.is(head, "a")
                            || isArticleOrPossessive(t, head) || (t.shape[head] & Tokens.POSSESSIVE) != 0
                            || (t.cap(head) && t.has(head, Lexicon.TITLE) && t.is(head + 1, "of")));
                    int last = Math.max(m, beforeParenthesis(t, j - 1, lo)); // (", Rep. Darla Fenske (R-Cape Hollis),")
                    int nameEnd = last;
                    int place = -1;
                    for (int o = m + 2; o < nameEnd; o++) {
                        if (t.is(o, "of") && t.lower(o) && (t.cap(o + 1) || t.is(o + 1, "the") && t.cap(o + 2))) {
                            nameEnd = o - 1; // "The House speaker, Daniel Kreutzer of Lancaster County, said", "Her
                            place = t.cap(o + 1) ? o + 1 : o + 2; // lawyer, Jonah Fielding of the Cumberland Project,"
                            break;
                        }
                    }
                    int nameStart = descriptionBeforeName(t, m + 1, nameEnd); // ", retired engineer Derek Ransome,"
                    if (s != null && role && s.type != Source.PRONOUN && isNameRun(t, nameStart, nameEnd)
                            && (place < 0 || isNameRun(t, place, last))) {
                        // the company's chief executive, Dana Wu, said / The chairman of Ruiz's campaign, Dan Lee,
                        // said: the mention covers both, and the name is the appositive's
                        s.nameStart = -1;
                        nameFrom(s, t, nameStart, nameEnd);
                        s.mentionEnd = t.end[nameEnd];
                        s.vague = false;
                    }
                    return s;
                }
            }
        }
        return null;
    }

}
