package io.copydesk.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One analysis of one text: runs the scanner, then attribution and kind rules per quote, then the
 * paragraph-level sharing of attributions and the name resolution, and builds the public records.
 * Holds per-call state only, which is what keeps {@link QuoteDetector} itself immutable and thread-safe.
 */
final class Analyzer {

    static final String UNSOURCED_MESSAGE =
            "This direct quote has no speaker. Add who said it, or waive the flag with a reason.";

    private final String text;
    /** The text's characters, shared with the scanner (array reads are markedly faster than String.charAt). */
    private char[] chars;

    Analyzer(String text) {
        this.text = text;
    }

    Analysis run() {
        QuoteScanner sc = new QuoteScanner(text).scan();
        chars = sc.a;
        int q = sc.quoteCount();
        Kind[] kinds = new Kind[q];
        Source[] sources = new Source[q];
        boolean[] own = new boolean[q];
        Attribution at = new Attribution(text, sc.a);
        int[] headline = new int[Math.max(1, sc.paragraphCount())]; // 0 unknown, 1 yes, 2 no

        int prevSpeechEnd = -1;
        int prevSpeechPara = -1;
        int prevSpeech = -1;
        for (int i = 0; i < q; i++) {
            int start = sc.qStart.get(i);
            int end = sc.qEnd.get(i);
            int ps = sc.qStartPara.get(i);
            int pe = sc.qEndPara.get(i);
            int paraLo = sc.paraStart.get(ps);
            int paraHi = sc.paraEnd.get(pe);
            // Windows stop at the neighbouring quotes of the same paragraph (scare quotes and titles excepted
            // on the left, so "called the “rigged” system a “disaster”" still sees its verb).
            int lo = prevSpeechPara == ps ? prevSpeechEnd : paraLo;
            int hi = (i + 1 < q && sc.qStartPara.get(i + 1) == pe) ? sc.qStart.get(i + 1) : paraHi;

            char last = lastChar(start, end, sc.qCloseLen.get(i));
            at.openEnded = last == ',' || last == '!' || last == '?' || last == '\u2014' || last == '\u2013' || last == '-';
            at.closedSentence = endsSentence(start, end, sc.qCloseLen.get(i));
            at.fullStop = last == '.';
            at.headlineQuote = start == paraLo && paraHi - paraLo < 200 && !endsLikeSentence(paraHi);
            Source a = at.after(end, hi);
            Source b = at.before(lo, start);
            // "insisted that he was “just doing a delivery job” he had found": a quote with no punctuation of its own,
            // followed by a space and a lower-case word, runs on in its sentence; the verb before it is its cue
            boolean runsOn = Chars.isLetterOrDigit(last) && end + 1 < chars.length && chars[end] == ' '
                    && Chars.isLower(chars[end + 1]);
            Source s = runsOn && b != null && (b.how == Source.BEFORE || b.how == Source.SENTENCE)
                    ? b : choose(a, b, endsSentence(start, end, sc.qCloseLen.get(i)), at.right);
            if (s == null) {
                s = at.passiveAgent(); // "was called “a gimmick” by critics"
            }
            // the previous speech quote is in this quote's sentence, and only the left window's words stand between them
            boolean sameSentence = lo > paraLo && at.leftSentenceStart == 0 && !endedSentence(prevSpeech, sc);
            if (s != null && s.record && b == null && sameSentence && at.continuesPreviousClause()
                    && sources[prevSpeech] != null && !sources[prevSpeech].record && !sources[prevSpeech].vague) {
                // "Harcourt said she “always meant to pay it back” but “kept falling behind,” according to the
                // complaint": the record reports what the speaker of the sentence's first quote went on to say
                s = sources[prevSpeech].inherit();
            }
            if (s == null && sameSentence) {
                // "Oduya, who was elected on a promise to “fix transit first,” said that the offer is “fair.”": the
                // verb right after the first quote has its subject before the relative clause that quote ends
                s = at.subjectBeforeRelative(paraLo, sc.qStart.get(prevSpeech));
            }
            if (s != null && s.how == Source.PREVIOUS_SENTENCE && lastChar(start, end, sc.qCloseLen.get(i)) == ',') {
                // “...,” promises an attribution right after it; when none follows, the attribution is missing,
                // and the speaker of the sentence before is not assumed: 'X said A. “B,” .'
                s = null;
            }
            if (s != null && s.type == Source.PRONOUN && s.gender != 0 && s.how != Source.PREVIOUS_SENTENCE) {
                s.antecedent = s.mentionEnd <= start ? at.sameSentenceSpeaker(s.mentionStart) : null;
                if (s.antecedent == null) {
                    s.antecedent = at.previousSentenceSpeaker(); // "Ruiz spoke first. “We won,” he said."
                }
                if (s.antecedent == null && lo > paraLo) {
                    s.antecedent = at.previousSentenceSpeakerFrom(paraLo, start); // (the window began at a quote)
                }
                if (s.antecedent == null && start == paraLo && ps > 0) {
                    s.antecedent = at.previousParagraphSpeaker(sc.paraStart.get(ps - 1), sc.paraEnd.get(ps - 1));
                }
            }
            if (s != null && s.type == Source.DESCRIPTOR && !s.vague && at.mentionsAnonymity()) {
                s.vague = true; // "one strategist said, speaking on condition of anonymity"
            }
            if (s == null && start == paraLo && ps > 0) {
                s = at.colonLeadIn(sc.paraStart.get(ps - 1), sc.paraEnd.get(ps - 1));
                if (s == null && end == paraHi && endsSentence(start, end, sc.qCloseLen.get(i))) {
                    s = at.paraphraseLeadIn(sc.paraStart.get(ps - 1), sc.paraEnd.get(ps - 1));
                }
            }
            if (s == null && start == paraLo && end == paraHi && pe + 1 < sc.paragraphCount()
                    && endsSentence(start, end, sc.qCloseLen.get(i))) {
                // “...” / That was the verdict of the Rev. Elijah Batiste, ... — the next paragraph names the speaker
                s = at.thatWasNextParagraph(sc.paraStart.get(pe + 1), sc.paraEnd.get(pe + 1));
            }
            KindRules.Content c = KindRules.content(sc.a, start + sc.qOpenLen.get(i), end - sc.qCloseLen.get(i));
            KindRules.Place place = new KindRules.Place();
            place.start = start;
            place.end = end;
            place.headline = c.titleCase && isHeadline(ps, sc, headline); // only title case needs to know
            place.wholeParagraph = start == paraLo && end == paraHi;
            place.notFirstParagraph = ps > 0;
            place.afterSpeechInSentence = lo > paraLo && at.leftSentenceStart == 0 && !endedSentence(prevSpeech, sc);
            place.afterTitle = i > 0 && kinds[i - 1] == Kind.TITLE && onlyListBetween(sc.qEnd.get(i - 1), start);
            Kind kind = KindRules.decide(c, at.left, at.leftSentenceStart, at.right, s, place);
            kinds[i] = kind;
            if (kind == Kind.SPEECH) {
                sources[i] = s;
                own[i] = s != null;
                prevSpeechEnd = end;
                prevSpeechPara = pe;
                prevSpeech = i;
            }
        }
        shareWithinParagraphs(sc, kinds, sources, own);

        Names names = new Names(sc.a);
        for (int i = 0; i < q; i++) {
            if (kinds[i] != Kind.SPEECH) {
                continue;
            }
            if (sources[i] == null) {
                names.unsourced(sc.qStartPara.get(i));
            } else {
                names.resolve(sources[i], sc.qStartPara.get(i));
            }
        }
        names.finish();
        return build(sc, kinds, sources);
    }

    /**
     * Prefers the attribution right after the quote, then one right before it, then a speech verb elsewhere in
     * its sentence. When the quote ends its sentence and a new capitalised sentence follows, the words before
     * the quote win: 'Smith said, “We will win.” Jones said the opposite.'
     */
    private static Source choose(Source after, Source before, boolean quoteEndsSentence, Tokens right) {
        if (after != null && after.how == Source.AFTER) {
            boolean newSentence = quoteEndsSentence && right.size > 0 && right.cap(0);
            // "X told officers the two were “coming back,” according to the report" (or "according to a person
            // familiar with the meeting"): the record, or the unnamed witness, reports what X said
            boolean personBefore = (after.record || after.vague) && before != null && before.cueStart >= 0
                    && !before.record && (!before.vague || after.record) // ("A senior official acknowledged ...
                    // that the boxes were ‘...’, according to court filings": an unnamed person beats a record)
                    && (before.how == Source.BEFORE || before.how == Source.SENTENCE) && before.type != Source.RELATIVE;
            // "a state that Pryce’s campaign has insisted is “absolutely in play,” a separate survey puts her up by
            // 11": a verb of saying right before the quote beats a verb after it that no list knows
            boolean listedBefore = after.unlistedCue && before != null && before.how == Source.BEFORE
                    && before.cueStart >= 0;
            if (!personBefore && !listedBefore
                    && !(newSentence && before != null && (before.how == Source.BEFORE || before.how == Source.SENTENCE))) {
                return after;
            }
            return before;
        }
        if (before != null && (before.how == Source.BEFORE || before.how == Source.SENTENCE)) {
            return before;
        }
        if (after != null) {
            return after;
        }
        return before;
    }

    /** The paragraph ending at {@code end} ends with . ! ? or a closing mark after one, as body text does. */
    private boolean endsLikeSentence(int end) {
        int i = end - 1;
        while (i > 0 && Chars.isQuoteChar(chars[i])) {
            i--;
        }
        char c = chars[Math.max(i, 0)];
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    /** True when text[from, to) holds only spaces, commas, "and" or "or": the gap between two listed titles. */
    private boolean onlyListBetween(int from, int to) {
        if (to - from > 8) {
            return false;
        }
        String gap = text.substring(from, to).replace(',', ' ').trim();
        return gap.isEmpty() || gap.equals("and") || gap.equals("or");
    }

    /** True when the previous quote (the one the left window starts at) ended its sentence: “... .” */
    private boolean endedSentence(int prev, QuoteScanner sc) {
        return prev >= 0 && endsSentence(sc.qStart.get(prev), sc.qEnd.get(prev), sc.qCloseLen.get(prev));
    }

    /** True when the quoted words end with . ! or ? (so text after the closing mark may be a new sentence). */
    private boolean endsSentence(int start, int end, int closeLen) {
        char c = lastChar(start, end, closeLen);
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    /** The last character of the quoted words, past nested closing marks and spaces (0 when there is none). */
    private char lastChar(int start, int end, int closeLen) {
        int k = end - closeLen - 1;
        int floor = Math.max(start, k - 8); // past a nested closing mark or two, no further
        while (k > floor && (Chars.isQuoteChar(chars[k]) || Chars.isSpace(chars[k]))) {
            k--;
        }
        if (k <= start || Chars.isQuoteChar(chars[k])) {
            return 0;
        }
        return chars[k];
    }

    /** A headline-like paragraph: short and mostly capitalised words. Title case means nothing there. */
    private boolean isHeadline(int para, QuoteScanner sc, int[] cache) {
        if (para >= cache.length) {
            return false;
        }
        if (cache[para] != 0) {
            return cache[para] == 1;
        }
        int s = sc.paraStart.get(para);
        int e = Math.min(sc.paraEnd.get(para), s + 400);
        int words = 0;
        int longWords = 0;
        int capLong = 0;
        int i = s;
        while (i < e) {
            if (!Chars.isLetter(chars[i])) {
                i++;
                continue;
            }
            int ws = i;
            while (i < e && (Chars.isLetter(chars[i]) || chars[i] == '\'' || chars[i] == '\u2019')) {
                i++;
            }
            words++;
            if (i - ws >= 4) {
                longWords++;
                if (Chars.isUpper(chars[ws])) {
                    capLong++;
                }
            }
        }
        boolean yes = sc.paraEnd.get(para) - s <= 400 && words <= 30 && longWords > 0 && capLong * 10 >= longWords * 7;
        cache[para] = yes ? 1 : 2;
        return yes;
    }

    /**
     * A speech quote without its own attribution shares one with the nearest attributed speech quote of the
     * same paragraph: first the one before it (“A,” he said. “B.”), else the one after it (“A.” “B,” he said.).
     * Attributions are not carried across paragraphs: a paragraph of quoted speech must say who is speaking,
     * unless the paragraph before ends with "X said:" (a lead-in, which also covers the whole-paragraph quotes
     * that directly follow it, block-quote style) or the quote itself runs on from that paragraph.
     */
    private void shareWithinParagraphs(QuoteScanner sc, Kind[] kinds, Source[] sources, boolean[] own) {
        int q = kinds.length;
        Source last = null;
        int lastPara = -1;
        int lastIndex = -1;
        Source block = null; // a "X said:" lead-in followed by whole-paragraph quotes, one after another
        int blockPara = -1;
        for (int i = 0; i < q; i++) {
            if (kinds[i] != Kind.SPEECH) {
                continue;
            }
            int ps = sc.qStartPara.get(i);
            boolean whole = isWholeParagraph(sc, i);
            if (ps != lastPara) {
                if (sources[i] == null && whole && block != null && ps == blockPara + 1) {
                    sources[i] = block.inherit();
                } else if (sources[i] == null && last != null && ps == lastPara + 1
                        && continuesPreviousSpeaker(sc, i, lastIndex)) {
                    sources[i] = last.inherit();
                }
                last = null; // otherwise a quote paragraph needs its own attribution
            }
            if (sources[i] == null && last != null) {
                sources[i] = last.inherit();
            }
            last = sources[i];
            lastPara = sc.qEndPara.get(i);
            lastIndex = i;
            boolean blockQuote = whole && last != null
                    && (last.how == Source.COLON_PARAGRAPH || (last.origin != null && last.origin == block));
            block = blockQuote ? (last.origin != null ? last.origin : last) : null;
            blockPara = lastPara;
        }
        Source next = null;
        int nextIndex = -1;
        int nextPara = -1;
        for (int i = q - 1; i >= 0; i--) {
            if (kinds[i] != Kind.SPEECH) {
                continue;
            }
            if (sc.qEndPara.get(i) != nextPara) {
                next = null;
            }
            // Only a complete quoted sentence takes the next quote's speaker: in “A.” “B,” he said, A is his;
            // “A,” followed by no attribution is a quote whose attribution is missing. A quote in the middle of
            // the same sentence as the next one shares it too: 'The three “exemptions” she listed are “...,” X said.'
            if (sources[i] == null && next != null
                    && (endsSentence(sc.qStart.get(i), sc.qEnd.get(i), sc.qCloseLen.get(i))
                    || sameSentence(sc, i, nextIndex))) {
                sources[i] = next.inherit();
            }
            if (sources[i] == null) {
                next = null; // an unsourced quote in between: the one before it cannot reach further
            } else if (own[i]) {
                next = sources[i];
                nextIndex = i;
            }
            nextPara = sc.qStartPara.get(i);
        }
    }

    /**
     * The newsroom convention for a paragraph of quoted speech with no attribution of its own: it continues the
     * speaker of the paragraph right before it when that paragraph closed on an attributed quote
     * ('“A,” said X.' then '“B.”'). Only a quote that opens its paragraph, is all of it, and is complete (ends
     * with . ! or ?, not with the comma that promises an attribution) continues; and only when nothing but the
     * attribution clause follows the previous quote (no further sentence that could bring in someone else).
     * A paragraph that merely mentions a person is not enough.
     */
    private boolean continuesPreviousSpeaker(QuoteScanner sc, int i, int prev) {
        if (prev < 0 || !isWholeParagraph(sc, i) || !endsSentence(sc.qStart.get(i), sc.qEnd.get(i), sc.qCloseLen.get(i))) {
            return false;
        }
        int from = sc.qEnd.get(prev);
        int to = sc.paraEnd.get(sc.qEndPara.get(prev));
        if (to - from > 300) {
            return false;
        }
        for (int k = from; k < to - 1; k++) {
            char c = chars[k];
            if ((c == '.' || c == '!' || c == '?') && sentenceBreakAt(k, to)) {
                return false;
            }
        }
        return true;
    }

    /** True when the full stop (or ! ?) at k ends a sentence: a space and then a capital or a quotation mark follow,
     * and the word before it is not an abbreviation or an initial ("Sen.", "J."). */
    private boolean sentenceBreakAt(int k, int to) {
        int j = k + 1;
        if (j >= to || !Chars.isSpace(chars[j])) {
            return false;
        }
        while (j < to && Chars.isSpace(chars[j])) {
            j++;
        }
        if (j >= to || !(Chars.isUpper(chars[j]) || Chars.isQuoteChar(chars[j]))) {
            return false;
        }
        if (chars[k] != '.') {
            return true;
        }
        int w = k;
        while (w > 0 && k - w < 12 && (Chars.isLetter(chars[w - 1]) || chars[w - 1] == '.')) {
            w--;
        }
        if (k - w == 1 && Chars.isUpper(chars[w])) {
            return false; // an initial
        }
        for (int d = w; d < k; d++) {
            if (chars[d] == '.') {
                return false; // "U.S." "a.m."
            }
        }
        return (Lexicon.lookup(chars, w, k) & Lexicon.ABBREV) == 0;
    }

    /**
     * True when only a short stretch without sentence-ending punctuation separates quote i from quote j:
     * 'The three “exemptions” she listed are “fees for ...,” the auditor said.'
     */
    private boolean sameSentence(QuoteScanner sc, int i, int j) {
        if (j <= i) {
            return false;
        }
        int from = sc.qEnd.get(i);
        int to = sc.qStart.get(j);
        if (to - from > 300) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = chars[k];
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWholeParagraph(QuoteScanner sc, int i) {
        return sc.qStart.get(i) == sc.paraStart.get(sc.qStartPara.get(i))
                && sc.qEnd.get(i) == sc.paraEnd.get(sc.qEndPara.get(i));
    }

    private Analysis build(QuoteScanner sc, Kind[] kinds, Source[] sources) {
        int q = kinds.length;
        List<Quote> quotes = new ArrayList<>(q);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < q; i++) {
            int start = sc.qStart.get(i);
            int end = sc.qEnd.get(i);
            String quoteText = text.substring(start, end);
            Kind kind = kinds[i];
            Source s = sources[i];
            Status status;
            Mention speaker = null;
            Span cue = null;
            if (kind != Kind.SPEECH) {
                status = Status.NOT_APPLICABLE;
            } else if (s == null) {
                status = Status.UNSOURCED;
                findings.add(new Finding(Finding.Type.UNSOURCED_QUOTE, start, end, quoteText, UNSOURCED_MESSAGE));
            } else {
                status = s.vague ? Status.VAGUE : Status.ATTRIBUTED;
                String name = s.vague || s.name == null ? null : s.name.value();
                if (name == null && !s.vague && s.type == Source.RELATIVE && s.anteStart >= 0) {
                    // "who" / "that" with no proper name behind it: name what it stands for ("the majority leader")
                    name = words(s.anteStart, s.anteEnd);
                }
                speaker = new Mention(s.mentionStart, s.mentionEnd, text.substring(s.mentionStart, s.mentionEnd), name);
                if (s.cueStart >= 0) {
                    cue = new Span(s.cueStart, s.cueEnd, text.substring(s.cueStart, s.cueEnd));
                }
                if (s.vague) {
                    findings.add(new Finding(Finding.Type.VAGUE_ATTRIBUTION, start, end, quoteText,
                            vagueMessage(s)));
                }
            }
            quotes.add(new Quote(start, end, quoteText, kind, status, speaker, cue));
        }
        for (int i = 0; i < sc.badStart.size(); i++) {
            int s = sc.badStart.get(i);
            int e = sc.badEnd.get(i);
            findings.add(new Finding(Finding.Type.UNBALANCED_QUOTE, s, e, text.substring(s, e),
                    unbalancedMessage(sc.badKind.get(i))));
        }
        if (sc.badOverflow > 0 && sc.badStart.size() > 0) {
            int s = sc.badStart.last();
            int e = sc.badEnd.last();
            findings.add(new Finding(Finding.Type.UNBALANCED_QUOTE, s, e, text.substring(s, e),
                    sc.badOverflow + " more unbalanced quotation marks follow and are not listed one by one."));
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::type));
        return new Analysis(quotes, findings);
    }

    private String vagueMessage(Source s) {
        int from = s.mentionStart;
        int to = s.mentionEnd;
        if (s.cueStart >= 0 && Math.abs(s.cueStart - s.mentionEnd) < 40 && Math.abs(s.mentionStart - s.cueEnd) < 40) {
            from = Math.min(from, s.cueStart);
            to = Math.max(to, s.cueEnd);
        }
        String words = words(from, to);
        Source root = s.origin != null ? s.origin : s;
        if (root.noAntecedent) {
            return "This quote is attributed only to \u201C" + words + "\u201D, but the story names nobody before it "
                    + "who that could be. Name who said it.";
        }
        return "This quote is attributed only to \u201C" + words + "\u201D, an unnamed source. "
                + "Name who said it, or note why the source cannot be named.";
    }

    /** The text between from and to with each run of white space (line breaks too) read as one space. */
    private String words(int from, int to) {
        char[] words = new char[to - from];
        int len = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (!Chars.isSpace(c)) {
                words[len++] = c;
            } else if (len > 0 && words[len - 1] != ' ') {
                words[len++] = ' ';
            }
        }
        return new String(words, 0, len).strip();
    }

    private static String unbalancedMessage(int kind) {
        switch (kind) {
            case QuoteScanner.BAD_NEVER_CLOSED:
                return "This opening quotation mark is never closed. Add the closing mark, or, if the quote "
                        + "continues, open the next paragraph with a quotation mark.";
            case QuoteScanner.BAD_NO_OPENING:
                return "This closing quotation mark has no opening mark. Add the opening mark where the quote "
                        + "begins, or remove this one.";
            default:
                return "Too many quotation marks are open at once here. Check how the quotes are nested.";
        }
    }
}
