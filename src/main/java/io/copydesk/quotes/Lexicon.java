package io.copydesk.quotes;

/**
 * The English word lists the attribution rules consult (speech verbs, pronouns, titles, vague-source nouns...),
 * held in one open-addressing table so a word inside the article can be looked up by its character range,
 * case-insensitively, without allocating a String.
 */
final class Lexicon {

    // ---- categories (bit flags; a word may be in several) ----
    /** A verb (or verb form) that attributes words to a speaker: said, told, wrote, called. */
    static final long CUE = 1L;
    /** A cue that may come before its speaker: "said Smith", "added the mayor". */
    static final long CUE_INVERT = 1L << 1;
    /** A participle cue ("saying", "adding"): after a comma its subject is the main clause's subject. */
    static final long CUE_PARTICIPLE = 1L << 2;
    /** A cue that takes the listener as object, which belongs to the cue: "told reporters". */
    static final long CUE_TELL = 1L << 3;
    /** A cue that names or labels rather than quotes speech when its subject is a thing: "a group called". */
    static final long CUE_NAMING = 1L << 4;
    /** A cue word that is more often a noun ("reports", "calls", "post"): a verb only after a name or pronoun. */
    static final long NOUNISH = 1L << 5;
    static final long PRONOUN = 1L << 6;
    /** he / she: resolved to the last named speaker. */
    static final long PERSON_PRONOUN = 1L << 7;
    /** "who" in "X, who said": the speaker is the relative pronoun's antecedent. */
    static final long RELATIVE = 1L << 8;
    static final long DETERMINER = 1L << 9;
    /** Auxiliaries and adverbs that may sit between a subject and its verb: "had earlier said". */
    static final long SKIP = 1L << 10;
    /** Words that end a noun phrase: conjunctions, prepositions, complementizers. */
    static final long STOP = 1L << 11;
    /** Job titles and honorifics written before a name: President, Gov., Mr. */
    static final long TITLE = 1L << 12;
    static final long HONORIFIC_MALE = 1L << 13;
    static final long HONORIFIC_FEMALE = 1L << 14;
    /** Nouns for unnamed sources: "a source", "officials", "people familiar with". */
    static final long VAGUE = 1L << 15;
    /** A following period does not end the sentence: Mr. Sen. Jan. */
    static final long ABBREV = 1L << 16;
    /** Nouns that introduce a quoted title: "the book", "a film", "titled". */
    static final long TITLE_CUE = 1L << 17;
    /** Words that introduce a quoted word as a word: "so-called", "the term", "nicknamed". */
    static final long SCARE_CUE = 1L << 18;
    /** Where something was said: "in a statement", "on Facebook" extends the cue. */
    static final long MEDIUM = 1L << 19;
    static final long TIME = 1L << 20;
    /** Lower-case parts of names: de, van, bin. */
    static final long NAME_PARTICLE = 1L << 21;
    static final long NAME_SUFFIX = 1L << 22;
    /** Words that stay lower case inside a title: of, the, and. */
    static final long SMALL = 1L << 23;
    /** Words after an apostrophe that make it an elision, not an opening quote: 'em, 'til, 'n'. */
    static final long ELISION = 1L << 24;
    static final long ACCORDING = 1L << 25;
    /** "quoted X as saying". */
    static final long QUOTED = 1L << 26;
    /** Prepositions that can start a "where said" phrase: in, on, during. */
    static final long MEDIUM_PREP = 1L << 27;
    /** Cue particles: "pointed out", "went on", "chimed in". */
    static final long PARTICLE = 1L << 28;
    /** Words that introduce a title or name without being speech: titled, entitled, named. */
    static final long TITLED = 1L << 29;
    /** Nouns for something said: "his claim that ...", "the mayor's remark". */
    static final long SPEECH_NOUN = 1L << 30;
    /** The core reporting verbs (say, tell, write, ask, add...): in a sentence with several cues, these win. */
    static final long SAY_CORE = 1L << 31;
    /** Forms of "be" and "get": a participle after them is an adjective or a passive ("was called"). */
    static final long BE = 1L << 32;
    /** Nouns for a person, which "he" or "she" can refer to: "the woman", "a voter", "her husband". */
    static final long PERSON_NOUN = 1L << 33;
    /** The last word of a law's, plan's or programme's name: “Working Families First Act”. */
    static final long LAW_NOUN = 1L << 34;
    /** Records that report what people said, besides the media in {@link #MEDIUM}: "according to the indictment". */
    static final long DOCUMENT = 1L << 35;
    /** Things that carry printed words and never speak for themselves: "signs say", "a plaque that read". */
    static final long SIGN = 1L << 36;
    /** One-word openers of a sentence that are neither its subject nor part of a name: "Then Tasker broke the silence:". */
    static final long OPENING_ADVERB = 1L << 37;
    /**
     * The last word of a place or an institution's name ("Elm Street", "Mercy Hospital"): such a run of capitals is no
     * person a pronoun can stand for. (Words that are also common surnames, Park, Hall, Lane, Church, Lake, are left
     * out.)
     */
    static final long PLACE = 1L << 38;
    /** Verbs whose title-case object in quotation marks is a work or a name: "played “Sweet Caroline”", "renamed". */
    static final long TITLE_VERB = 1L << 39;
    /** Nouns for a man or a boy, and for a woman or a girl: "Her husband, Pat," is a he. */
    static final long MALE_NOUN = 1L << 40;
    static final long FEMALE_NOUN = 1L << 41;
    /** Verbs whose object is a clause, standing before the clause's subject: "Court documents show Ruiz texted". */
    static final long CLAUSE_VERB = 1L << 42;

    private static final int CAPACITY = 8192; // power of two, > 3x the number of words
    private static final String[] KEYS = new String[CAPACITY];
    private static final long[] VALUES = new long[CAPACITY];

    private Lexicon() {
    }

    static {
        // Speech verbs that can also precede their speaker ("said Smith").
        add(CUE | CUE_INVERT,
                "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "continued", "continues",
                "explained", "explains", "noted", "notes", "recalled", "recalls", "replied", "replies", "responded",
                "responds", "answered", "answers", "declared", "declares", "insisted", "insists", "argued", "argues",
                "countered", "counters", "concluded", "concludes", "observed", "observes", "stated", "states",
                "warned", "warns", "cautioned", "claimed", "claims", "acknowledged", "acknowledges", "admitted",
                "admits", "conceded", "concedes", "complained", "complains", "remarked", "quipped", "quips", "joked",
                "jokes", "recounted", "recounts", "tweeted", "tweets", "posted", "shouted", "shouts", "yelled",
                "yells", "exclaimed", "whispered", "muttered", "predicted", "predicts", "promised", "promises",
                "vowed", "vows", "reported", "reports", "reads", "emphasized", "emphasised", "emphasizes", "stressed",
                "stresses", "suggested", "suggests", "urged", "urges", "boasted", "boasts", "bragged", "lamented",
                "laments", "mused", "muses", "agreed", "agrees", "pleaded", "demanded", "demands", "announced",
                "announces", "confirmed", "confirms", "chimed", "sang", "sings", "retorted", "laughed", "sighed",
                "marveled", "marvelled", "wondered", "wonders", "groaned", "cried", "proclaimed", "reiterated",
                "testified", "testifies", "opined", "interjected", "contended", "contends", "asserted", "asserts",
                "explained", "recalled", "chanted", "screamed", "texted", "emailed", "messaged", "elaborated",
                "advised", "recommended", "recommends", "attributed", "assured", "reminded", "underscored",
                "repeated", "echoed", "interrupted", "fumed", "scoffed", "snapped", "thundered", "offered", "pledged", "threatened", "speculated", "noted",
                "read", "begged", "objected", "protested", "disagreed", "summarized");
        // Base forms (after "would", "did not") and other verb forms that never precede the speaker.
        add(CUE,
                "say", "ask", "write", "written", "explain", "insist", "argue", "recall", "warn", "admit",
                "acknowledge", "complain", "declare", "predict", "suggest", "reply", "respond", "describe",
                "describes", "described", "shared", "shares", "denied", "denies", "put", "puts", "pointed", "points",
                "compared", "compares", "found", "finds", "commented", "comments", "scolded", "scolds", "lauded", "lauds",
                "credited", "wrote", "sang", "sung", "penned", "coined", "uttered", "spoken", "estimated", "estimates",
                "projected", "forecast", "forecasts", "ruled");
        add(CUE | CUE_INVERT, "commented", "scolded");
        add(SPEECH_NOUN,
                "claim", "claims", "remark", "remarks", "comment", "comments", "statement", "words", "assertion",
                "argument", "warning", "promise", "pledge", "description", "prediction", "quip", "retort", "boast",
                "complaint", "accusation", "admission", "insistence", "vow", "plea", "tweet", "post", "letter",
                "speech", "op-ed", "testimony", "missive", "declaration", "characterization", "contention",
                "message", "answer", "reply", "response", "verdict", "assessment", "description", "slogan", "motto",
                "mantra", "refrain", "catchphrase", "complaint", "insistence", "suggestion", "rallying", "reaction",
                "advice"); // ("Her advice to young reporters? “Read everything.”")
        add(CUE | CUE_TELL, "told", "tells", "telling", "tell", "informed", "informs");
        // Verbs that introduce partial quotes: "Okafor called the plan “reckless”."
        add(CUE | CUE_NAMING,
                "called", "calls", "call", "calling", "labeled", "labelled", "labels", "dubbed", "dubs", "termed",
                "terms", "branded", "brands", "characterized", "characterizes", "hailed", "hails", "praised",
                "praises", "criticized", "criticizes", "blasted", "blasts", "slammed", "slams", "decried", "decries",
                "derided", "derides", "mocked", "mocks", "touted", "touts", "denounced", "denounces", "condemned",
                "condemns", "accused", "accuses", "nicknamed", "named", "referred", "refers", "rated", "rates");
        add(CUE | CUE_PARTICIPLE,
                "saying", "adding", "asking", "writing", "noting", "explaining", "arguing", "insisting", "claiming",
                "warning", "describing", "declaring", "stating", "suggesting", "urging", "asserting", "recalling",
                "continuing", "pointing", "tweeting", "posting", "complaining", "joking", "predicting", "promising",
                "vowing", "boasting", "lamenting", "acknowledging", "admitting", "conceding", "charging", "accusing",
                "demanding", "announcing", "responding", "replying", "answering", "countering", "observing",
                "remarking", "stressing", "emphasizing", "singing", "chanting", "shouting", "yelling", "calling",
                "labeling", "quipping", "reiterating", "testifying", "sharing", "comparing", "referring",
                "commenting", "scolding", "rating", "telling", "raising", // ("raising slogans of “...”")
                "ruling"); // (", ruling Friday that the provisions are “...”"; as a noun, "the ruling", it is NOUNISH)
        add(NOUNISH,
                "call", "calls", "report", "reports", "post", "posts", "tweet", "tweets", "read", "reads", "claim",
                "claims", "note", "notes", "charge", "charges", "demand", "demands", "promise", "promises", "answer",
                "answers", "reply", "replies", "protest", "protests", "text", "texts", "counter", "counters",
                "stress", "terms", "states", "state", "point", "points", "brands", "share", "shares", "vows",
                "jokes", "shouts", "yells", "urges", "laments", "muses", "boasts", "warns", "remarks", "labels",
                "put", "puts", "offered", "ruling", "rates"); // ("interest rates could": "PolitiFact rates it" after a name)
        add(SAY_CORE,
                "said", "says", "say", "saying", "told", "tells", "telling", "wrote", "writes", "writing", "added",
                "adds", "adding", "asked", "asks", "explained", "explains", "noted", "notes", "stated", "states",
                "declared", "insisted", "insists", "argued", "argues", "claimed", "claims", "tweeted", "posted",
                "replied", "responded", "warned", "warns", "acknowledged", "recalled", "recalls", "continued",
                "testified", "commented", "announced", "reported", "reports");
        // General English speech verbs, inflected here: past and third person may precede the speaker
        // ("quipped Smith"), the -ing form is a participle. Irregular forms are spelled out as base|past|s|ing.
        speechVerbs(false,
                "acknowledge", "add", "admit|admitted|admits|admitting", "advise", "affirm", "agree",
                "allege", "announce", "argue", "ask", "assert", "assure", "aver|averred|avers|averring",
                "beg|begged|begs|begging", "bemoan", "blurt", "boast", "brag|bragged|brags|bragging", "caution", "chide",
                "chime", "complain", "concede", "conclude", "confess", "confide", "confirm", "contend", "continue",
                "deny", "describe", "dismiss", "elaborate", "emphasize", "emphasise", "exclaim", "explain",
                "fume", "grouse", "gripe", "grumble", "insist", "interject", "interrupt", "marvel|marveled|marvels|marveling",
                "maintain", "mumble", "muse", "mutter", "observe", "opine", "plead|pleaded|pleads|pleading",
                "posit", "predict", "proclaim", "propose", "recall", "recount", "reiterate",
                "rejoin", "remind", "repeat", "respond", "retort", "reveal", "say|said|says|saying", "scoff",
                "scold", "scream", "sing|sang|sings|singing", "speculate", "suggest", "summarize", "swear|swore|swears|swearing",
                "testify", "urge", "warn", "wonder",
                "write|wrote|writes|writing", "chirp", "bellow", "holler", "shriek", "stammer", "stutter", "concur|concurred|concurs|concurring",
                "rebut|rebutted|rebuts|rebutting", "retweet", "whine", "gloat", "sputter", "reassure",
                "lecture", "mention", "vouch", "fret|fretted|frets|fretting", "crow", "huff", "sniff", "seethe",
                "exult", "demur|demurred|demurs|demurring", "grouse", "kvetch", "hedge", "muse",
                "scoff", "marvel", "recollect", "reminisce", "inform", "clarify", "concur");
        speechVerbs(true,
                "volunteer", // ("helping volunteers and saying": a noun far more often than a verb)
                "answer", "boast", "charge", "chant", "claim", "comment", "counter", "cry", "demand", "echo",
                "email", "gasp", "groan", "gush", "hint", "joke", "lament", "laugh", "message", "moan", "murmur",
                "note", "object", "offer", "pledge", "post", "promise", "protest", "query", "question",
                "quip|quipped|quips|quipping", "rage", "rail", "rant", "rave", "reason", "remark", "reply", "report",
                "roar", "shout", "sigh", "snap|snapped|snaps|snapping", "sneer", "sob|sobbed|sobs|sobbing", "state",
                "stress", "taunt", "tease", "text", "thunder", "tweet", "vent", "vow", "wail", "whisper", "yell",
                "blog|blogged|blogs|blogging", "read|read|reads|reading");
        // Verbs that judge or portray in someone's words: "X ridiculed the idea as “crazy”", "X blamed it on “...”".
        add(CUE | CUE_NAMING,
                "ridiculed", "ridicules", "blamed", "blames", "defended", "defends", "dismissed", "dismisses",
                "portrayed", "portrays", "depicted", "depicts", "likened", "likens", "lambasted", "lambastes",
                "excoriated", "excoriates", "castigated", "castigates", "chided", "chides", "lauded", "applauded",
                "applauds", "commended", "commends", "celebrated", "welcomed", "welcomes", "attacked", "attacks",
                "ripped", "rips", "knocked", "panned", "pans", "belittled", "belittles", "disparaged",
                "disparages", "derided", "cited", "cites", "invoked", "invokes", "questioned", "rejected",
                "rejects", "challenged", "framed", "frames", "heralded", "heralds",
                "remembered", "remembers", "eulogized", "eulogizes", // ("Friends remember her as “...”": below)
                "defines", "defined"); // ("The policy defines harassment as “...”")
        // The -ing and base forms of the naming and judging verbs: "is praising Bush as “...”", "went on to call it".
        add(CUE | CUE_PARTICIPLE | CUE_NAMING,
                "labelling", "dubbing", "terming", "branding", "characterizing", "characterising", "hailing",
                "praising", "criticizing", "criticising", "blasting", "slamming", "decrying", "deriding", "mocking",
                "touting", "denouncing", "condemning", "ridiculing", "blaming", "defending", "dismissing",
                "portraying", "depicting", "likening", "lambasting", "excoriating", "castigating", "chiding",
                "lauding", "applauding", "commending", "welcoming", "attacking", "belittling", "disparaging",
                "citing", "invoking", "questioning", "rejecting", "heralding", "nicknaming");
        add(CUE | CUE_NAMING,
                "label", "dub", "term", "brand", "characterize", "characterise", "hail", "praise", "criticize",
                "criticise", "blast", "slam", "decry", "deride", "mock", "tout", "denounce", "condemn", "accuse",
                "ridicule", "blame", "defend", "dismiss", "portray", "depict", "liken", "lambaste", "excoriate",
                "castigate", "chide", "laud", "applaud", "commend", "belittle", "disparage", "cite", "invoke",
                "remember");
        add(NOUNISH, "label", "term", "brand", "hail", "praise", "blast", "slam", "mock", "tout", "blame", "cite",
                "rating"); // "its credit rating", "approval rating"
        add(CUE, "spoke", "speaks", "apologized", "apologizes", "implied", "implies", "expressed", "expresses",
                "voiced", "voices");
        add(BE, "be", "is", "was", "were", "are", "been", "being", "am", "get", "gets", "got", "become", "became",
                "seem", "seems", "seemed", "isn't", "wasn't", "aren't", "weren't", "it's", "that's", "he's", "she's",
                "they're", "we're", "i'm", "you're", "remain", "remains", "remained");
        add(PERSON_NOUN,
                "man", "woman", "men", "women", "mother", "father", "wife", "husband", "son", "daughter", "brother",
                "friend", "boy", "girl", "child", "resident", "voter", "student", "worker", "neighbor", "neighbour",
                "farmer", "driver", "patient", "victim", "witness", "owner", "parent", "grandmother", "grandfather",
                "uncle", "aunt", "teenager", "candidate", "nominee", "officer", "employee", "customer", "member",
                "supporter", "protester", "fan", "player", "guy", "gentleman", "mom", "dad", "widow", "survivor",
                "critic", "chef", "soldier", "sailor", "pilot", "medic", "athlete", // (pastor, nurse, veteran: titles)
                "family", // (no adverb for its -ly: "The family said the police were “too slow.”" was flagged)
                "villager", "colleague", "referee", "developer", "landlord", "tenant", "vendor", "shopkeeper");
        add(QUOTED, "quoted", "quoting", "quotes");
        add(ACCORDING, "according");

        add(PRONOUN, "he", "she", "they", "we", "i", "it", "you", "he'd", "she'd", "they'd", "we'd", "i'd", "he's",
                "she's", "he'll", "she'll");
        add(PERSON_PRONOUN, "he", "she", "he'd", "she'd", "he's", "she's", "he'll", "she'll");
        add(RELATIVE, "who", "which");
        add(DETERMINER,
                "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "one",
                "another", "some", "many", "several", "most", "few", "two", "three", "four", "five", "both", "each",
                "every", "any", "other", "all", "more", "such", "various", "numerous", "multiple", "certain");
        add(SKIP,
                "also", "later", "then", "had", "has", "have", "was", "is", "were", "are", "will", "would", "could",
                "should", "may", "might", "must", "did", "does", "do", "not", "never", "once", "first", "earlier",
                "previously", "recently", "repeatedly", "further", "often", "still", "again", "just", "quickly",
                "flatly", "simply", "reportedly", "apparently", "publicly", "privately", "openly", "bluntly",
                "angrily", "candidly", "frankly", "calmly", "himself", "herself", "themselves", "itself", "too",
                "even", "already", "ever", "has", "hasn't", "hadn't", "didn't", "doesn't", "don't", "won't",
                "wouldn't", "can't", "cannot", "can", "been", "being", "be", "only", "finally", "initially",
                "subsequently", "immediately", "long", "originally", "jokingly", "sarcastically",
                "famously", "memorably", "succinctly", "tersely", "proudly", "defiantly", "firmly", "emphatically",
                "now", "always", "soon", "afterward", "afterwards", "separately", "similarly", "likewise");
        add(STOP,
                "and", "or", "but", "nor", "so", "yet", "because", "as", "if", "when", "whenever", "while", "though",
                "although", "that", "which", "whom", "whose", "where", "after", "before", "since", "until", "unless",
                "than", "in", "on", "at", "of", "for", "with", "by", "from", "to", "into", "onto", "about", "over",
                "under", "during", "through", "without", "against", "among", "between", "across", "toward",
                "towards", "upon", "via", "per", "like", "despite", "within", "there", "here", "what", "how", "why",
                "whether", "throughout", "not", "is", "was", "are", "were", "be", "been", "has", "had", "have", "did", "does", "do",
                "then", "also", "even", "just", "only", "will", "would", "could", "should", "can", "may", "might",
                "must", "who", "me", "him", "them", "us", "it's", "that's", "there's", "what's", "let", "if",
                "ago", "around", "behind", "beyond", "near", "off", "out", "up", "down", "whatever", "whoever",
                "however", "therefore", "thus", "hence", "meanwhile", "still", "too", "very", "quite", "rather",
                "instead", "otherwise", "please", "yes", "no", "not", "never", "nothing", "everything", "anything",
                "something", "nobody", "no-one", "none", "everybody", "everyone", "anybody", "anyone",
                // prepositions of place ("marched along Main Street chanting"): no descriptor of a name after them
                "along", "alongside", "amid", "amidst", "beside", "beneath");
        add(TITLE,
                "president", "vice", "governor", "gov", "mayor", "senator", "sen", "representative", "rep",
                "congressman", "congresswoman", "secretary", "minister", "chancellor", "premier", "ambassador",
                "general", "gen", "lt", "col", "colonel", "sgt", "sergeant", "captain", "capt", "admiral", "adm",
                "maj", "major", "cmdr", "commander", "judge", "justice", "chief", "commissioner", "director",
                "chairman", "chairwoman", "chair", "ceo", "spokesman", "spokeswoman", "spokesperson", "speaker",
                "leader", "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "archbishop", "rabbi",
                "imam", "reverend", "rev", "father", "sister", "dr", "doctor", "prof", "professor", "mr", "mrs", "ms",
                "miss", "mx", "sir", "dame", "lord", "lady", "attorney", "prosecutor", "sheriff", "officer",
                "detective", "coach", "nominee", "candidate", "founder", "pres", "supt", "superintendent", "det",
                "insp", "inspector", "hon", "atty", "engr", "eng", "councilman", "councilwoman", "councillor", "councilor",
                "alderman", "assemblyman", "assemblywoman", "delegate", "del", "lawmaker", "legislator", "treasurer",
                "comptroller", "auditor", "deputy", "assistant", "acting", "former", "sheikh", "emir", "sultan",
                "ayatollah", "chairperson", "executive", "manager", "editor", "anchor", "host", "correspondent",
                "analyst", "economist", "strategist", "pollster", "adviser", "advisor", "aide", "counsel", "lawyer",
                "minority", "majority", "whip", "press", "first", "elect", "president-elect", "republican", "democrat",
                "democratic", "gop", "independent", "conservative", "liberal", "progressive", "libertarian",
                "billionaire", "businessman", "businesswoman", "activist", "actor", "actress", "singer", "rapper",
                "author", "writer", "columnist", "reporter", "journalist", "commentator", "host", "star", "veteran",
                "rep.", "sen.", "gov.", "governor-elect", "mayor-elect", "co-founder", "owner", "head", "boss",
                "administrator", "organizer", "pastor", "principal", "supervisor", "clerk", "trustee", "consultant",
                "scientist", "researcher", "historian", "physician", "surgeon", "nurse", "teacher", "coordinator",
                "agent", "firefighter", "moderator", "ombudsman", "regent", "provost", "dean", "chaplain", "prime",
                "cllr", "mp", "mep", "taoiseach",
                "brig", "brigadier", "cpl", "corporal", "pvt", "spc", "pfc", // ("Brig. Gen. Natalie Rourke")
                "constable", // ("Chief Constable Ian Reece")
                // titles written before names in other newsrooms: "Councilmember Harriet Szabo", "Senior Magistrate
                // Deborah Lutchman-Moore", "Datuk Wira Sulaiman Hamid", "COO Imran Qureshi" (not "Elder" or "Tun",
                // which are surnames too: Larry Elder, Aung Kyaw Tun)
                "councilmember", "assemblymember", "magistrate", "collector", "datuk", "dato", "datin", "seri",
                "mla", "mlc", "igp", "dsp", "dcp", "coo", "cfo", "cto");
        add(HONORIFIC_MALE, "mr", "sir", "lord", "king", "prince", "father", "messrs", "shri");
        add(HONORIFIC_FEMALE, "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "smt", "shrimati");
        add(VAGUE,
                "source", "sources", "official", "officials", "insider", "insiders", "aide", "aides", "adviser",
                "advisers", "advisor", "advisors", "authorities", "observers", "critics", "experts", "analysts",
                "people", "person", "someone", "somebody", "others", "diplomat", "diplomats", "staffer", "staffers",
                "operative", "operatives", "confidant", "confidants", "associates", "allies", "reports", "rumors",
                "many", "some", "individuals", "individual", "insider", "familiar", "knowledgeable", "supporters",
                "opponents", "detractors", "skeptics", "sceptics", "proponents", "backers", "defenders", "advocates",
                "activists", "economists", "strategists");
        add(ABBREV,
                "mr", "mrs", "ms", "dr", "prof", "atty", "engr", "eng", "sr", "jr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
                "capt", "cmdr", "adm", "maj", "pres", "supt", "det", "insp", "rev", "hon", "messrs", "inc", "corp",
                "brig", "cpl", "pvt", "spc", "pfc", "cdr",
                "co", "ltd", "llc", "bros", "vs", "v", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept",
                "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "ft", "mt",
                "ave", "blvd", "dept", "univ", "approx", "est", "fig", "vol", "ala", "ariz", "ark", "calif", "colo",
                "conn", "fla", "ga", "kan", "ky", "md", "mich", "minn", "mont", "neb", "nev", "okla", "tenn", "tex",
                "va", "vt", "wis", "wyo", "cllr", "no", "nos", "pp", "ph", "e.g", "i.e", "etc", "al");
        add(TITLE_CUE,
                "titled", "entitled", "book", "books", "film", "films", "movie", "movies", "song", "songs", "show",
                "shows", "series", "competition", "album", "novel", "memoir", "documentary", "play", "musical", "poem", "anthem",
                "hymn", "slogan", "motto", "hashtag", "headline", "column", "op-ed", "essay", "article", "bill",
                "program", "programme", "podcast", "episode", "segment", "sitcom", "exhibit", "exhibition", "tour",
                "magazine", "newspaper", "report", "study", "paper", "opera", "ballad", "track", "single", "forum",
                "conference", "summit", "initiative", "plan", "act", "law", "campaign", "petition", "title", "story", "sign",
                "signs", "banner",
                "placard", "t-shirt", "shirt", "hat", "hats", "cap", "caps", "sticker", "stickers", "t-shirts",
                "shirts", "banners", "placards", "button", "buttons", "poster", "posters", "billboard", "billboards",
                "ad", "ads", "advertisement", "commercial", "commentary",
                // genres and kinds of work, as entertainment copy names them: "the heist comedy “Small Hours”"
                "thriller", "thrillers", "comedy", "comedies", "drama", "dramas", "procedural", "sequel", "prequel",
                "franchise", "biopic", "miniseries", "docuseries", "reboot", "spinoff", "spin-off", "remake",
                "blockbuster", "hit", "breakout", "mixtape", "sitcoms", "anthology", "trilogy", "finale", "rendition",
                // a rule or regulation in apposition: "has proposed a rule, “Carrier Registration Integrity,” that"
                "rule", "regulation", "hymnal", "devotional", "guide", "handbook", "cookbook", "textbook");
        add(LAW_NOUN, "act", "bill", "law", "plan", "initiative", "amendment", "program", "programme", "project",
                "agenda", "fund", "ordinance", "resolution", "accord", "compact", "pledge", "strategy");
        add(SIGN, "inscription", "inscriptions",
                "sign", "signs", "banner", "banners", "placard", "placards", "shirt", "shirts", "t-shirt", "t-shirts",
                "poster", "posters", "billboard", "billboards", "sticker", "stickers", "plaque", "plaques");
        add(DOCUMENT, "indictment", "report", "transcript", "documents", "document", "filings", "exhibit", "records",
                "complaint", "lawsuit", "invoices", "audio", "recording", "minutes", "messages", "affidavit",
                "affidavits", "petition", "excerpts", "excerpt");
        add(TITLED, "titled", "entitled", "named", "nicknamed", "dubbed", "christened", "renamed", "headlined",
                "code-named", "codenamed");
        add(SCARE_CUE,
                "so-called", "term", "word", "phrase", "label", "nickname",
                "nicknamed", "dubbed", "known", "moniker", "catchphrase", "buzzword", "euphemism", "quote-unquote",
                "self-described", "self-styled");
        add(MEDIUM,
                "statement", "statements", "post", "posts", "tweet", "tweets", "interview", "interviews", "email",
                "e-mail", "emails", "letter", "speech", "video", "message", "release", "conference", "briefing",
                "facebook", "twitter", "instagram", "telegram", "youtube", "tiktok", "linkedin", "threads", "radio",
                "television", "tv", "podcast", "broadcast", "hearing", "rally", "appearance", "op-ed", "blog",
                "memo", "call", "text", "remarks", "address", "testimony", "filing", "affidavit", "note", "cnn",
                "msnbc", "fox", "nbc", "abc", "cbs", "npr", "bbc", "event", "meeting", "session", "debate",
                "ceremony", "speech", "podium", "book", "column", "essay", "editorial", "newsletter", "livestream",
                "broadcast", "announcement", "update", "thread", "reddit", "x", "truth", "social", "site", "website",
                "channel", "show", "program", "summit", "forum");
        add(MALE_NOUN, "husband", "father", "son", "brother", "man", "boy", "grandfather", "uncle", "nephew", "dad",
                "widower", "boyfriend", "grandson");
        add(FEMALE_NOUN, "wife", "mother", "daughter", "sister", "woman", "girl", "grandmother", "aunt", "niece",
                "mom", "mum", "widow", "girlfriend", "granddaughter");
        add(CLAUSE_VERB, "show", "shows", "showed", "reveal", "reveals", "revealed", "suggest", "suggests",
                "indicate", "indicates", "believe", "believes", "think", "thinks"); // (not "hope": Greater New Hope)
        add(TITLE_VERB, "played", "plays", "playing", "sang", "sings", "singing", "performed", "performs", "covered",
                "covers", "recorded", "records", "released", "releases", "rename", "renamed", "renames", "renaming");
        add(PLACE, "street", "avenue", "road", "boulevard", "drive", "highway", "county", "city", "river", "valley",
                "hospital", "university", "college", "school", "station", "airport", "stadium", "arena", "museum",
                "library", "square", "plaza", "mall", "hotel", "district", "township", "island", "creek", "center",
                "centre", "department", "ministry", "committee", "council", "agency", "institute", "foundation",
                "association", "company", "corporation", "clinic",
                // organisations are no he or she either ("Human Rights Watch disputed that. “...,” he said.")
                "watch", "coalition", "alliance", "federation", "league", "society", "network", "commission",
                "authority", "bureau");
        add(OPENING_ADVERB,
                // (not "soon", "today", "tonight", "still": "Soon Yi Park", "Today Show co-host", "Still Waters Church")
                "then", "finally", "now", "later", "suddenly", "eventually", "afterward", "afterwards", "instead",
                "meanwhile", "yesterday", "earlier", "again", "also");
        add(MEDIUM_PREP, "in", "on", "during", "via", "through", "at", "to");
        add(TIME,
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
                "tonight", "earlier", "later", "recently", "last", "week", "month", "year", "morning", "afternoon",
                "evening", "night", "weekend", "january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december", "now", "then", "previously", "once",
                // openers of time and place that are no subject and no name: "Moments later, from somewhere near the
                // doors, came another voice:", "Somewhere near the bleachers, a chant kept rising:", "Shortly after"
                "moments", "somewhere", "elsewhere", "shortly",
                // spans of time a subject spends doing something: "spent much of the primary season calling X “...”"
                "season");
        add(NAME_PARTICLE,
                "de", "del", "della", "der", "den", "di", "da", "du", "van", "von", "bin", "ibn", "al", "el", "la",
                "le", "dos", "das", "ter", "ten", "y", "al-", "abu", "bint");
        add(NAME_SUFFIX, "jr", "sr", "ii", "iii", "iv", "jr.", "sr.");
        add(SMALL,
                "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with",
                "from", "as", "into", "vs", "via", "per", "is", "are", "be", "it", "its", "up", "off", "out", "over",
                "so", "than", "that", "this", "not", "no", "&");
        add(ELISION, "em", "til", "tis", "twas", "cause", "n", "bout", "round", "nuff", "till", "cos", "ol", "twere",
                "neath", "gainst", "tween", "scuse");
        add(PARTICLE, "out", "on", "in", "back", "up");
        // "shot back", "fired back", "hit back": speech verbs only with their particle (checked in usableCue)
        add(CUE | CUE_INVERT, "shot", "fired", "hit");
    }

    /**
     * Adds speech verbs with their inflections: past and third person singular are cues that may precede the
     * speaker, the -ing form is a participle cue. {@code nounish}: the third-person form is also a common noun
     * ("claims", "reports"), so it only counts as a verb after a name or pronoun.
     */
    private static void speechVerbs(boolean nounish, String... specs) {
        for (String spec : specs) {
            String[] f = spec.split("\\|");
            String base = f[0];
            String past = f.length > 1 ? f[1] : past(base);
            String third = f.length > 2 ? f[2] : third(base);
            String ing = f.length > 3 ? f[3] : ing(base);
            add(CUE | CUE_INVERT, past, third);
            add(CUE | CUE_PARTICIPLE, ing);
            if (nounish) {
                add(NOUNISH, third, base);
            }
        }
    }

    private static boolean consonantY(String w) {
        return w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0;
    }

    private static String past(String w) {
        if (w.endsWith("e")) {
            return w + "d";
        }
        return consonantY(w) ? w.substring(0, w.length() - 1) + "ied" : w + "ed";
    }

    private static String third(String w) {
        if (w.endsWith("s") || w.endsWith("sh") || w.endsWith("ch") || w.endsWith("x") || w.endsWith("z")
                || w.endsWith("o")) {
            return w + "es";
        }
        return consonantY(w) ? w.substring(0, w.length() - 1) + "ies" : w + "s";
    }

    private static String ing(String w) {
        if (w.endsWith("ie")) {
            return w.substring(0, w.length() - 2) + "ying";
        }
        if (w.endsWith("e") && !w.endsWith("ee")) {
            return w.substring(0, w.length() - 1) + "ing";
        }
        return w + "ing";
    }

    private static void add(long flags, String... words) {
        for (String w : words) {
            int slot = hash(w) & (CAPACITY - 1);
            while (KEYS[slot] != null && !KEYS[slot].equals(w)) {
                slot = (slot + 1) & (CAPACITY - 1);
            }
            if (KEYS[slot] == null) {
                KEYS[slot] = w;
            }
            VALUES[slot] |= flags;
        }
    }

    /** Lower-cases one character the way the table keys are written (and ’ ‘ become '). */
    static char fold(char c) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        if (c == '\u2011' || c == '\u2010') {
            return '-';
        }
        return Character.toLowerCase(c);
    }

    /** Hash of a word as the table keys it (case-folded), computed straight from the text. */
    static int hash(char[] s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + fold(s[i]);
        }
        return h ^ (h >>> 15);
    }

    /** The category flags of the word text[from, to) (0 when it is in no list). No allocation. */
    static long lookup(char[] text, int from, int to) {
        int len = to - from;
        if (len <= 0 || len > 24) {
            return 0;
        }
        int slot = hash(text, from, to) & (CAPACITY - 1);
        while (true) {
            String k = KEYS[slot];
            if (k == null) {
                return 0;
            }
            if (k.length() == len && sameFolded(k, text, from)) {
                return VALUES[slot];
            }
            slot = (slot + 1) & (CAPACITY - 1);
        }
    }

    private static boolean sameFolded(String key, char[] text, int from) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != fold(text[from + i])) {
                return false;
            }
        }
        return true;
    }

    /** True when text[from, to) equals the lower-case word w, ignoring case. */
    static boolean is(char[] text, int from, int to, String w) {
        return to - from == w.length() && sameFolded(w, text, from);
    }

    /** {@link #hash(char[], int, int)} of a whole word (building the table, keying names). */
    static int hash(String w) {
        return hash(w.toCharArray(), 0, w.length());
    }

    /** {@link #lookup(char[], int, int)} of a whole word. */
    static long lookup(String w) {
        return lookup(w.toCharArray(), 0, w.length());
    }
}
