package io.copydesk.quotes;

import org.junit.jupiter.api.Test;

import static io.copydesk.quotes.Detect.analyze;
import static io.copydesk.quotes.Detect.attributed;
import static io.copydesk.quotes.Detect.kindOf;
import static io.copydesk.quotes.Detect.quoteWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Hand-written sentences for the seventeenth round's rules, found on a Hong Kong English daily, Caribbean
 * newspapers, US trade press and a US student newspaper written for the project (docs/review-service.md): class
 * years after names, adverbs inside a speaker's noun phrase, adjectival participles, spokespeople named with their
 * portfolio, a role that paraphrases before a quote paragraph, and titles of songs and rules.
 */
class TradeAndCampusPressRulesTest {

    @Test
    void classYearAfterAName_isPartOfTheSpeakersMention() {
        Quote q = attributed("“I couldn’t look,” Kowalczyk ’25 said.", "look", "Kowalczyk");
        assertEquals("said", q.cue().text());
        attributed("Her roommate, Grace Liu '27, a biochemistry major, said: \"I grabbed my laptop.\"", "laptop",
                "Grace Liu");
        // a mark before two digits with no name before it is still an apostrophe of a decade
        assertEquals(1, analyze("“It was the ’90s,” she said.").quotes().size());
    }

    @Test
    void adverbAfterTheArticle_staysInTheNounPhrase() {
        Quote q = attributed("“I have never held one of these,” a visibly emotional Poon told the audience.", "held",
                "a visibly emotional Poon");
        assertEquals("Poon", q.speaker().name());
        attributed("“I have never held one of these,” said a visibly emotional Poon.", "held",
                "a visibly emotional Poon");
    }

    @Test
    void participleAfterAPossessive_isAnAdjective() {
        attributed("The union rejected Acme's proposed contract, calling it \"an insult.\"", "insult", "The union");
        Quote q = quoteWith(analyze("Lam said prices would fall, although she added that a cut in US interest rates "
                + "could “change the mood very quickly”."), "change the mood");
        assertEquals("added", q.cue().text()); // "rates" is the noun of "interest rates", not a verb of rating
    }

    @Test
    void accusedOf_isPassive() {
        assertEquals(Kind.SCARE, kindOf("Police smash ‘fake official’ scam ring accused of cheating elderly\n\n"
                + "Police have arrested 19 people.", "fake official"));
    }

    @Test
    void spokespersonOnAPortfolio_isNamedByTheNameAfterIt() {
        Quote q = attributed("Opposition spokesman on health Dr Marcus Price accused the Government of being “asleep "
                + "at the wheel”.", "asleep", "Opposition spokesman on health Dr Marcus Price");
        assertEquals("Marcus Price", q.speaker().name());
        q = attributed("“It was a missed opportunity,” said Labour’s spokesperson on foreign affairs Ged Nash.",
                "missed", "Labour’s spokesperson on foreign affairs Ged Nash");
        assertEquals("Ged Nash", q.speaker().name());
    }

    @Test
    void titleAndOfficeBeforeAnAppositiveName_nameTheOfficeHolder() {
        Quote q = attributed("Minister of Finance, Dr Ann Lee, told reporters it would happen “as early as next "
                + "Friday”.", "next Friday", "Minister of Finance, Dr Ann Lee");
        assertEquals("Ann Lee", q.speaker().name());
    }

    @Test
    void roleThatParaphrases_speaksTheQuoteParagraphAfterIt() {
        attributed("The minister spoke first. But the minister told reporters that the battle would be won or lost "
                + "in people’s yards.\n\n“Fogging is not the answer.”", "Fogging", "the minister");
        // a thing or a group is not a speaker of the next paragraph's quote
        Quote q = quoteWith(analyze("The company spoke. The company told reporters that the battle would be won."
                + "\n\n“Fogging is not the answer.”"), "Fogging");
        assertNull(q.speaker());
    }

    @Test
    void songsAndRules_areTitles() {
        assertEquals(Kind.TITLE, kindOf("He delivered a high-octane rendition of his road march contender “Wine It "
                + "Down (Till Ah Reach)” to take the title.", "Wine It Down"));
        assertEquals(Kind.TITLE, kindOf("The agency has proposed a rule, \"Carrier Registration Integrity and "
                + "Identity Verification,\" that would require new carriers to verify identities.", "Carrier"));
    }

    @Test
    void openersOfTimeAndPlace_areNoSpeakersAndNoNames() {
        Quote q = quoteWith(analyze("Haskell did not let that go. Shortly after midnight, he wrote on Twitter: “Sad!”"),
                "Sad");
        assertEquals("Haskell", q.speaker().name()); // not "Shortly"
        q = quoteWith(analyze("Haskell did not let that go. Shortly after midnight, on Twitter: “Sad!”"), "Sad");
        assertEquals(Status.UNSOURCED, q.status());
        q = quoteWith(analyze("The room was quiet. Somewhere near the bleachers, a chant kept rising: “Keep it open!”"),
                "Keep it open");
        assertEquals(Status.UNSOURCED, q.status()); // a chant nobody is named for, not a speaker called "Somewhere"
    }

    // ------------------------------------------------------------------ eighteenth round (religion, military, TV, UK local)

    @Test
    void militaryRanks_areAbbreviationsAndTitles() {
        Quote q = attributed("\"We are not going,\" Brig. Gen. Natalie Rourke, the Army's officer, said.", "going",
                "Brig. Gen. Natalie Rourke");
        assertEquals("Natalie Rourke", q.speaker().name());
    }

    @Test
    void byCallingAfterAOneClauseSentence_isTheSubjects() {
        attributed("Sen. Claire Whitford, the subcommittee's chairwoman, opened the hearing by calling the company's "
                + "record \"a betrayal of the families.\"", "betrayal", "Sen. Claire Whitford");
        // "citing" names a term, and a clause after "to" has a subject of its own
        assertEquals(Kind.SCARE, kindOf("Ferrante’s government has defended the rules by citing the so-called “pull "
                + "factor” — the claim that rescue ships encourage crossings.", "pull factor"));
    }

    @Test
    void descriptionBeforeAName_isPartOfTheMention() {
        Quote q = attributed("On X, film critic Priya Dasgupta took the opposite view, writing that the movie “plays "
                + "like a sermon.”", "sermon", "film critic Priya Dasgupta");
        assertEquals("Priya Dasgupta", q.speaker().name());
        q = attributed("Its chairman, retired engineer Derek Ransome, said: “We will.”", "We will",
                "Its chairman, retired engineer Derek Ransome");
        assertEquals("Derek Ransome", q.speaker().name());
        attributed("Smith, flanked by aides, said: “We will.”", "We will", "Smith"); // a participle phrase still
    }

    @Test
    void ageAndPlaceOfOrigin_areAppositivesOfTheName() {
        attributed("Margaret Ellery, 68, of Sandpiper Close, whose back garden overlooks the site, said: ‘I’ve lived "
                + "here 41 years.’", "41 years", "Margaret Ellery");
    }

    @Test
    void partyTagBeforeTheVerb_keepsTheClauseSubject() {
        attributed("It came two days after Gov. Dale Hendricks (R) told reporters he was “seriously considering” it.",
                "seriously", "Gov. Dale Hendricks");
    }

    @Test
    void constituencyWithAnd_andHeadlineRoleBeforeAColon() {
        Quote q = attributed("Ottersby and Calder Dale MP Rebecca Sowden raised the flooding in the Commons, telling "
                + "MPs her constituents had been ‘let down time and time again’.", "let down",
                "Ottersby and Calder Dale MP Rebecca Sowden");
        assertEquals("Rebecca Sowden", q.speaker().name());
        q = attributed("“We won,” Smith and Jones said.", "We won", "Smith and Jones");
        assertEquals("Smith and Jones", q.speaker().name()); // both, not the last name alone
        // two people or two places before a verb are not one constituency: the first stays the subject, as before
        attributed("Ruiz and Lee issued a statement calling the ruling “a travesty.”", "travesty", "Ruiz");
        attributed("Port Calder mayor: Sending Guard troops would be ‘pouring gasoline’ on city’s violence\n\nPort "
                + "Calder Mayor Renata Solis said Sunday that deploying troops was wrong.", "pouring",
                "Port Calder mayor");
    }

    @Test
    void thatWasHowWithAnAppositive_namesTheSpeaker() {
        attributed("He asked.\n\n“We lost everything. The boat, the house, the nets.” That was how Ioane Fale, a "
                + "54-year-old fisherman in Nakoru, summed up the storm’s toll.", "lost everything", "Ioane Fale");
    }

    @Test
    void namesOfThingsAndWorks_areNobodysWords() {
        assertEquals(Kind.TITLE, kindOf("She registered a company under the name “Brendan Maintenance Services,” then "
                + "recorded the payments.", "Brendan"));
        assertEquals(Kind.TITLE, kindOf("He listed them under the username “SeaDogSurplus.” Several were recovered.",
                "SeaDog"));
        assertEquals(Kind.TITLE, kindOf("The backlist includes the bestselling devotional “Morning Bread” and more.",
                "Morning Bread"));
        assertEquals(Kind.TITLE, kindOf("He had found his film.\n\n“The Lamp in the Window,” which opens nationwide "
                + "Friday, follows four sisters.", "Lamp"));
        assertEquals(Kind.SCARE, kindOf("A severe flood warning – meaning ‘danger to life’ – was issued at 2.15am.",
                "danger"));
    }

    // ------------------------------------------------------------------ nineteenth round (2016-style US politics)

    @Test
    void roleWordsBetweenCapitalsAndAName_areOneSubject() {
        Quote q = attributed("Republican presidential nominee Dalton Crane spent much of the debate on the attack, "
                + "calling his rival a “total disaster” on trade.", "total disaster",
                "Republican presidential nominee Dalton Crane");
        assertEquals("Dalton Crane", q.speaker().name());
        attributed("Harbor City Mariners linebacker Darius Pruitt remained seated, saying afterward that he would not "
                + "“stand up for a flag.”", "stand up", "Harbor City Mariners linebacker Darius Pruitt");
    }

    @Test
    void appositiveNameWithAPartyTag_namesTheRole() {
        Quote q = attributed("The bill's sponsor, state Rep. Darla Fenske (R-Cape Hollis), said the timing was “no "
                + "accident whatsoever.”", "no accident", "The bill's sponsor, state Rep. Darla Fenske");
        assertEquals("Darla Fenske", q.speaker().name());
    }

    @Test
    void volunteersIsANoun_andAStatementMondayIsStillTheSubjectsStatement() {
        attributed("Ohio Gov. Dwight Pelham took a third approach, sending volunteers to help at a shelter and saying in "
                + "a statement that he would “not be adding to the traffic.”", "traffic", "Ohio Gov. Dwight Pelham");
        attributed("The Harbor City Police Benevolent Association released a statement Monday calling the protest "
                + "“disgraceful” and urging the team to act.", "disgraceful",
                "The Harbor City Police Benevolent Association");
    }

    @Test
    void thatWasTheVerdictOf_inTheNextParagraph_namesTheSpeaker() {
        attributed("Some blamed the floods on the weather.\n\n\"When you've lost everything, you don't care what party "
                + "somebody's in.\"\n\nThat was the verdict of the Rev. Elijah Batiste, the pastor of Greater New Shiloh.",
                "lost everything", "the Rev. Elijah Batiste");
        // any other next paragraph leaves the quote paragraph unsourced
        Quote q = quoteWith(analyze("Some blamed the weather.\n\n\"You care who shows up.\"\n\nThe Rev. Elijah "
                + "Batiste runs the shelter."), "shows up");
        assertEquals(Status.UNSOURCED, q.status());
    }

    @Test
    void headlineSpeakerAfterASemicolon_andAFilmByItsDirector() {
        attributed("Mariners Linebacker Sits During National Anthem; Police Union: 'Disgraceful'\n\nHARBOR CITY — The "
                + "linebacker sat.", "Disgraceful", "Police Union");
        assertEquals(Kind.TITLE, kindOf("He won.\n\n“House Money,” directed by Oscar-nominated filmmaker Lena Varga, "
                + "follows a dozen former employees.", "House Money"));
    }

    // ------------------------------------------------------------------ review of the seventeenth to nineteenth rounds

    @Test
    void narrowedRules_leaveTheOldReadingsAlone() {
        // 's as "has" before a verb of naming: the subject speaks
        attributed("The governor’s praised volunteers as “heroes.”", "heroes", "The governor’s");
        // a present-tense verb and its object are no role and name
        attributed("Ruiz visits teacher Ana Lopez, calling her “a hero.”", "hero", "Ruiz");
        // a rank is a title, not an unnamed source
        assertEquals(Status.ATTRIBUTED, quoteWith(analyze("“We held the line,” the brigadier said."), "held").status());
        // a singular role ending in -ss paraphrases too
        attributed("The witness spoke first. But the witness told the court that it was dark.\n\n“I could not see.”",
                "could not", "the witness");
        // a portfolio of two words, read leftwards from the verb
        Quote q = attributed("Opposition spokesman on foreign affairs Dr Marcus Price said the budget was “a con "
                + "job.”", "con job", "Opposition spokesman on foreign affairs Dr Marcus Price");
        assertEquals("Marcus Price", q.speaker().name());
    }

    @Test
    void quotedNameGivenToTheSubject_doesNotCutItOffItsVerb() {
        attributed("The group, known as “the Squad,” said it would fight “every step of the way.”", "every step",
                "The group");
        attributed("Maria Lopez, whose husband serves with the brigade, known across the post as the “Desert Hawks,” "
                + "said the housing was “a disgrace.”", "disgrace", "Maria Lopez");
    }
}
