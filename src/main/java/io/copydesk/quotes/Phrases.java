package io.copydesk.quotes;

/**
 * Reading noun phrases and cue words inside a token window: the speaker mention to the left or right of a
 * speech verb, the name inside a mention ("regional governor Oleh Sinegubov" -> "Oleh Sinegubov"), and whether
 * a word is used as a speech verb here. Stateless helpers shared by the attribution rules.
 */
final class Phrases {

    private Phrases() {
    }

    /** True when token m is a speech verb used as a verb here (or "quoted"), so a subject can precede it. */
    static boolean isCueAt(Tokens t, int m, int hi) {
        if (t.has(m, Lexicon.QUOTED)) {
            return true;
        }
        if (!t.has(m, Lexicon.CUE) || t.has(m, Lexicon.CUE_PARTICIPLE) || !usableCue(t, m, false)) {
            return false;
        }
        return !t.has(m, Lexicon.NOUNISH) || nounishIsVerb(t, m, 0, hi);
    }

    /**
     * Whether a cue word that is usually a noun ("reports", "claims", "calls", "reads") is a verb here:
     * after a name or pronoun, or before "that", an object or the end of the clause — not before a
     * preposition ("claims as", "reports of"), except "calls for".
     */
    static boolean nounishIsVerb(Tokens t, int k, int lo, int hi) {
        int next = k + 1;
        if (putIt(t, k)) {
            return true; // "as a lobbyist put it", "as she puts it": the noun "put" never takes "it"
        }
        if ((t.is(k, "read") || t.is(k, "reads")) && (t.lower(k - 1)
                && t.has(k - 1, Lexicon.MEDIUM | Lexicon.DOCUMENT | Lexicon.SIGN)
                || (t.is(k - 1, "one") || t.is(k - 1, "another")) && !t.isWord(k - 2) && !t.is(k + 1, "of"))) {
            return true; // "the statement read in part", "the letter reads", "One read simply,": a text reads its words
        }
        if (t.lower(k - 1) && (t.has(k - 1, Lexicon.PERSON_PRONOUN) || t.is(k - 1, "someone") || t.is(k - 1, "somebody"))) {
            return true; // "someone yells as the truck backs up", "she shouts at them": after he, she, someone, a verb
        }
        if (t.isWord(next) && t.has(next, Lexicon.STOP) && !t.is(next, "that")
                && !(t.is(k, "calls") && t.is(next, "for")) && !t.is(next, "out")
                && !(t.is(next, "it") && t.lower(k - 1) && hasEnding(t, k - 1, "s", 3) && !t.has(k - 1, Lexicon.STOP))) {
            // ("The nurses call it “...”": after a plural noun, "call it" is the verb)
            return false;
        }
        if ((t.is(k - 2, "a") || t.is(k - 2, "an") || (t.isWord(k - 2) && (t.shape[k - 2] & Tokens.DIGIT) != 0))
                && t.lower(k - 1) && t.isWord(k - 1)
                && t.text.charAt(t.wordEnd(k) - 1) != 's' && !t.is(k, "put") && !t.is(k, "read")) {
            return false; // "a video call", "a one-word reply", "a May 2022 earnings call": after "a" (or a number)
                          // and a word, a verb would end in -s
                          // (or be a past tense like "put" and "read": "as a lobbyist put it")
        }
        int p = skipAdverbsBack(t, k - 1, lo);
        if (t.isWord(p) && ((t.shape[p] & Tokens.POSSESSIVE) != 0
                || (t.has(p, Lexicon.DETERMINER) && !t.has(p, Lexicon.PRONOUN)))) {
            return false; // "Okafor's comments", "the reports"
        }
        if (p < k - 1 || t.cap(p) || t.has(p, Lexicon.PRONOUN | Lexicon.RELATIVE)) {
            return p >= lo;
        }
        if (next >= hi) {
            return true;
        }
        return t.is(next, "that") || t.punct(next, '.') || t.punct(next, ',') || t.punct(next, ':')
                || t.has(next, Lexicon.DETERMINER) || isObjectPronoun(t, next) || t.cap(next) || t.is(next, "it")
                || t.lower(next) && t.isWord(next) && t.is(next + 1, "to"); // "The letter urges patients to ..."
    }

    /** "a video", "in (the) video": a medium noun that is no sentence's subject. */
    private static boolean indefiniteOrObject(Tokens t, int noun) {
        int d = noun - 1;
        while (d >= 0 && d > noun - 3 && t.isWord(d) && !t.has(d, Lexicon.STOP | Lexicon.DETERMINER)) {
            d--; // modifiers: "a now-deleted Discord message"
        }
        return t.is(d, "a") || t.is(d, "an") || t.isWord(d - 1) && t.lower(d - 1) && t.has(d - 1, Lexicon.STOP)
                && !t.has(d - 1, Lexicon.PRONOUN);
    }

    /** Tokens [from, to) are capitalised words that are no function words: "Decision", "Budget Plan". */
    private static boolean capitalWordsOnly(Tokens t, int from, int to) {
        for (int m = from; m < to; m++) {
            if (!t.isWord(m) || !t.cap(m) || isFunctionCapWord(t, m) || t.has(m, Lexicon.CUE)) {
                return false;
            }
        }
        return true;
    }

    /** Tokens [from, to) are all words: no punctuation or quotation mark between a verb and its preposition. */
    private static boolean onlyWordsBetween(Tokens t, int from, int to) {
        for (int m = from; m < to; m++) {
            if (!t.isWord(m)) {
                return false;
            }
        }
        return true;
    }

    /** True when tokens [lo, k) hold no word: ", said Smith," right after a quote. */
    static boolean onlyPunctuation(Tokens t, int lo, int k) {
        for (int m = lo; m < k; m++) {
            if (t.isWord(m)) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case word ending in -ed: most likely the verb after a subject ("several groups granted"). */
    static boolean looksLikeVerb(Tokens t, int i) {
        return t.lower(i) && (hasEnding(t, i, "ed", 3) && !t.is(i, "hundred") // ("two hundred relatives gathered")
                || irregularPast(t, i)); // ("The riders broke into celebration, chanting ...")
    }

    /** "hundreds", "thousands", "dozens": a crowd, which may be of anything; "one of", "some of" pick out people. */
    static boolean isPlenty(Tokens t, int i) {
        return t.is(i, "hundreds") || t.is(i, "thousands") || t.is(i, "dozens") || t.is(i, "scores")
                || t.is(i, "millions");
    }

    /** The source as a plain description with no name: "Hundreds of riders", capitalised at a sentence's start. */
    static Source asDescriptor(Source s) {
        s.type = Source.DESCRIPTOR;
        s.nameStart = -1;
        s.nameEnd = -1;
        return s;
    }

    /** "put it", "puts it": the verb of "as she put it", never the noun. */
    static boolean putIt(Tokens t, int k) {
        return (t.is(k, "put") || t.is(k, "puts")) && t.is(k + 1, "it");
    }

    /** Irregular pasts of reporting phrases: "shot back", "went on", "broke in", "Osei began". */
    static boolean irregularPast(Tokens t, int i) {
        return t.is(i, "shot") || t.is(i, "spoke") || t.is(i, "went") || t.is(i, "broke") || t.is(i, "swore")
                || t.is(i, "began");
    }

    /**
     * Common irregular pasts that are no verbs of saying, where a subject ends: "a chant rose", "a shout rang out",
     * "organizers held signs", "The upset drew gasps" (the endings "-ed" and "-s" tell the regular ones).
     */
    static boolean plainIrregularPast(Tokens t, int i) {
        return t.lower(i) && (t.is(i, "drew") || t.is(i, "rose") || t.is(i, "rang") || t.is(i, "held")
                || t.is(i, "came") || t.is(i, "took") || t.is(i, "gave") || t.is(i, "made") || t.is(i, "kept")
                || t.is(i, "stood") || t.is(i, "sat") || t.is(i, "ran") || t.is(i, "fell") || t.is(i, "grew")
                || t.is(i, "led") || t.is(i, "left") || t.is(i, "lost") || t.is(i, "met") || t.is(i, "sent")
                || t.is(i, "brought") || t.is(i, "caught") || t.is(i, "found") || t.is(i, "got") || t.is(i, "won")
                || t.is(i, "wore") || t.is(i, "threw") || t.is(i, "struck") || t.is(i, "sang") || t.is(i, "spread") || t.is(i, "burst") || t.is(i, "knew") || t.is(i, "saw") || t.is(i, "heard"));
    }

    /**
     * "hundreds of riders", "Dozens of parents", "One of them": a number word and "of" that open a noun phrase, like
     * "300 riders".
     */
    static boolean isQuantity(Tokens t, int i) {
        return t.is(i + 1, "of") && (isPlenty(t, i) || t.is(i, "one") || t.is(i, "some") || t.is(i, "many")
                || t.is(i, "several") || t.is(i, "two") || t.is(i, "three"));
    }

    /** The word at i is longer than {@code min} characters and ends in {@code ending}: "speaking", "asked". */
    static boolean hasEnding(Tokens t, int i, String ending, int min) {
        int s = t.start[i];
        int e = t.wordEnd(i);
        return e - s > min && t.text.regionMatches(e - ending.length(), ending, 0, ending.length());
    }

    /** Noun phrase ending at token j, read leftwards (not crossing lo). Null if token j cannot end one. */
    static Source npLeft(Tokens t, int j, int lo) {
        if (!t.isWord(j)) {
            return null;
        }
        long f = t.flags(j);
        if (j - 2 >= lo && isGroupPart(t, j - 2)) {
            return groupPart(t, j - 2, j);
        }
        if ((j == lo || !t.isWord(j - 1) || t.is(j - 1, "as") && t.has(j + 1, Lexicon.CUE))
                && (t.is(j, "another") || t.is(j, "one") || t.is(j, "others")
                || t.is(j, "some") || t.is(j, "many"))) {
            return groupPart(t, j, j); // "Another wrote simply: “...”" — one more of the people just mentioned
        }
        if ((f & Lexicon.PRONOUN) != 0 && (t.lower(j) || isFunctionCap(t, j, lo))) {
            return pronoun(t, j);
        }
        boolean ofNumber = t.is(j - 1, "of") && j - 1 > lo; // "the father of two"
        if (isBoundaryWord(t, j) || ((f & Lexicon.DETERMINER) != 0 && (f & Lexicon.PRONOUN) == 0 && !ofNumber)) {
            if ((f & Lexicon.DETERMINER) != 0 && (f & Lexicon.VAGUE) != 0) {
                return noun(t, j, j); // "some say", "many said"
            }
            return null; // "all agreed" names nobody
        }
        if ((f & Lexicon.CUE) != 0 && (f & Lexicon.NOUNISH) == 0 && t.lower(j)) {
            return null;
        }
        int b = j;
        if (t.cap(j)) {
            while (b - 1 >= lo && j - b < 8) {
                int p = b - 1;
                if (t.cap(p) && !isBoundaryWord(t, p) && !t.has(p, Lexicon.DETERMINER)) {
                    b = p;
                } else if (t.lower(p) && t.has(p, Lexicon.NAME_PARTICLE) && t.cap(p - 1)) {
                    b = p;
                } else if ((t.is(p, "of") || t.is(p, "for")) && t.cap(p - 1) && !isFunctionCapWord(t, p - 1)) {
                    b = p; // Secretary of State Ana Ruiz; Gov. Ann Lee of Ohio; Minister for Transport Eamon Rossiter
                } else if (t.is(p, "the") && t.is(p - 1, "of") && t.cap(p - 2)) {
                    b = p; // Mr. Diaz of the Teachers Union
                } else if (t.lower(p) && !t.has(p, Lexicon.STOP | Lexicon.CUE) && t.is(p - 1, "the") && t.is(p - 2, "of")
                        && t.cap(p - 3) && b == j) {
                    b = p; // Sumaira Khanzada of the opposition AJP
                } else if (t.is(p, "and") && t.cap(p - 1) && !isBoundaryWord(t, p - 1)) {
                    b = p; // Neera Tanden and Blair Effron
                } else {
                    int sp = t.lower(p) ? spokespersonBefore(t, p) : -1;
                    if (sp < lo) {
                        break;
                    }
                    b = sp; // Opposition spokesman on health (on foreign affairs) Dr Marcus Price
                }
            }
            if (b - 2 >= lo && t.lower(b - 1) && isPostModifierPreposition(t, b - 1) && isPersonNoun(t, b - 2)) {
                // "the senator from Ohio", "a spokesman for Acme": the role is the head, the name its complement
                Source role = npLeft(t, b - 2, lo);
                if (role != null && role.type == Source.DESCRIPTOR) {
                    return noun(t, t.tokenAt(role.mentionStart, b - 2, lo), j);
                }
            }
            // Optional lower-case descriptors before the name: "regional governor Oleh Sinegubov".
            int m = b - 1;
            int count = 0;
            while (m >= lo && t.isWord(m) && count < 6) {
                if (t.has(m, Lexicon.DETERMINER) && !t.has(m, Lexicon.PRONOUN)) {
                    break;
                }
                if (isBoundaryWord(t, m) || t.has(m, Lexicon.PRONOUN | Lexicon.RELATIVE)
                        || (t.has(m, Lexicon.CUE) && !t.has(m, Lexicon.NOUNISH))
                        || t.lower(m) && t.has(m, Lexicon.CLAUSE_VERB)) {
                    break;
                }
                m--;
                count++;
            }
            if (m >= lo && t.isWord(m) && t.has(m, Lexicon.DETERMINER) && !t.has(m, Lexicon.PRONOUN)) {
                b = m;
            } else if (m < lo || !t.isWord(m) || isBoundaryWord(t, m) || t.has(m, Lexicon.PRONOUN | Lexicon.RELATIVE)
                    || (t.has(m, Lexicon.CUE) && !t.has(m, Lexicon.NOUNISH))) {
                b = m + 1;
            }
        } else {
            // role or group: "the mayor", "White House officials", "people familiar with the matter"
            int m = j - 1;
            int count = 0;
            while (m >= lo && t.isWord(m) && count < 7) {
                if (t.has(m, Lexicon.DETERMINER) && !t.has(m, Lexicon.PRONOUN)) {
                    b = m;
                    if (isPostModifierPreposition(t, m - 1) && m - 2 >= lo && t.has(m - 2, Lexicon.VAGUE | Lexicon.TITLE)) {
                        m -= 2; // "the minister of the economy", "people familiar with the matter"
                        count += 2;
                        b = m + 1;
                        continue;
                    }
                    break;
                }
                if (isBoundaryWord(t, m)) {
                    if (isPostModifierPreposition(t, m) && m - 1 >= lo
                            && t.has(m - 1, Lexicon.VAGUE | Lexicon.TITLE)) {
                        b = m;
                        m--;
                        count++;
                        continue;
                    }
                    if (t.is(m, "of")) {
                        // "the 40-year-old father of two": back to the determiner over plain words
                        int d = m - 1;
                        while (d >= lo && d > m - 5 && t.isWord(d) && !t.has(d, Lexicon.DETERMINER)
                                && !isBoundaryWord(t, d) && !isSkippable(t, d) && !t.has(d, Lexicon.CUE | Lexicon.PRONOUN)) {
                            d--;
                        }
                        if (d >= lo && d < m - 1 && t.has(d, Lexicon.DETERMINER) && !t.has(d, Lexicon.PRONOUN)) {
                            b = d;
                        }
                    }
                    break;
                }
                if (t.has(m, Lexicon.PRONOUN | Lexicon.RELATIVE)
                        || (t.has(m, Lexicon.CUE) && !t.has(m, Lexicon.NOUNISH))) {
                    break;
                }
                b = m;
                m--;
                count++;
            }
        }
        return noun(t, b, j);
    }

    /**
     * A lower-case noun for a person or group: a title or unnamed-source word ("senator", "adviser", "officials"),
     * or a word with a person-noun ending ("voter", "residents", "activist", "student", "historian").
     */
    static boolean isPersonNoun(Tokens t, int i) {
        if (!t.lower(i)) {
            return false;
        }
        if (t.has(i, Lexicon.TITLE | Lexicon.VAGUE)) {
            return true;
        }
        if (t.has(i, Lexicon.STOP | Lexicon.SKIP | Lexicon.CUE | Lexicon.DETERMINER | Lexicon.PRONOUN | Lexicon.TIME)) {
            return false;
        }
        if (t.has(i, Lexicon.PERSON_NOUN)) {
            return true;
        }
        int s = t.start[i];
        int e = t.wordEnd(i);
        if (e - s > 5 && t.text.charAt(e - 1) == 's') {
            e--;
            if ((Lexicon.lookup(t.a, s, e) & Lexicon.PERSON_NOUN) != 0) {
                return true; // the plural of a person noun: "residents of Main Street", "the parents of a pupil"
            }
        }
        if (e - s < 5) {
            return false;
        }
        char a = t.text.charAt(e - 2);
        char b = t.text.charAt(e - 1);
        return (a == 'e' && b == 'r') || (a == 'o' && b == 'r') || (a == 'n' && b == 't' && t.text.charAt(e - 3) != 'e')
                || (a == 'a' && b == 'n' && t.text.charAt(e - 3) == 'i') || (e - s > 5 && t.text.charAt(e - 3) == 'i'
                && a == 's' && b == 't');
    }

    /** Where a noun phrase starting at token i ends, reading forward before a cue (subject position). */
    static int npEndForward(Tokens t, int i, int hi) {
        if (!t.isWord(i)) {
            return i - 1;
        }
        if (t.has(i, Lexicon.PRONOUN) || t.has(i, Lexicon.RELATIVE)) {
            return i;
        }
        int e = i;
        while (e + 1 < hi && t.isWord(e + 1) && e - i < 10) {
            int p = e + 1;
            if (t.cap(p)) {
                if (isBoundaryWord(t, p) && !t.has(p, Lexicon.NAME_PARTICLE)) {
                    break;
                }
                if (isCueAt(t, p, hi) && !t.has(p, Lexicon.NOUNISH) && t.cap(e)) {
                    break; // Mayor Says ...
                }
                e = p;
                continue;
            }
            if (isBoundaryWord(t, p)) {
                if (t.has(p, Lexicon.NAME_PARTICLE) && t.cap(p + 1)) {
                    e = p;
                    continue;
                }
                if (isPostModifierPreposition(t, p) && t.has(e, Lexicon.VAGUE | Lexicon.TITLE)) {
                    e = p;
                    continue;
                }
                if (t.is(p, "of") && t.cap(e) && (t.cap(p + 1) || (t.is(p + 1, "the") && t.cap(p + 2)))) {
                    e = p; // Mr. Diaz of the Teachers Union said
                    continue;
                }
                if (isPostModifierPreposition(t, p)) {
                    // "a voice in the radio spot asks": a short prepositional phrase, then the cue
                    for (int m = p + 1; m < hi && m <= p + 5 && t.isWord(m); m++) {
                        if (isCueAt(t, m, hi) && !t.has(m, Lexicon.QUOTED)) {
                            return m - 1;
                        }
                        if (m == p + 1 && t.is(p, "close") && t.is(m, "to")) {
                            continue; // "an officer close to him asked"
                        }
                        if ((isBoundaryWord(t, m) || t.has(m, Lexicon.PRONOUN | Lexicon.RELATIVE))
                                && !(isObjectPronoun(t, m) && isPostModifierPreposition(t, m - 1))) {
                            break;
                        }
                        if (m > p + 1 && t.punct(m + 1, ',') && t.is(m + 2, "who") && t.lower(m + 2)) {
                            return m; // "a protester from Bhadra tehsil, who gave his name as Ramphal, told"
                        }
                    }
                }
                break;
            }
            if (e == i && adverbAfterArticle(t, e, p)) {
                e = p; // "a visibly emotional Poon told the audience"
                continue;
            }
            if (e > i && t.lower(e) && !isBoundaryWord(t, e) && t.lower(p) && t.has(p, Lexicon.DETERMINER)
                    && !t.has(p, Lexicon.PRONOUN)) {
                break; // "a nurse his family hired said": a clause without "who" begins at the determiner
            }
            if (isSkippable(t, p) || t.has(p, Lexicon.CUE) && !t.has(p, Lexicon.NOUNISH)
                    || t.has(p, Lexicon.QUOTED)) {
                break;
            }
            if (t.has(p, Lexicon.NOUNISH) && t.has(p, Lexicon.CUE) && nounishIsVerb(t, p, i, hi)) {
                break; // "Okafor calls", "the letter reads."
            }
            if (t.cap(e) && (t.is(p + 1, "to") || t.has(p + 1, Lexicon.PARTICLE)) && Attribution.infinitiveCue(t, p, hi) >= 0) {
                break; // "Okafor likes to say", "Okafor went on to say": the verb that governs the cue
            }
            if (t.cap(e) && (t.is(p, "kept") || t.is(p, "keeps")) && t.has(p + 1, Lexicon.CUE_PARTICIPLE)) {
                break; // "Okafor kept saying"
            }
            e = p;
        }
        return e;
    }

    /** Noun phrase after a cue or "according to": said Ukraine President Volodymyr Zelensky. */
    static Source npForward(Tokens t, int i, int hi, boolean stopAfterName) {
        int skipped = 0;
        while (i < hi && skipped < 2 && t.has(i, Lexicon.TIME) && t.cap(i + 1)) {
            i++;
            skipped++;
        }
        if (i >= hi || !t.isWord(i)) {
            return null;
        }
        if (t.has(i, Lexicon.PRONOUN)) {
            return t.has(i + 1, Lexicon.CUE) ? null : pronoun(t, i);
        }
        if (t.lower(i) && (isBoundaryWord(t, i) || isSkippable(t, i) || t.has(i, Lexicon.TIME))) {
            return null;
        }
        if (t.has(i, Lexicon.CUE) && !t.has(i, Lexicon.NOUNISH) && t.lower(i)) {
            return null;
        }
        int e = i;
        boolean inName = t.cap(i) && !t.has(i, Lexicon.DETERMINER);
        while (e + 1 < hi && t.isWord(e + 1) && e - i < 9) {
            int p = e + 1;
            if (t.cap(p) && !(isBoundaryWord(t, p) && t.lower(p))) {
                if (isFunctionCapWord(t, p)) {
                    break;
                }
                e = p;
                inName = true;
                continue;
            }
            if (t.has(p, Lexicon.NAME_PARTICLE) && t.cap(p + 1)) {
                e = p;
                continue;
            }
            if (stopAfterName && inName && t.lower(p) && (t.shape[e] & Tokens.POSSESSIVE) != 0 && t.cap(e)
                    && !isBoundaryWord(t, p) && !isSkippable(t, p) && !t.has(p, Lexicon.CUE | Lexicon.TIME)) {
                // "according to Okafor's lawyer", "said the mayor's spokeswoman, Ana Ruiz"
                int m = p;
                while (m + 1 < hi && m < p + 3 && t.lower(m + 1) && !isBoundaryWord(t, m + 1) && !isSkippable(t, m + 1)
                        && !t.has(m + 1, Lexicon.CUE | Lexicon.TIME | Lexicon.PRONOUN | Lexicon.DETERMINER)) {
                    m++;
                }
                // the name after the role: "said the mayor's spokeswoman, Ana Ruiz", "said Labour's spokesperson on
                // finance Ged Nash"
                int pe = portfolioEnd(t, m);
                int name = pe > m ? pe + 1 : t.punct(m + 1, ',') ? m + 2 : -1;
                int ne = name > m && name < hi ? capRunForward(t, name, hi) : -1;
                Source s = noun(t, i, m);
                if (ne >= name && name > m && isNameRun(t, name, ne)) {
                    nameFrom(s, t, name, ne);
                    s.mentionEnd = t.end[ne];
                    s.vague = false;
                }
                return s;
            }
            if (stopAfterName && inName && t.lower(p) && (t.shape[p] & Tokens.POSSESSIVE) != 0
                    && t.lower(p + 1) && !isBoundaryWord(t, p + 1) && p + 1 < hi) {
                e = p + 1; // "said the Arizona city's mayor"
                break;
            }
            if (stopAfterName && inName) {
                // "said Acme board chairman Lin Park": descriptors between two capitalised runs
                int m = p;
                while (m < hi && m < p + 4 && t.lower(m) && !isBoundaryWord(t, m) && !isSkippable(t, m)
                        && !t.has(m, Lexicon.CUE | Lexicon.PRONOUN | Lexicon.TIME | Lexicon.DETERMINER)) {
                    m++;
                }
                if (m > p && t.cap(m) && !isFunctionCapWord(t, m) && (t.has(m - 1, Lexicon.TITLE)
                        || isPersonNoun(t, m - 1) && t.cap(m + 1) && !isFunctionCapWord(t, m + 1))) {
                    e = m - 1; // (and "longtime Anchor talent buyer Delphine Okafor": a role, then a full name)
                    continue;
                }
                int pe = portfolioEnd(t, m - 1);
                if (m > p && pe > m && t.cap(pe + 1) && !isFunctionCapWord(t, pe + 1)) {
                    e = pe; // "said Opposition spokesman on health Dr Marcus Price"
                    continue;
                }
                break;
            }
            if ((t.is(p, "from") || t.is(p, "by") || t.is(p, "of")) && t.has(e, Lexicon.MEDIUM | Lexicon.SPEECH_NOUN)) {
                e = p; // "according to a statement from the White House"
                continue;
            }
            if (e == i && adverbAfterArticle(t, e, p)) {
                e = p; // "said a visibly shaken Ruiz"
                continue;
            }
            if (isBoundaryWord(t, p) || isSkippable(t, p) || t.has(p, Lexicon.PRONOUN | Lexicon.RELATIVE)
                    || (t.has(p, Lexicon.CUE) && !t.has(p, Lexicon.NOUNISH)) || t.has(p, Lexicon.TIME)) {
                break;
            }
            e = p;
        }
        return noun(t, i, e);
    }

    /**
     * "spokesman on health", "spokesperson on foreign affairs": a party's spokesperson and the portfolio they speak
     * on, as parliamentary copy names them before the name. Given the token of the spokesperson noun, the index of the
     * portfolio's last word (one or two lower-case words), or -1.
     */
    static int portfolioEnd(Tokens t, int k) {
        if (!(t.is(k, "spokesman") || t.is(k, "spokeswoman") || t.is(k, "spokesperson")) || !t.is(k + 1, "on")) {
            return -1;
        }
        int e = k + 2;
        if (!t.lower(e) || t.has(e, Lexicon.STOP | Lexicon.CUE | Lexicon.PRONOUN | Lexicon.DETERMINER)) {
            return -1;
        }
        if (t.lower(e + 1) && !t.has(e + 1, Lexicon.STOP | Lexicon.CUE | Lexicon.PRONOUN | Lexicon.DETERMINER)) {
            e++; // "on foreign affairs"
        }
        return e;
    }

    /** The spokesperson noun whose portfolio ends at token p ("spokesman on foreign affairs"), or -1. */
    private static int spokespersonBefore(Tokens t, int p) {
        return portfolioEnd(t, p - 2) == p ? p - 2 : portfolioEnd(t, p - 3) == p ? p - 3 : -1;
    }

    /**
     * An -ly adverb right after the article that opens a noun phrase, before the adjective it modifies: "a visibly
     * emotional Poon", "an increasingly frustrated resident". (Elsewhere an -ly word ends the phrase: "said Smith,
     * visibly moved".)
     */
    private static boolean adverbAfterArticle(Tokens t, int article, int p) {
        return (t.is(article, "a") || t.is(article, "an") || t.is(article, "the")) && t.lower(p)
                && hasEnding(t, p, "ly", 4) && !t.has(p, Lexicon.SKIP | Lexicon.TIME) && t.lower(p + 1) && t.isWord(p + 1)
                && !t.has(p + 1, Lexicon.STOP | Lexicon.CUE | Lexicon.PRONOUN | Lexicon.DETERMINER);
    }

    /** The mention over tokens [b, e] as a pronoun or a noun phrase; null for an empty or pronoun-led span. */
    static Source nounOrPronoun(Tokens t, int b, int e) {
        if (e < b || !t.isWord(b) || !t.isWord(e)) {
            return null;
        }
        if (b == e && t.has(b, Lexicon.PRONOUN)) {
            return pronoun(t, b);
        }
        if (t.has(b, Lexicon.PRONOUN) && !t.has(b, Lexicon.DETERMINER)) {
            return null;
        }
        return noun(t, b, e);
    }

    /** A pronoun mention; he and she carry a gender for later resolution. */
    static Source pronoun(Tokens t, int j) {
        Source s = new Source();
        s.type = Source.PRONOUN;
        s.mentionStart = t.start[j];
        s.mentionEnd = t.end[j];
        if (t.is(j, "he") || t.is(j, "he'd") || t.is(j, "he's") || t.is(j, "he'll")) {
            s.gender = 1;
        } else if (t.is(j, "she") || t.is(j, "she'd") || t.is(j, "she's") || t.is(j, "she'll")) {
            s.gender = 2;
        }
        return s;
    }

    /** A noun phrase mention over tokens [b, e], with its name part, title word, gender and vagueness. */
    /**
     * "One of them said", "one of those officials": a member of a group named before, without a name; the
     * attribution is vague. True when tokens b, b+1, b+2 read number/quantifier + "of" + them/those/us.
     */
    static boolean isGroupPart(Tokens t, int b) {
        return (t.is(b, "one") || t.is(b, "some") || t.is(b, "two") || t.is(b, "several") || t.is(b, "another")
                || t.is(b, "none") || t.is(b, "each") || t.is(b, "both") || t.is(b, "many")) && t.is(b + 1, "of")
                && (t.is(b + 2, "them") || t.is(b + 2, "those") || t.is(b + 2, "us"));
    }

    /** A vague mention covering tokens b to e: "one of them", "Another". */
    static Source groupPart(Tokens t, int b, int e) {
        Source s = new Source();
        s.mentionStart = t.start[b];
        s.mentionEnd = t.end[e];
        s.type = Source.DESCRIPTOR;
        s.vague = true;
        return s;
    }

    static Source noun(Tokens t, int b, int e) {
        if (b < e && t.cap(b) && t.has(b, Lexicon.OPENING_ADVERB) && !t.isWord(b - 1)) {
            b++; // "Now Reyes says", "Today Mayor Ana Ruiz said": the sentence's opener is not part of the mention
        }
        Source s = new Source();
        s.mentionStart = t.start[b];
        s.mentionEnd = t.end[e];
        s.type = Source.DESCRIPTOR;
        nameFrom(s, t, b, e);
        boolean vague = false;
        if (b == e && t.cap(b) && !t.isWord(b - 1) && t.has(b, Lexicon.VAGUE)) {
            // "Critics say ..." at the start of a sentence: capitalised only because it starts the sentence
            s.type = Source.DESCRIPTOR;
            s.nameStart = -1;
            s.nameEnd = -1;
            s.vague = true;
            return s;
        }
        if (b == e && t.cap(b) && !t.isWord(b - 1) && pluralOfPersonNoun(t, b)) {
            // "Residents say the smell is “unbearable.”": likewise a group, no name (the story page showed "Residents")
            s.type = Source.DESCRIPTOR;
            s.nameStart = -1;
            s.nameEnd = -1;
            return s;
        }
        for (int m = b; m <= e; m++) {
            if (t.has(m, Lexicon.VAGUE) && !t.cap(m)) {
                vague = true;
            }
            // (a noun for a man or a woman in lower case only: "Father" may be a priest's title)
            if (t.has(m, Lexicon.HONORIFIC_MALE) || t.lower(m) && t.has(m, Lexicon.MALE_NOUN)) {
                s.gender = 1;
            } else if (t.has(m, Lexicon.HONORIFIC_FEMALE) || t.lower(m) && t.has(m, Lexicon.FEMALE_NOUN)) {
                s.gender = 2;
            }
            if (t.has(m, Lexicon.TITLE) && !t.has(m, Lexicon.HONORIFIC_MALE | Lexicon.HONORIFIC_FEMALE)) {
                s.titleStart = t.start[m];
                s.titleEnd = t.wordEnd(m);
            }
        }
        s.vague = vague && s.nameStart < 0;
        return s;
    }

    /** The plural of a listed person noun or title, in any case: "Residents", "parents", "Teachers". */
    private static boolean pluralOfPersonNoun(Tokens t, int i) {
        int s = t.start[i];
        int e = t.wordEnd(i);
        if (e - s < 4 || t.text.charAt(e - 1) != 's') {
            return false;
        }
        long person = Lexicon.PERSON_NOUN | Lexicon.TITLE;
        return (Lexicon.lookup(t.a, s, e - 1) & person) != 0 // "Residents", "Fans"
                || t.text.charAt(e - 2) == 'e' && (t.text.charAt(e - 3) == 's' || t.text.charAt(e - 3) == 'h')
                && (Lexicon.lookup(t.a, s, e - 2) & person) != 0; // "Witnesses", "Coaches" (not "Coles": "col")
    }

    /** A capitalised job title among tokens [from, to): "Campaign Manager", "Director". */
    private static boolean titleIn(Tokens t, int from, int to) {
        for (int m = from; m < to; m++) {
            if (t.cap(m) && t.has(m, Lexicon.TITLE) && !t.has(m, Lexicon.HONORIFIC_MALE | Lexicon.HONORIFIC_FEMALE)
                    && !isModifierTitleWord(t, m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Title-list words that are as often part of an organisation's name ("the Democratic National Committee",
     * "General Motors", "the Associated Press") as a job title. Not {@code Names.MODIFIER_TITLES}: that list also
     * holds real job titles that are not a person by themselves ("chief", "deputy"), which here do mark a role.
     */
    private static boolean isModifierTitleWord(Tokens t, int m) {
        return t.is(m, "republican") || t.is(m, "democrat") || t.is(m, "democratic") || t.is(m, "independent")
                || t.is(m, "conservative") || t.is(m, "liberal") || t.is(m, "progressive") || t.is(m, "first")
                || t.is(m, "former") || t.is(m, "press") || t.is(m, "general") || t.is(m, "majority")
                || t.is(m, "minority") || t.is(m, "star") || t.is(m, "host");
    }

    /** Sets the name span to the trailing run of capitalised words of [b, e], minus leading titles. */
    static void nameFrom(Source s, Tokens t, int b, int e) {
        for (int m = b + 1; m < e; m++) {
            if (t.is(m, "of") && t.cap(m - 1) && !t.has(m - 1, Lexicon.TITLE) && !isFunctionCapWord(t, m - 1)
                    && !titleIn(t, m + 1, e)) {
                e = m - 1; // "Mr. Diaz of the Teachers Union" -> Diaz (but "Friends of Parks Manager Ana Ruiz" -> Ana Ruiz)
                break;
            }
        }
        int last = e;
        while (last > b && t.has(last, Lexicon.NAME_SUFFIX)) {
            last--; // Martin L. Reyes Jr.
        }
        if (!t.cap(last) || (t.shape[last] & Tokens.POSSESSIVE) != 0) {
            return;
        }
        int r = last;
        while (r - 1 >= b && (t.shape[r - 1] & Tokens.POSSESSIVE) == 0) {
            int p = r - 1;
            if (t.cap(p) && !isFunctionCapWord(t, p)) {
                r = p;
            } else if (t.lower(p) && t.has(p, Lexicon.NAME_PARTICLE) && t.cap(p - 1) && p - 1 >= b) {
                r = p; // Tomas de Vries
            } else if (t.is(p, "of") && t.has(p - 1, Lexicon.TITLE) && t.cap(p - 1) && p - 1 >= b) {
                r = p; // Secretary of State Ana Ruiz
            } else if (t.is(p, "for") && t.cap(p - 1) && p - 1 >= b && titleOpens(t, b, p - 1)) {
                r = p; // Minister for Transport Eamon Rossiter, Minister of State for Finance Irfan Lodhi
            } else if (t.is(p, "and") && t.lower(p) && p - 1 >= b && t.cap(p - 1) && !isFunctionCapWord(t, p - 1)) {
                r = p; // "Smith and Jones": both are the speakers (not the last one alone)
            } else {
                break;
            }
        }
        if (r - 1 > b && t.lower(r - 1) && isPostModifierPreposition(t, r - 1) && t.lower(r - 2)) {
            return; // "the mayor of Springfield", "an adviser to Ruiz": the name is a complement, not the speaker's
        }
        // Strip leading titles, honorifics, determiners and time words: "Ukraine President", "Mr.", "The".
        boolean honorific = false;
        while (r < last) {
            if (t.is(r, "and") && t.lower(r) && r > b && t.has(r + 1, Lexicon.TITLE)) {
                r++; // "Founder and COO Imran Qureshi"
            } else if (t.is(r, "of") || t.is(r, "for")) {
                if (r + 1 >= last || t.has(last, Lexicon.PLACE)) {
                    // an office with no name after it: "The Minister of State" (the name was "of State"), "the MP for
                    // Kalamba County" (the name was "Kalamba County")
                    return;
                }
                r += 2; // the office's complement: "of State", "for Transport"
            } else if (t.has(r, Lexicon.TITLE | Lexicon.DETERMINER | Lexicon.TIME | Lexicon.HONORIFIC_MALE
                    | Lexicon.HONORIFIC_FEMALE | Lexicon.PERSON_NOUN) || lastTitleAfter(t, r, last)) {
                // (a person noun too: "Neighbour Tom Kent", "Resident Ana Ruiz")
                honorific |= t.has(r, Lexicon.HONORIFIC_MALE | Lexicon.HONORIFIC_FEMALE);
                r++;
            } else {
                break;
            }
        }
        if (r > last) {
            return;
        }
        if (r == last && !honorific && t.has(last, Lexicon.TITLE | Lexicon.STOP | Lexicon.PRONOUN | Lexicon.DETERMINER)) {
            return; // a bare title ("the President", "the Prime Minister") is not a name; "Mr. Major" is
        }
        s.type = Source.NAME;
        s.nameStart = t.start[r];
        s.nameEnd = e > last ? t.end[e] : t.wordEnd(last);
    }

    /** True when a title word opens the capitalised words (and "of") that end at token e: "Minister of State". */
    private static boolean titleOpens(Tokens t, int b, int e) {
        for (int m = e; m >= b && e - m < 4 && (t.cap(m) || t.is(m, "of")); m--) {
            if (t.cap(m) && t.has(m, Lexicon.TITLE)) {
                return true;
            }
        }
        return false;
    }

    /** True when a title word comes later in [r, last) — "Ukraine President Volodymyr Zelensky" strips "Ukraine". */
    static boolean lastTitleAfter(Tokens t, int r, int last) {
        for (int m = r + 1; m < last; m++) {
            if (t.has(m, Lexicon.TITLE | Lexicon.HONORIFIC_MALE | Lexicon.HONORIFIC_FEMALE)) {
                return true;
            }
        }
        return false;
    }

    /** True when tokens [b, e] are only capitalised words (and name particles): an appositive name. */
    static boolean isNameRun(Tokens t, int b, int e) {
        if (e < b) {
            return false;
        }
        for (int m = b; m <= e; m++) {
            if (!(t.cap(m) || (t.has(m, Lexicon.NAME_PARTICLE) && m > b))) {
                return false;
            }
        }
        return !t.has(b, Lexicon.DETERMINER | Lexicon.STOP);
    }

    /** End of the run of capitalised words starting at token i (at most seven words). */
    static int capRunForward(Tokens t, int i, int hi) {
        int e = i;
        while (e + 1 < hi && (t.cap(e + 1) || (t.has(e + 1, Lexicon.NAME_PARTICLE) && t.cap(e + 2))) && e - i < 6) {
            e++;
        }
        return e;
    }

    /** Sets the cue span to tokens [k, e]. */
    static void setCue(Source s, Tokens t, int k, int e) {
        s.cueStart = t.start[k];
        // "wrote on X." at a sentence's end: the one-letter platform is read like an initial, with its full stop
        s.cueEnd = t.end[e] - t.start[e] == 2 && t.a[t.end[e] - 1] == '.' ? t.end[e] - 1 : t.end[e];
    }

    /** Extends a cue over its listener and its medium: "told reporters", "wrote in a Facebook post". */
    static int cueEnd(Tokens t, int k, int hi) {
        int e = k;
        if (t.has(k, Lexicon.CUE_TELL)) {
            int m = k + 1;
            while (m < hi && t.isWord(m) && m - k <= 5) {
                if (e > k && t.lower(m) && t.has(m, Lexicon.DETERMINER) && !t.has(m, Lexicon.PRONOUN)) {
                    break; // "told reporters the deal was ...": a second determiner starts the reported clause
                }
                if (t.has(m, Lexicon.PRONOUN) && !isObjectPronoun(t, m)) {
                    break; // "told investigators he panicked": "he" is the reported clause's subject
                }
                if (t.cap(m) || (!isBoundaryWord(t, m) && !isSkippable(t, m) && !t.has(m, Lexicon.CUE | Lexicon.TIME))
                        || isObjectPronoun(t, m)) {
                    e = m;
                    if (isObjectPronoun(t, m)) {
                        break;
                    }
                    m++;
                } else {
                    break;
                }
            }
        } else if (t.has(k + 1, Lexicon.PARTICLE) && (t.is(k + 1, "out") || t.is(k, "chimed") || t.is(k, "went"))) {
            e = k + 1;
        } else if ((t.is(k, "described") || t.is(k, "describes") || t.is(k, "known")) && t.is(k + 1, "as")) {
            e = k + 1;
        } else if (putIt(t, k)) {
            e = k + 1;
        } else if ((t.is(k, "referred") || t.is(k, "refers")) && t.is(k + 1, "to")) {
            e = k + 1;
        }
        boolean prep = false;
        for (int m = e + 1; m < hi && m <= e + 8 && t.isWord(m); m++) {
            if (t.has(m, Lexicon.MEDIUM_PREP) && t.lower(m)) {
                prep = true;
            } else if (prep && t.has(m, Lexicon.MEDIUM)) {
                e = m;
                while (e + 1 < hi && t.has(e + 1, Lexicon.MEDIUM) && e - k < 10) {
                    e++; // "in a Facebook post"
                }
                break;
            } else if ((t.has(m, Lexicon.CUE) && !t.has(m, Lexicon.NOUNISH)) || t.is(m, "that") || t.has(m, Lexicon.RELATIVE)) {
                break;
            }
        }
        return e;
    }

    /** An article, demonstrative or possessive determiner: what follows it is a noun phrase, not a verb. */
    static boolean isArticleOrPossessive(Tokens t, int i) {
        return t.lower(i) && (t.is(i, "the") || t.is(i, "a") || t.is(i, "an") || t.is(i, "this") || t.is(i, "these")
                || t.is(i, "those") || t.is(i, "his") || t.is(i, "its") || t.is(i, "their") || t.is(i, "our")
                || t.is(i, "my") || t.is(i, "your"));
    }

    /** him, her, them, me, us: the listener of "told", never a speaker. */
    static boolean isObjectPronoun(Tokens t, int m) {
        return t.is(m, "him") || t.is(m, "her") || t.is(m, "them") || t.is(m, "me") || t.is(m, "us");
    }

    /**
     * Whether the cue word at k is used as a verb here. Capitalised cue words only count in headline style
     * ("Mayor Says ..."); words that are usually nouns ("reports", "calls") only after a name or pronoun.
     */
    static boolean usableCue(Tokens t, int k, boolean inverted) {
        if ((t.is(k, "shot") || t.is(k, "fired") || t.is(k, "hit")) && !t.is(k + 1, "back")) {
            return false; // "the officer fired", "hit the ball": speech only as "shot back", "fired back"
        }
        if (t.is(k - 1, "not") || t.is(k - 1, "never")) {
            return false; // "Sorensen did not respond to a request for comment": no words were said
        }
        if ((t.is(k, "put") || t.is(k, "puts")) && isObjectPronoun(t, k + 1)) {
            return false; // "a separate survey puts her up by 11" (but "Ruiz put the cost at “...”", "as she put it")
        }
        if (t.is(k, "tell") && (!(t.is(k - 1, "will") || t.has(k - 1, Lexicon.PERSON_PRONOUN) && hasEnding(t, k - 1, "ll", 3))
                || t.is(k + 1, "whether") || t.is(k + 1, "if") || t.is(k + 1, "what") || t.is(k + 1, "how"))) {
            return false; // only "Okafor will tell delegates that ...": not "to tell a story", "what she would tell them",
                          // "time will tell whether"
        }
        if ((t.is(k, "remembered") || t.is(k, "remembers") || t.is(k, "remember")) && t.is(k + 1, "being")) {
            return false; // "She remembered being told, “...”": she heard the words
        }
        if ((t.is(k, "pointing") || t.is(k, "pointed") || t.is(k, "points")) && !t.is(k + 1, "out")
                && !t.is(k + 1, "to")) {
            return false; // "Ruiz said, pointing at the map, “...”": a gesture; "pointed out", "pointed to" are speech
        }
        if (t.is(k, "continuing") && t.lower(k + 1) && t.isWord(k + 1) && !t.has(k + 1, Lexicon.STOP)) {
            return false; // "a short-term continuing resolution": an adjective
        }
        if (t.lower(k) && isArticleOrPossessive(t, k - 1)) {
            return false; // "the alleged ...", "her reported ...": an adjective or a noun, not a verb
        }
        if (t.lower(k) && t.isWord(k - 1) && (t.shape[k - 1] & Tokens.POSSESSIVE) != 0 && hasEnding(t, k, "ed", 3)
                && t.lower(k + 1) && t.isWord(k + 1) && !t.has(k + 1, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.DETERMINER)
                && k + 2 < t.size && t.kind[k + 2] != Tokens.MARK && !t.is(k + 2, "as")) {
            // "the grid operator's proposed overhaul of ...", "Acme's stated goal,": a participle used as an adjective
            // (but "The governor’s praised volunteers as “heroes”": 's is "has", and the words after it name the quote)
            return false;
        }
        if (t.is(k, "accused") && t.is(k + 1, "of")) {
            return false; // "a scam ring accused of cheating ...": accused by someone else, in the passive
        }
        if (t.lower(k) && hasEnding(t, k, "ed", 3) && t.lower(k - 1) && t.has(k - 1, Lexicon.MEDIUM)
                && !t.has(k - 1, Lexicon.STOP) && t.lower(k + 1)
                && (t.has(k + 1, Lexicon.MEDIUM_PREP) || t.is(k + 1, "with") || t.is(k + 1, "by")
                || t.is(k + 1, "online")) && indefiniteOrObject(t, k - 1)) {
            // "in a video posted on X", "a Discord message shared with Eurogamer": a participle (not "The website
            // reported with evident glee that ...", a subject and its verb)
            return false;
        }
        if (t.is(k, "attributed") || t.is(k, "attributes")) {
            // "attributed the victory to “discipline”": only with the quote right after "to" (not "A line attributed
            // to Mark Twain, “...”" or "attributed the quote “...” to a queen")
            return k + 2 < t.size && t.is(t.size - 1, "to") && onlyWordsBetween(t, k + 1, t.size - 1);
        }
        if (t.cap(k)) {
            // a capitalised noun-like cue is a headline's verb only as "Creator Calls Decision ‘Gutting’": a subject,
            // then an object of a word or two right before the quote (not "Calls Grow for ...", nor "Senate Calls Vote
            // on ‘Fair Pay’ Bill")
            if (inverted || t.has(k, Lexicon.NOUNISH) && !((t.is(k, "calls") || t.is(k, "terms") || t.is(k, "brands"))
                    && t.cap(k - 1) && !t.has(k - 1, Lexicon.STOP) && t.size - k - 1 >= 1 && (t.size - k - 1 <= 2
                    || t.size - k - 1 <= 4 && (t.shape[k + 1] & Tokens.POSSESSIVE) != 0) // ("Calls Ruiz’s Jobs Plan")
                    && capitalWordsOnly(t, k + 1, t.size))) {
                return false;
            }
            if (t.has(k, Lexicon.CUE_PARTICIPLE) && !t.isWord(k - 1)) {
                return true; // "Saying the city was “broke,” he cut the budget": a participle opening its sentence
            }
            if (!t.cap(k - 1) || t.has(k - 1, Lexicon.STOP)) {
                return false;
            }
            for (int m = k - 2; m >= 0 && m >= k - 4 && t.isWord(m); m--) {
                if (t.lower(m) && !t.has(m, Lexicon.STOP | Lexicon.SMALL | Lexicon.DETERMINER)) {
                    return false; // "He urged the Power Rates Regulatory Board": a name in running text, no headline
                }
            }
            return true;
        }
        return true;
    }

    /** Function words that end a noun phrase, in lower case or (at a sentence start) capitalised. */
    static boolean isBoundaryWord(Tokens t, int i) {
        if (!t.has(i, Lexicon.STOP)) {
            return false;
        }
        return t.lower(i) || isFunctionCapWord(t, i);
    }

    /** A capitalised word that is still a function word ("But", "And", "When") rather than part of a name. */
    static boolean isFunctionCapWord(Tokens t, int i) {
        return t.cap(i) && t.has(i, Lexicon.STOP) && !t.has(i, Lexicon.NAME_PARTICLE | Lexicon.TITLE)
                && (t.shape[i] & Tokens.INITIAL) == 0;
    }

    /** A capitalised word at the start of a sentence (where "He" and "It" are still pronouns). */
    static boolean isFunctionCap(Tokens t, int j, int lo) {
        return t.cap(j) && (j == lo || !t.isWord(j - 1));
    }

    /** Prepositions that can hang a phrase on a noun: "a spokesman for", "people familiar with". */
    static boolean isPostModifierPreposition(Tokens t, int i) {
        return t.is(i, "of") || t.is(i, "with") || t.is(i, "for") || t.is(i, "at") || t.is(i, "from")
                || t.is(i, "in") || t.is(i, "to") || t.is(i, "close");
    }

    /** Adverbs, auxiliaries and time words that may sit between a subject and its verb. */
    static boolean isSkippable(Tokens t, int i) {
        if (!t.isWord(i)) {
            return false;
        }
        if (t.lower(i) && t.has(i, Lexicon.SKIP)) {
            return true;
        }
        if (t.has(i, Lexicon.TIME) && !t.has(i, Lexicon.STOP)) {
            return true;
        }
        if (t.lower(i) && !t.has(i, Lexicon.VAGUE | Lexicon.TITLE | Lexicon.PERSON_NOUN)) {
            int e = t.wordEnd(i);
            return e - t.start[i] >= 5 && t.text.charAt(e - 1) == 'y' && t.text.charAt(e - 2) == 'l'
                    && !t.has(i, Lexicon.CUE);
        }
        return false;
    }

    /** Moves left over adverbs, auxiliaries and short time phrases between a subject and its verb. */
    static int skipAdverbsBack(Tokens t, int j, int lo) {
        int skipped = 0;
        while (j >= lo && skipped < 4) {
            boolean timeLike = t.isWord(j) && ((t.shape[j] & Tokens.DIGIT) != 0 || t.has(j, Lexicon.TIME));
            if (timeLike && j - 1 >= lo && t.lower(j - 1) && (t.has(j - 1, Lexicon.MEDIUM_PREP)
                    || t.has(j, Lexicon.TIME) && (t.is(j - 1, "that") || t.is(j - 1, "this")))) {
                j -= 2; // "who in 2010 said", "Okafor on Monday said", "a nurse who was on duty that night told"
                skipped += 2;
            } else if (isSkippable(t, j)
                    || (t.is(j, "since") && (t.is(j - 1, "has") || t.is(j - 1, "have") || t.is(j - 1, "had")))) {
                j--; // (also "Larchmont has since called": "since" is an adverb between an auxiliary and its verb)
                skipped++;
            } else if ((t.is(j, "both") || t.is(j, "all") || t.is(j, "each")) && t.lower(j) && j - 1 >= lo
                    && (t.cap(j - 1) || t.has(j - 1, Lexicon.PRONOUN))) {
                j--; // "Ruiz and Lopez both said", "they all agreed"
                skipped++;
            } else {
                break;
            }
        }
        return j;
    }

    /** Moves right over adverbs and auxiliaries between a subject and its verb. */
    static int skipAdverbsForward(Tokens t, int j, int hi) {
        int skipped = 0;
        while (j < hi && skipped < 4 && isSkippable(t, j)) {
            j++;
            skipped++;
        }
        return j;
    }
}
