package io.copydesk.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Turns speaker mentions into people's names, in document order: a full name stands for itself, a pronoun
 * ("he added") refers to the last speaker, a short name ("Mr. Okafor", "Governor Sinegubov") or a role
 * ("the mayor") to a full name seen in the article. Resolution of short names waits until the whole article
 * is known, because headlines often use a surname before the story introduces the full name.
 */
final class Names {

    /** A name as the article gives it, later completed to a full name when one is found. */
    static final class Ref {
        final String surface;
        String full;

        Ref(String surface) {
            this.surface = surface;
        }

        String value() {
            return full != null ? full : surface;
        }
    }

    /** How many paragraphs back a pronoun may look for its speaker. */
    private static final int PRONOUN_PARAGRAPHS = 3;
    private static final int HISTORY = 4;

    private final char[] chars;
    // Full names by surname key, in the order the article gives them ("Adela Corrigan", then her son "Daniel Corrigan")
    private final HashMap<String, List<String>> fullBySurname = new HashMap<>();
    private final HashMap<String, Ref> byTitle = new HashMap<>();
    private final List<Ref> shortRefs = new ArrayList<>();
    // Genders learnt from pronouns that referred to a speaker ("“...,” he added" after "Trump said").
    private final HashMap<String, Integer> genderOf = new HashMap<>();

    // The last few speakers, most recent last: a null ref is a speaker without a known name (an unsourced or
    // vaguely sourced quote), which blocks a later "he said" from jumping back to an earlier named speaker.
    private final Ref[] recentRef = new Ref[HISTORY];
    private final int[] recentPara = new int[HISTORY];
    private final int[] recentGender = new int[HISTORY];
    private int recentCount;

    Names(char[] chars) {
        this.chars = chars;
    }

    /** Resolves the speaker of one speech quote (in document order); {@code para} is the quote's paragraph. */
    void resolve(Source s, int para) {
        Source root = s.origin != null ? s.origin : s;
        if (root.name == null && !root.resolvedOnce) {
            root.resolvedOnce = true;
            root.name = resolveRoot(root, para);
        }
        s.name = root.name;
        if (root.noAntecedent) {
            s.vague = true; // "“...,” he said." with nobody named before it: the reader cannot know who spoke
        }
        if (s.origin == null && !(root.type == Source.PRONOUN)) {
            remember(root.name, para, root.gender);
        }
    }

    /** Every recent entry for this person takes the gender a pronoun gave them, and so do later ones. */
    private void learnGender(Ref ref, int gender) {
        genderOf.putIfAbsent(ref.value(), gender);
        for (int k = 0; k < recentCount; k++) {
            if (recentGender[k] <= 0 && recentRef[k] != null && recentRef[k].value().equals(ref.value())) {
                recentGender[k] = gender;
            }
        }
    }

    /** Records a speech quote without any attribution: "he" after it cannot safely mean an earlier speaker. */
    void unsourced(int para) {
        remember(null, para, 0);
    }

    private Ref resolveRoot(Source s, int para) {
        switch (s.type) {
            case Source.NAME:
            case Source.RELATIVE:
                if (s.nameStart < 0) {
                    return null;
                }
                return nameRef(s);
            case Source.PRONOUN:
                if (s.gender == 0) {
                    return null; // they, it, we, I: not resolved to a person
                }
                Source unknownGender = null; // a bare name of unknown gender: taken only if no recent speaker can be meant
                if (s.antecedent != null && s.antecedent.type == Source.PRONOUN) {
                    if (s.antecedent.gender == s.gender) {
                        // narration goes on about someone ("He said he has spent the past month learning to sail.
                        // “...,” he admitted."): the person of that gender the text names last before it
                        Ref named = nearestNamedPerson(s.antecedent.mentionStart, s.gender, true);
                        if (named != null && opensItsSentence(foundAt)) {
                            remember(named, para, s.gender);
                            return named;
                        } // (not a man the narration only names as an object: "He accused Mitch McConnell of ...")
                    }
                } else if (s.antecedent != null && s.antecedent.nameStart < 0) {
                    // an unnamed person just reported speaking ("A nurse who asked not to be named said ... “...,” she
                    // said."): the pronoun is that person and gets no one's name, if the genders agree
                    if (s.antecedent.gender == 0 || s.antecedent.gender == s.gender) {
                        remember(null, para, s.gender);
                        return null;
                    }
                } else if (s.antecedent != null && (s.antecedent.gender == 0 || s.antecedent.gender == s.gender)) {
                    // checked on the name's text first: a rejected antecedent must not register as a full name
                    String candidate = clean(s.antecedent.nameStart, s.antecedent.nameEnd);
                    int first = candidate.isEmpty() ? 0 : genderOfName(candidate);
                    boolean usable = !candidate.isEmpty() && !acronym(s.antecedent.nameStart, s.antecedent.nameEnd)
                            && genderOf.getOrDefault(candidate, s.gender) == s.gender;
                    if (usable && (first == s.gender || first == 0 && !s.antecedent.byNameOnly)) {
                        return antecedentRef(s.antecedent, para, s.gender);
                    }
                    unknownGender = usable && first == 0 && (candidate.indexOf(' ') > 0 || namedMidSentence(candidate))
                            ? s.antecedent : null; // (not "Hay" or "Evenings", capitalised only as a sentence's first word)
                }
                for (int k = recentCount - 1; k >= 0; k--) {
                    if (para - recentPara[k] > PRONOUN_PARAGRAPHS) {
                        break;
                    }
                    int g = recentGender(k);
                    if (g == 0 || g == s.gender) {
                        if (recentRef[k] != null) {
                            learnGender(recentRef[k], s.gender); // "Trump said ... “...,” he added": Trump is a he
                        }
                        return recentRef[k];
                    }
                }
                if (recentCount > 0 && para - recentPara[recentCount - 1] <= PRONOUN_PARAGRAPHS) {
                    // recent speakers of the other gender only: a person named nearby whom the text shows to be of the
                    // pronoun's ("Rosa Delgado and her husband, Tom, ... “...,” Rosa said. “...,” he said."), or nobody
                    Ref other = nearestNamedPerson(s.mentionStart, s.gender, true);
                    if (other == null && unknownGender != null) {
                        // "“...,” said Ana Ruiz. / Kessler disputed that. / “...,” he said.": not Ruiz, so Kessler
                        return antecedentRef(unknownGender, para, s.gender);
                    }
                    if (other != null) {
                        remember(other, para, s.gender);
                    }
                    return other;
                }
                // No speaker nearby: the nearest person the text names before the pronoun, if any. It then counts
                // as the last speaker, so the pronouns after it do not search again.
                if (!namesAnyoneBefore(s.mentionStart)) {
                    s.noAntecedent = true;
                    return null;
                }
                Ref named = nearestNamedPerson(s.mentionStart, s.gender, false);
                remember(named, para, s.gender);
                return named;
            default:
                if (s.vague || s.titleStart < 0) {
                    return null;
                }
                return byTitle.get(lower(s.titleStart, s.titleEnd));
        }
    }

    private int foundAt; // where the name nearestNamedPerson last returned (strict search) starts

    /**
     * The name at {@code at} is its sentence's subject: only capitalised words and descriptors stand before it in its
     * sentence ("Congress leader Rahul Gandhi mocked the event."), no pronoun, verb or function word ("He thanked Prime
     * Minister Narendra Modi").
     */
    private boolean opensItsSentence(int at) {
        int i = at;
        while (i > 0) {
            char c = chars[i - 1];
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return true;
            }
            if (!Chars.isLetter(c)) {
                i--;
                continue;
            }
            int we = i;
            while (i > 0 && Chars.isLetter(chars[i - 1])) {
                i--;
            }
            long f = Lexicon.lookup(chars, i, we);
            if ((f & (Lexicon.PRONOUN | Lexicon.STOP | Lexicon.BE | Lexicon.CUE | Lexicon.SKIP)) != 0
                    || Chars.isLower(chars[i]) && we - i > 3 && chars[we - 1] == 'd' && chars[we - 2] == 'e') {
                return false;
            }
        }
        return true;
    }

    /** The named antecedent of a he or she, which now counts as a speaker of that gender. */
    private Ref antecedentRef(Source antecedent, int para, int gender) {
        Ref named = nameRef(antecedent);
        learnGender(named, gender);
        remember(named, para, gender);
        return named;
    }

    /** How far back (in characters) a pronoun without a nearby speaker looks for a named person. */
    private static final int NAME_LOOKBACK = 800;

    /**
     * The nearest full name before {@code pos} (within {@link #NAME_LOOKBACK} characters): two or more capitalised
     * words ("Dana Lock", "Martin L. Reyes"), or an honorific and a capitalised word ("Mr. Lock"), skipping titles
     * and names whose honorific gives the other gender. Null when there is none.
     */
    private Ref nearestNamedPerson(int pos, int gender, boolean strict) {
        int floor = Math.max(0, pos - NAME_LOOKBACK);
        int i = pos;
        while (i > floor) {
            // find the end of a capitalised run, scanning left
            int e = i;
            while (e > floor && !Chars.isLetter(chars[e - 1])) {
                e--;
            }
            int ws = e;
            while (ws > floor && (Chars.isLetter(chars[ws - 1]) || chars[ws - 1] == '-'
                    || chars[ws - 1] == '\'' || chars[ws - 1] == '\u2019')) {
                ws--;
            }
            if (ws == e) {
                i = e - 1;
                continue;
            }
            if (Chars.isUpper(chars[ws]) && (Lexicon.lookup(chars, ws, e) & Lexicon.PLACE) != 0) {
                // "Washington Street", "Mount Sinai Hospital": the capitals before a place word are the place's
                int b = ws;
                while (b > floor + 1 && chars[b - 1] == ' ' && Chars.isLetter(chars[b - 2])) {
                    int q = b - 1;
                    while (q > floor && (Chars.isLetter(chars[q - 1]) || chars[q - 1] == '\''
                            || chars[q - 1] == '\u2019')) {
                        q--;
                    }
                    if (!Chars.isUpper(chars[q])) {
                        break;
                    }
                    b = q;
                }
                i = b;
                continue;
            }
            if (!Chars.isUpper(chars[ws]) || isNotName(ws, e)) {
                i = ws;
                continue;
            }
            // a capitalised word ending at e: collect the run to its left
            int runStart = ws;
            int words = 1;
            int honorific = 0;
            int k = ws;
            while (words < 5) {
                int p = k;
                while (p > floor && (chars[p - 1] == ' ' || chars[p - 1] == '.')) {
                    p--;
                }
                if (p == k || k - p > 2) {
                    break;
                }
                if (chars[p] == '.' && k - p == 1) {
                    words = 0; // "U.S", "D.C": letters joined by a dot are an abbreviation, not a name
                    break;
                }
                int q = p;
                while (q > floor && Chars.isLetter(chars[q - 1])) {
                    q--;
                }
                if (q == p || !Chars.isUpper(chars[q])) {
                    break;
                }
                long f = Lexicon.lookup(chars, q, p);
                if (chars[p] == '.' && p - q > 2 && (f & (Lexicon.HONORIFIC_MALE | Lexicon.HONORIFIC_FEMALE
                        | Lexicon.TITLE | Lexicon.ABBREV)) == 0) {
                    // "she had considered Boyle. Ralston, she recalled,": a sentence ends there (not an initial or a
                    // short form: "Jose Ma. Sison")
                    break;
                }
                if ((f & Lexicon.HONORIFIC_MALE) != 0) {
                    honorific = 1;
                    break;
                }
                if ((f & Lexicon.HONORIFIC_FEMALE) != 0) {
                    honorific = 2;
                    break;
                }
                if ((f & (Lexicon.TITLE | Lexicon.STOP | Lexicon.DETERMINER | Lexicon.TIME | Lexicon.PRONOUN
                        | Lexicon.CUE_INVERT | Lexicon.OPENING_ADVERB | Lexicon.PLACE)) != 0) {
                    break; // ("State Department official Corinne Abernathy": the name starts after the institution)
                }
                runStart = q;
                k = q;
                words++;
            }
            if (runStart > 0 && isOpenMark(chars[runStart - 1])) {
                i = runStart - 1; // a title or a word in quotes ("the heist comedy “Small Hours.”") names nobody
                continue;
            }
            int kin = words == 1 || strict ? kinBefore(runStart, floor) : 0; // "her husband, Tom,"
            boolean subject = words == 1 && honorific == 0 && chars[e - 1] != 's' && !acronym(runStart, e)
                    && (startsSentence(runStart) || subjectAfterComma(runStart, e) || kin != 0)
                    && !participleOpener(runStart, e)
                    && (kin != 0 || nameLike(runStart, e)); // (not "Sure," or "Department" opening a sentence)
            if ((words >= 2 || honorific != 0 || subject) && (honorific == 0 || gender == 0 || honorific == gender)
                    && (kin == 0 || gender == 0 || kin == gender)) { // ("his wife, Nadia," is no "he")
                if (strict) {
                    // only a person the text shows to be of the pronoun's gender (honorific, noun or first name); the
                    // nearest person of unknown gender stops the search, one of the other gender is passed over
                    String name = clean(runStart, surnameEnd(e));
                    int g = honorific != 0 ? honorific : kin != 0 ? kin : genderOfName(name);
                    if (g == gender && name.length() > 1) {
                        String full = words >= 2 ? name : fullOf(name);
                        int fg = FirstNames.gender(full); // ("her brother, Mr. Watts," is not Cheryl Watts)
                        foundAt = runStart;
                        return completable(new Ref(fg == 0 || fg == gender ? full : name), kin);
                    }
                    if (g == 0) {
                        return null;
                    }
                    i = runStart - 1;
                    continue;
                }
                if (words == 1 && honorific == 0) {
                    return completable(new Ref(clean(runStart, surnameEnd(e))), kin); // "Ruiz was blunt."
                }
                String name = clean(runStart, surnameEnd(e));
                String full = words >= 2 ? name : fullFor(surnameKey(name), gender);
                String value = full != null ? full : name;
                int known = genderOf.getOrDefault(value, FirstNames.gender(value));
                if (known == 0) {
                    known = kinBefore(runStart, floor); // "her husband, Dr. Wei Zhang,": a he
                }
                if (gender == 0 || known == 0 || known == gender) { // (not a "she" for "he asked")
                    return completable(new Ref(value), kin);
                }
            }
            i = runStart - 1;
        }
        return null;
    }

    /**
     * The gender a noun for a man or a woman gives the name after it ("her husband, Dr. Wei Zhang", "his wife Ana
     * Ruiz"), over a comma and an honorific; 0 when there is none.
     */
    private int kinBefore(int nameStart, int floor) {
        int p = nameStart;
        for (int words = 0; words < 2; words++) {
            while (p > floor && (chars[p - 1] == ' ' || chars[p - 1] == ',' || chars[p - 1] == '.')) {
                p--;
            }
            int q = p;
            while (q > floor && Chars.isLetter(chars[q - 1])) {
                q--;
            }
            if (q == p) {
                return 0;
            }
            long f = Lexicon.lookup(chars, q, p);
            if ((f & (Lexicon.HONORIFIC_MALE | Lexicon.HONORIFIC_FEMALE | Lexicon.TITLE)) != 0 && words == 0) {
                p = q; // past "Dr." to the noun before it
                continue;
            }
            if (!Chars.isLower(chars[q])) {
                return 0;
            }
            return (f & Lexicon.MALE_NOUN) != 0 ? 1 : (f & Lexicon.FEMALE_NOUN) != 0 ? 2 : 0;
        }
        return 0;
    }

    /** Title-list words that are mostly adjectives ("first", "former", "press"): not a person by themselves. */
    private boolean isModifierTitle(int s, int e) {
        for (String w : MODIFIER_TITLES) {
            if (Lexicon.is(chars, s, e, w)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] MODIFIER_TITLES = {
        "first", "former", "acting", "press", "elect", "head", "chief", "general", "major", "minority", "majority",
        "vice", "deputy", "assistant", "executive", "star", "independent", "conservative", "liberal", "progressive",
        "republican", "democratic", "democrat", "gop", "chair", "host", "many", "some", "familiar", "knowledgeable",
        "reports", "rumors", "others", "person", "individual", "people"
    };

    /** FBI, CNN, GOP: an all-capitals word is an organisation, not a person. */
    private boolean acronym(int s, int e) {
        if (e - s < 2) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (Chars.isLower(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** "At one point in his speech, Trump called ...": a name after an introductory phrase, before a verb. */
    private boolean subjectAfterComma(int s, int e) {
        int p = s - 1;
        while (p >= 0 && chars[p] == ' ') {
            p--;
        }
        if (p < 0 || chars[p] != ',') {
            return false;
        }
        int n = e;
        while (n < chars.length && chars[n] == ' ') {
            n++;
        }
        return n > e && n < chars.length && Chars.isLower(chars[n]);
    }

    /**
     * "Speaking to reporters, he said", "Staying in the race, she ...": a capitalised -ing word followed by a
     * preposition opens the sentence as a participle; it is nobody's name (a pronoun used to resolve to "Speaking").
     */
    private boolean participleOpener(int s, int e) {
        if (e - s < 6 || chars[e - 3] != 'i' || chars[e - 2] != 'n' || chars[e - 1] != 'g') {
            return false;
        }
        int n = e;
        while (n < chars.length && chars[n] == ' ') {
            n++;
        }
        int ne = n;
        while (ne < chars.length && Chars.isLetter(chars[ne])) {
            ne++;
        }
        return ne > n && Chars.isLower(chars[n]) && (Lexicon.lookup(chars, n, ne) & Lexicon.MEDIUM_PREP) != 0;
    }

    /** True when the word at s starts a sentence outside quotation marks: only spaces after . ! ? or a line break. */
    private boolean startsSentence(int s) {
        int p = s - 1;
        while (p >= 0 && Chars.isSpace(chars[p]) && chars[p] != '\n') {
            p--;
        }
        if (p < 0) {
            return true;
        }
        char c = chars[p];
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r';
    }

    /** The end of a name word, without a possessive "'s". */
    private int surnameEnd(int e) {
        if (e - 2 > 0 && (chars[e - 1] == 's' || chars[e - 1] == 'S')
                && (chars[e - 2] == '\'' || chars[e - 2] == '\u2019')) {
            return e - 2;
        }
        return e;
    }

    /** A capitalised word that is a function word, title, pronoun, month or day rather than part of a name. */
    private boolean isNotName(int s, int e) {
        long f = Lexicon.lookup(chars, s, surnameEnd(e));
        return f != 0; // any listed word (function word, title, month, speech verb, "Critics") is not a name
    }

    /** Position of the first proper name of the text (see {@link #namesAnyoneBefore}); -2 before it is computed. */
    private int firstName = -2;

    /**
     * True when a speaker was seen, or a capitalised word that is in no word list (a name of some kind), a title
     * or role ("the senator") or a noun for a person ("the woman") occurs before {@code pos}: someone a pronoun
     * could mean.
     * The first such word is found once, by one forward scan, so asking is constant time afterwards.
     */
    private boolean namesAnyoneBefore(int pos) {
        if (recentCount > 0) {
            return true;
        }
        if (firstName == -2) {
            firstName = -1;
            int n = chars.length;
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                if (!Chars.isLetter(c) || (i > 0 && Chars.isLetter(chars[i - 1]))) {
                    continue;
                }
                int e = i + 1;
                while (e < n && e - i < 30 && Chars.isLetter(chars[e])) {
                    e++;
                }
                long f = Lexicon.lookup(chars, i, e);
                if ((Chars.isUpper(c) && f == 0)
                        || ((f & (Lexicon.TITLE | Lexicon.HONORIFIC_MALE | Lexicon.HONORIFIC_FEMALE | Lexicon.VAGUE
                        | Lexicon.PERSON_NOUN)) != 0 && !isModifierTitle(i, e))) {
                    firstName = i; // a name, a role ("the senator") or a person noun ("the woman")
                    break;
                }
                i = e - 1;
            }
        }
        return firstName >= 0 && firstName < pos;
    }

    private Ref nameRef(Source s) {
        String name = clean(s.nameStart, s.nameEnd);
        if (name.isEmpty()) {
            return null;
        }
        int words = 1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ') {
                words++;
            }
        }
        Ref ref;
        if (words >= 2) {
            ref = new Ref(name);
            List<String> fulls = fullBySurname.computeIfAbsent(surnameKey(name), k -> new ArrayList<>(2));
            if (!fulls.contains(name)) {
                fulls.add(name);
            }
        } else {
            ref = new Ref(name);
            shortRefs.add(ref);
        }
        if (s.titleStart >= 0) {
            byTitle.put(lower(s.titleStart, s.titleEnd), ref);
        }
        return ref;
    }

    private void remember(Ref ref, int para, int gender) {
        if (gender == 0 && ref != null) {
            gender = genderOf.getOrDefault(ref.value(), 0);
        }
        if (gender == 0 && ref != null) {
            gender = UNKNOWN_YET; // looked up from the name only if a pronoun asks (recentGender)
        }
        if (recentCount == HISTORY) {
            System.arraycopy(recentRef, 1, recentRef, 0, HISTORY - 1);
            System.arraycopy(recentPara, 1, recentPara, 0, HISTORY - 1);
            System.arraycopy(recentGender, 1, recentGender, 0, HISTORY - 1);
            recentCount--;
        }
        recentRef[recentCount] = ref;
        recentPara[recentCount] = para;
        recentGender[recentCount] = gender;
        recentCount++;
    }

    /** A remembered speaker whose gender no pronoun or honorific gave: its name is read when a pronoun asks. */
    private static final int UNKNOWN_YET = -1;

    /** The gender of the k-th recent speaker, reading it from the name the first time it is asked for. */
    private int recentGender(int k) {
        if (recentGender[k] == UNKNOWN_YET) {
            recentGender[k] = genderOfName(recentRef[k].value()); // "Tom Kent added" is no "she"
        }
        return recentGender[k];
    }

    /** The gender a listed first name gives a name, or the first name the article puts before a surname; else 0. */
    private int genderOfName(String name) {
        String v = fullOf(name);
        int space = v.lastIndexOf(' ');
        if (space > 0 && (Lexicon.lookup(v.substring(space + 1)) & Lexicon.PLACE) != 0) {
            return INSTITUTION; // "the Plains Rural Carriers Association said": no he or she
        }
        int g = space > 0 ? FirstNames.gender(v) : 0;
        return g != 0 ? g : genderBySurname(lastNamePart(v)); // (an unlisted first name)
    }

    /**
     * "Tackett, for his part, ...", "Kowalczyk shook her head": a fixed phrase with his or her right after a surname
     * gives the person's gender (a he or she later in the sentence may be someone else: "Bello said she was last
     * seen ..."). 0 when there is none.
     */
    private int pronounAfter(int from, int limit) {
        int i = from;
        if (i < limit && chars[i] == ',') {
            i++;
        }
        while (i < limit && chars[i] == ' ') {
            i++;
        }
        return phrase(i, limit, "for his part", 1) + phrase(i, limit, "for her part", 2)
                + phrase(i, limit, "shook his head", 1) + phrase(i, limit, "shook her head", 2);
    }

    /** {@code gender} when the text at i reads {@code words} as whole words, else 0. */
    private int phrase(int i, int limit, String words, int gender) {
        int e = i + words.length();
        if (e > limit) {
            return 0;
        }
        for (int k = 0; k < words.length(); k++) {
            if (chars[i + k] != words.charAt(k)) {
                return 0;
            }
        }
        return e == limit || !Chars.isLetter(chars[e]) ? gender : 0;
    }

    /**
     * A capitalised word opening a sentence reads as a name: the article also writes it capitalised after a lower-case
     * letter (mid-sentence, or after a first name: "Ana Young"), or it is no listed word and the article never writes it
     * in lower case ("Ruiz", but not "Sure" or "Department").
     */
    private boolean nameLike(int s, int e) {
        String word = new String(chars, s, e - s);
        if (namedMidSentence(word)) {
            return true;
        }
        if (Lexicon.lookup(chars, s, e) != 0 || e - s < 2) {
            return false;
        }
        String lower = Character.toLowerCase(word.charAt(0)) + word.substring(1);
        if (searchFirst()) {
            return occurrence(lower, 0) < 0;
        }
        if (lowerWords == null) {
            lowerWords = new IntSet();
            scanWords(true);
        }
        return !lowerWords.contains(Lexicon.hash(chars, s, e)); // (the hash folds case: "Young" and "young" alike)
    }

    /**
     * Questions about single words are answered by searching the text (fast for the few an article asks) until
     * {@link #SEARCHES} have been made; then one pass indexes every word, so that a text naming thousands of people
     * costs one pass, not one search per name.
     */
    private boolean searchFirst() {
        if (indexed || ++searches > SEARCHES) {
            index();
            return false;
        }
        return true;
    }

    private static final int SEARCHES = 32;
    private int searches;
    private final HashMap<String, Integer> searchedGender = new HashMap<>();
    private final HashMap<String, Boolean> searchedMid = new HashMap<>();

    /** Where {@code word} next occurs as a whole word in the first 100,000 characters at or after {@code from}, or -1. */
    private int occurrence(String word, int from) {
        if (text == null) {
            text = new String(chars, 0, Math.min(chars.length, SURNAME_SEARCH));
        }
        int n = text.length();
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Chars.isLetter(text.charAt(at - 1)) && text.charAt(at - 1) != '-')
                    && (end >= n || !Chars.isLetter(text.charAt(end)) && text.charAt(end) != '-')) {
                return at;
            }
        }
        return -1;
    }

    private String text; // the article's start as a String, for the searches

    /** The word is written capitalised after a lower-case letter somewhere: a name, not only a sentence's first word. */
    private boolean namedMidSentence(String word) {
        Boolean known = searchedMid.get(word);
        if (known != null) {
            return known;
        }
        if (!searchFirst()) {
            return midSentence.contains(Lexicon.hash(word));
        }
        boolean mid = false;
        for (int at = occurrence(word, 0); at >= 0 && !mid; at = occurrence(word, at + 1)) {
            mid = afterLowerCase(at);
        }
        searchedMid.put(word, mid);
        return mid;
    }

    /** The word at i follows a space and a lower-case letter ("the Ruiz plan", "Ana Young"). */
    private boolean afterLowerCase(int i) {
        return i >= 2 && chars[i - 1] == ' ' && Chars.isLower(chars[i - 2]);
    }

    /** The surname as written: the last word that is no suffix ("Martin L. Reyes Jr." -> Reyes). */
    private static String lastNamePart(String name) {
        String[] parts = name.split(" ");
        int k = parts.length - 1;
        while (k > 0 && (Lexicon.lookup(parts[k]) & Lexicon.NAME_SUFFIX) != 0) {
            k--;
        }
        return parts[k];
    }

    /** A speaker that is an institution by its name's last word: neither a he nor a she. */
    private static final int INSTITUTION = 3;

    private static final int SURNAME_SEARCH = 100_000;
    // What one pass over the article's start learns about its words (built when a name first needs it):
    private boolean indexed;
    private final HashMap<String, Integer> surnameGender = new HashMap<>(); // capitalised word -> 1 or 2
    private final IntSet midSentence = new IntSet(); // hashes of words written capitalised after a lower-case letter
    private IntSet lowerWords; // hashes of words written in lower case, read only if a name-like question needs it

    /**
     * One pass over the first 100,000 characters (longer than any article, and a bound in a huge text): for each
     * capitalised word, whether it is written after a lower-case letter, and the gender the first listed first name or
     * honorific before it gives ("Tom Kent", "Ms. Garcia"), or a fixed phrase after it ("Kent, for his part"); and
     * every word written in lower case. Every later question about a word is then one look-up.
     */
    private void index() {
        if (!indexed) {
            indexed = true;
            scanWords(false);
        }
    }

    /**
     * One pass over the words of the first 100,000 characters: the capitalised ones into {@link #midSentence} and
     * {@link #surnameGender}, or (with {@code lowerCase}) the hashes of the lower-case ones into {@link #lowerWords}.
     */
    private void scanWords(boolean lowerCase) {
        int n = Math.min(chars.length, SURNAME_SEARCH);
        int i = 0;
        while (i < n) {
            if (!Chars.isLetter(chars[i])) {
                i++;
                continue;
            }
            int ws = i;
            int we = i;
            while (we < n && (Chars.isLetter(chars[we]) || chars[we] == '-'
                    || (chars[we] == '\'' || chars[we] == '\u2019') && we + 1 < n && Chars.isUpper(chars[we + 1]))) {
                we++; // ("O'Brien", but not "Ruiz’s")
            }
            boolean upper = Chars.isUpper(chars[ws]);
            if (lowerCase && !upper) {
                lowerWords.add(Lexicon.hash(chars, ws, we));
            } else if (!lowerCase && upper) {
                if (afterLowerCase(ws)) {
                    midSentence.add(Lexicon.hash(chars, ws, we));
                }
                int g = genderAt(ws, we, n);
                if (g != 0) {
                    surnameGender.putIfAbsent(new String(chars, ws, we - ws), g); // (the first occurrence that tells)
                }
            }
            i = we;
        }
    }

    /**
     * The gender one occurrence of a capitalised word [ws, we) gives it: a listed first name or an honorific right before
     * it ("Tom Kent", "Ms. Garcia"), or "for his part" / "shook her head" right after it; else 0.
     */
    private int genderAt(int ws, int we, int n) {
        int pe = ws - 1; // the word before, across a space (and the full stop of "Ms. Garcia")
        if (pe >= 1 && chars[pe] == ' ' && chars[pe - 1] == '.') {
            pe--;
        }
        int ps = pe;
        while (ps > 0 && Chars.isLetter(chars[ps - 1])) {
            ps--;
        }
        int g = 0;
        int len = pe - ps;
        if (ws >= 1 && chars[ws - 1] == ' ' && len >= 2 && len <= 16 && Chars.isUpper(chars[ps])) {
            // (a first name as text writes it, title case: one probe of a hash set for most words)
            g = Chars.isLower(chars[ps + 1]) ? FirstNames.ofWritten(chars, ps, pe) : 0;
            if (g == 0 && len <= 5) { // an honorific: "Ms Garcia", "Mr. Watts"
                long f = Lexicon.lookup(chars, ps, pe);
                g = (f & Lexicon.HONORIFIC_MALE) != 0 ? 1 : (f & Lexicon.HONORIFIC_FEMALE) != 0 ? 2 : 0;
            }
        }
        if (g == 0 && we + 2 < n && (chars[we] == ',' || chars[we] == ' ')) {
            g = pronounAfter(we, n);
        }
        return g;
    }

    /**
     * "Kent added" where the article names "Tom Kent" (or "Ms. Kent") only in narration, not as a speaker: the first
     * name or honorific found right before the surname anywhere in the text gives the gender (or "Kent, for his part").
     */
    private int genderBySurname(String surname) {
        Integer known = searchedGender.get(surname);
        if (known != null) {
            return known;
        }
        if (!searchFirst()) {
            return surnameGender.getOrDefault(surname, 0);
        }
        int g = 0;
        int n = Math.min(chars.length, SURNAME_SEARCH);
        for (int at = occurrence(surname, 0); at >= 0 && g == 0; at = occurrence(surname, at + 1)) {
            g = genderAt(at, at + surname.length(), n);
        }
        searchedGender.put(surname, g);
        return g;
    }

    /** The full name a short one stands for, as far as the article has told so far ("Kent" -> "Tom Kent"). */
    private String fullOf(String name) {
        if (name.indexOf(' ') > 0) {
            return name;
        }
        String full = fullFor(surnameKey(name), 0);
        return full != null ? full : name;
    }

    /**
     * The first full name the article gave for the surname key, or, for a he or she ({@code gender} 1 or 2), the first
     * whose first name is not of the other gender ("she" with "Corrigan" is Adela Corrigan, not her son Daniel).
     */
    private String fullFor(String key, int gender) {
        List<String> fulls = fullBySurname.get(key);
        if (fulls == null) {
            return null;
        }
        if (gender != 1 && gender != 2) {
            return fulls.get(0);
        }
        for (String f : fulls) {
            int g = FirstNames.gender(f);
            if (g == 0 || g == gender) {
                return f;
            }
        }
        return null;
    }

    /** Completes short names once the whole article has been read. */
    void finish() {
        List<Ref> open = new ArrayList<>();
        for (Ref r : shortRefs) {
            if (r.full == null) {
                r.full = fullFor(surnameKey(r.surface), genderOf.getOrDefault(r.surface, 0));
                if (r.full == null) {
                    open.add(r);
                }
            }
        }
        if (!open.isEmpty()) {
            scanForFullNames(open);
        }
    }

    /**
     * One pass over the article looking for "First Last" where Last is an unresolved short name
     * ("Mrs. Lopez" -> the "Maria Lopez" of the second paragraph). The first such full name wins.
     * The surnames sit in a small open-addressing table probed by character range, so each capitalised word
     * costs one hash however many short names are open (linear even for pathological input).
     */
    private void scanForFullNames(List<Ref> open) {
        HashMap<String, List<Ref>> bySurname = new HashMap<>();
        for (Ref r : open) {
            bySurname.computeIfAbsent(lowerWord(r.surface), k -> new ArrayList<>()).add(r);
        }
        int capacity = Integer.highestOneBit(Math.max(4, bySurname.size() * 4)) * 2;
        String[] keys = new String[capacity];
        List<?>[] refs = new List<?>[capacity];
        for (var entry : bySurname.entrySet()) {
            int slot = Lexicon.hash(entry.getKey()) & (capacity - 1);
            while (keys[slot] != null) {
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = entry.getKey();
            refs[slot] = entry.getValue();
        }
        final char[] a = chars;
        int n = a.length;
        int remaining = bySurname.size();
        int i = 0;
        while (i < n && remaining > 0) {
            char c = a[i];
            // most characters are no capital: one range test each for ASCII text, the full check only otherwise
            if (c < 128 ? c < 'A' || c > 'Z' : !Chars.isUpper(c)) {
                i++;
                continue;
            }
            if (i > 0 && Chars.isLetterOrDigit(a[i - 1])) {
                i++; // a capital inside a word ("McCarthy", "iPhone"): no name starts there
                continue;
            }
            int e = i + 1;
            while (e < n && (Chars.isLetter(a[e]) || a[e] == '-')) {
                e++;
            }
            if (e - i <= 24) {
                int slot = Lexicon.hash(chars, i, e) & (capacity - 1);
                while (keys[slot] != null) {
                    if (keys[slot].length() == e - i && Lexicon.is(chars, i, e, keys[slot])) {
                        @SuppressWarnings("unchecked")
                        List<Ref> group = (List<Ref>) refs[slot];
                        if (open(group)) {
                            String full = fullNameEndingAt(i, e);
                            if (full != null) {
                                int g = FirstNames.gender(full);
                                for (Ref r : group) {
                                    int rg = genderOf.getOrDefault(r.surface, 0);
                                    if (r.full == null && (g == 0 || rg == 0 || rg == g || rg > 2)) {
                                        r.full = full; // (not a man's full name for a "she": the next one may fit)
                                    }
                                }
                                remaining -= open(group) ? 0 : 1;
                            }
                        }
                        break;
                    }
                    slot = (slot + 1) & (capacity - 1);
                }
            }
            i = e;
        }
    }

    /** A surname alone ("Mr. Hehir" read as Hehir) is completed to the full name once the article is read. */
    private Ref completable(Ref r, int kin) {
        if (kin == 0 && r.surface.indexOf(' ') < 0) {
            shortRefs.add(r); // (but "her husband, Tom," is a first name: no surname to complete)
        }
        return r;
    }

    /** The word before text position ws (across one space) is a listed word: "Is" in "Is Hosting Crane". */
    private boolean listedWordBefore(int ws) {
        int we = ws - 1;
        if (we < 1 || chars[we] != ' ') {
            return false;
        }
        int b = we;
        while (b > 0 && Chars.isLetter(chars[b - 1])) {
            b--;
        }
        return b < we && Chars.isUpper(chars[b]) && Lexicon.lookup(chars, b, we) != 0; // ("led by Yiming Zhou")
    }

    /** True while some short name of the group is still without its full name. */
    private static boolean open(List<Ref> group) {
        for (Ref r : group) {
            if (r.full == null) {
                return true;
            }
        }
        return false;
    }

    /** The capitalised words directly before text[s, e) (minus titles), joined with it; null if none. */
    private String fullNameEndingAt(int s, int e) {
        int begin = s;
        int k = s;
        int words = 0;
        while (words < 3) {
            int p = k - 1;
            if (p < 0 || chars[p] != ' ') {
                break;
            }
            if (words == 0 && p > 2 && isCloseMark(chars[p - 1])) {
                int o = p - 2; // Tamsin “Tam-Tam” Oduya: past the nickname to the first name
                while (o > 0 && o > p - 26 && !isOpenMark(chars[o])) {
                    o--;
                }
                if (o > 0 && isOpenMark(chars[o]) && chars[o - 1] == ' ' && Chars.isUpper(chars[o + 1])
                        && Chars.isLetter(chars[p - 2])) { // (a nickname: “Tam-Tam”, not a quote “x,”)
                    k = o;
                    continue;
                }
            }
            int we = p;
            int ws = we;
            while (ws > 0 && (Chars.isLetter(chars[ws - 1]) || chars[ws - 1] == '.'
                    || chars[ws - 1] == '-')) {
                ws--;
            }
            if (ws == we || !Chars.isUpper(chars[ws])) {
                break;
            }
            int wordEnd = chars[we - 1] == '.' ? we - 1 : we;
            long f = Lexicon.lookup(chars, ws, wordEnd);
            if (words == 0 && wordEnd - ws > 4 && chars[wordEnd - 1] == 'g' && chars[wordEnd - 2] == 'n'
                    && chars[wordEnd - 3] == 'i' && listedWordBefore(ws)) {
                break; // a headline's verb, not a first name: "Owner Is Hosting Crane Fundraiser" (but "Channing Tatum")
            }
            if ((f & (Lexicon.TITLE | Lexicon.HONORIFIC_MALE | Lexicon.HONORIFIC_FEMALE | Lexicon.STOP
                    | Lexicon.DETERMINER | Lexicon.TIME | Lexicon.SKIP | Lexicon.CUE_INVERT | Lexicon.OPENING_ADVERB
                    | Lexicon.PERSON_NOUN)) != 0) {
                break; // (and "Said Trump:", where the cue opens the sentence, "Suddenly Halvorsen", "Developer Rachel
                       // Tuomi")
            }
            if (we - ws > 2 && chars[we - 1] == '.') {
                break; // a sentence end, not an initial
            }
            begin = ws;
            k = ws;
            words++;
        }
        if (begin == s) {
            return null;
        }
        int g = e + 1;
        while (g < chars.length && (Chars.isLetter(chars[g]) || chars[g] == '-')) {
            g++;
        }
        if (e + 1 < chars.length && chars[e] == ' ' && chineseGivenName(new String(chars, e + 1, g - e - 1))) {
            e = g; // "Kelvin Yau Ming-fai": the given name written after the surname
        }
        return clean(begin, e);
    }

    /** text[s, e) with each run of white space made one space (a name broken over a line reads as one). */
    private String clean(int s, int e) {
        char[] b = new char[e - s];
        int len = 0;
        boolean space = false;
        for (int i = s; i < e; i++) {
            char c = chars[i];
            int nickEnd = len > 0 && space ? nicknameEnd(i, e) : -1;
            if (nickEnd > 0) {
                i = nickEnd; // Stavros “Steve” Kallergis: the nickname in quotes is no part of the name shown
            } else if (Chars.isSpace(c)) {
                space = len > 0;
            } else {
                if (space) {
                    b[len++] = ' ';
                    space = false;
                }
                b[len++] = c;
            }
        }
        return new String(b, 0, len);
    }

    private static boolean isOpenMark(char c) {
        return c == '\u201C' || c == '\u2018' || c == '"' || c == '\'';
    }

    private static boolean isCloseMark(char c) {
        return c == '\u201D' || c == '\u2019' || c == '"' || c == '\'';
    }

    /** The index of the mark that closes a quoted nickname opening at i (a word follows it before e), or -1. */
    private int nicknameEnd(int i, int e) {
        if (!isOpenMark(chars[i])) {
            return -1;
        }
        for (int j = i + 2; j + 1 < e; j++) {
            if (isCloseMark(chars[j]) && Chars.isSpace(chars[j + 1])) {
                return j;
            }
        }
        return -1;
    }

    private String lower(int s, int e) {
        StringBuilder b = new StringBuilder(e - s);
        for (int i = s; i < e; i++) {
            b.append(Lexicon.fold(chars[i]));
        }
        return b.toString();
    }

    private static String lowerWord(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            b.append(Lexicon.fold(w.charAt(i)));
        }
        return b.toString();
    }

    /** Lower-cased last word of a name, ignoring Jr./Sr./III and a trailing period. */
    /** A hyphenated romanised Chinese given name written after the surname: "Ming-fai", "Wing-sze" (not "Smith-Jones"). */
    private static boolean chineseGivenName(String w) {
        int h = w.indexOf('-');
        return h > 1 && h < w.length() - 2 && w.length() <= 10 && Character.isUpperCase(w.charAt(0))
                && Character.isLowerCase(w.charAt(h + 1)) && w.indexOf('-', h + 1) < 0;
    }

    static String surnameKey(String name) {
        String[] parts = name.split(" ");
        int k = parts.length - 1;
        while (k > 0 && (Lexicon.lookup(parts[k]) & Lexicon.NAME_SUFFIX) != 0) {
            k--;
        }
        if (k >= 2 && chineseGivenName(parts[k])) {
            k--; // "Kelvin Yau Ming-fai", "Stanley Wu Siu-tong": the surname stands before the Chinese given name
        }
        String w = parts[k];
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            b.append(Lexicon.fold(w.charAt(i)));
        }
        return b.toString();
    }
}
