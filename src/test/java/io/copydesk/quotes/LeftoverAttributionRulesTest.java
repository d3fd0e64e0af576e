package io.copydesk.quotes;

import org.junit.jupiter.api.Test;

import static io.copydesk.quotes.Detect.analyze;
import static io.copydesk.quotes.Detect.attributed;
import static io.copydesk.quotes.Detect.kindOf;
import static io.copydesk.quotes.Detect.quoteWith;
import static io.copydesk.quotes.Detect.statusOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hand-written sentences for the twenty-fifth round (docs/review-service.md): what is left of a sentence when its
 * speaker and verb of saying are gone must not read as an attribution (a time phrase, a photo, an article, the
 * question an "Asked ..." clause puts), and a short partial quote must not be taken for a scare quote because of
 * a word near it that only looks like a naming signal.
 */
class LeftoverAttributionRulesTest {

    @Test
    void timePhraseOpeningAColonLeadIn_isNoSpeaker() {
        assertEquals(Status.UNSOURCED, statusOf("Ruiz lost. Minutes later: “She said it 11 times.”", "11 times"));
        assertEquals(Status.UNSOURCED, statusOf("The vote passed. Two days later, a post on X: “We are not done.”",
                "not done"));
        assertEquals(Status.UNSOURCED, statusOf("Ruiz lost. Late Tuesday a link with a message: “Stand by it.”",
                "Stand by"));
        // a speaker after the time phrase is still the speaker, and a subject that met later still speaks
        attributed("Ruiz lost. An hour later, Kent wrote on X: “Patience.”", "Patience", "Kent");
        attributed("Ruiz lost. Minutes later, the mayor said: “We are not done.”", "not done", "the mayor");
        attributed("Ruiz spoke later: “We have a deal.”", "deal", "Ruiz");
    }

    @Test
    void thingThatCarriesWords_beforeAColonWithoutAVerb_isNoSpeaker() {
        assertEquals(Status.UNSOURCED, statusOf("The crew mourned. A photograph of Callahan on its page Monday night, "
                + "with a short message: “Rest easy, Captain.”", "Rest easy"));
        assertEquals(Status.UNSOURCED, statusOf("The bottom line: the mood, bluntly: “Nobody agrees.”", "Nobody"));
        // a person before a colon without a verb still introduces the words (PolNeAR's "X, in a statement:")
        attributed("Ana Ruiz, a Republican from Kentucky, shortly after the count: “Get it done.”", "done",
                "Ana Ruiz");
        // and the owner of a thing said still does
        attributed("The message from the governor was blunt: “Go home.”", "Go home", "the governor");
    }

    @Test
    void articleAloneAfterTheQuote_isNoSubject() {
        // "the trustees." has no verb: the -s word was read as one and the article as its subject
        assertEquals(Status.UNSOURCED, statusOf("Ruiz spoke. “I am not asking you to burn it,” the trustees.", "burn it"));
        assertEquals(Status.UNSOURCED, statusOf("“It is better than nothing,” a mathematics teacher at the school.",
                "better than"));
        // a determiner, a noun and a verb the lexicon does not know still attribute
        attributed("“We are thrilled,” the trustees beamed.", "thrilled", "the trustees");
        attributed("“We are thrilled,” the coach beamed.", "thrilled", "the coach");
    }

    @Test
    void verbInsideAnAskedClause_isNoCue() {
        assertEquals(Status.UNSOURCED, statusOf("Asked whether bank executives should face criminal charges, "
                + "“If laws were broken, people will be held accountable.”", "laws were broken"));
        attributed("Asked whether bank executives should face criminal charges, Ruiz said, “If laws were broken, "
                + "people will be held accountable.”", "laws were broken", "Ruiz");
    }

    @Test
    void quotedWordAfterAnAuxiliary_staysAScareQuote() {
        // (tried: after "has"/"was" a short quote as someone's words; ironic quotes are as common there)
        assertEquals(Kind.SCARE, kindOf("The platform has “shadow banned” dozens of accounts.", "shadow"));
        assertEquals(Kind.SCARE, kindOf("The bill kept the notorious “sunset clause” provision.", "sunset"));
    }

    @Test
    void appositiveWithoutAComma_isNoAppositive() {
        // "“confident” the bill": the bill is the subject of the next clause, not a name for the quoted word
        attributed("I caught Brimley in the hallway. He told me he was “confident” the bill would pass next week.",
                "confident", "He");
        // with the comma inside the marks it is one
        assertEquals(Kind.SCARE, kindOf("The cameras caught its “lightning round,” a segment meant for rookies.",
                "lightning"));
    }

    @Test
    void appositiveThatIsAThingSaid_keepsTheQuoteSpeech() {
        assertEquals(Kind.SPEECH, kindOf("The chair had been “donated,” a claim that an invoice contradicts.",
                "donated"));
        assertEquals(Kind.SCARE, kindOf("It gave prominence to the “alt-right,” a white nationalist movement.",
                "alt-right"));
    }

    @Test
    void hadKnown_isKnowingSomeoneNotKnownAs() {
        attributed("The witness said he had known the accused “from small” and had no doubt.", "from small",
                "The witness");
        assertEquals(Kind.SCARE, kindOf("The plan is known as the “fiber bill” in Albany.", "fiber bill"));
    }

    @Test
    void reportedSpeechGoesOnAfterASemicolon() {
        // (a rule that a semicolon stops the verb before it was tried for headlines and taken back for this)
        attributed("The judge said the defendant had shown no remorse; his crimes were “truly wicked”.", "wicked",
                "The judge");
    }

    @Test
    void leftoverRulesKeepOrdinaryAttributions() {
        attributed("“We will not be silenced,” rally organiser Tom Kent said.", "silenced", "rally organiser Tom Kent");
        attributed("“The hospital is overwhelmed,” nearly 200 doctors wrote in an open letter.", "overwhelmed",
                "nearly 200 doctors");
        attributed("Asked for comment the company said in a statement: “We disagree.”", "disagree", "the company");
        attributed("Fans met the team bus with chants of “Champions!”", "Champions", "Fans");
    }

    @Test
    void surnamesThatAreAlsoTitlesAndShortFormsInNames() {
        String text = "Larry Elder spoke in Fresno. “California is in decline,” Elder said.";
        assertEquals("Larry Elder", quoteWith(analyze(text), "decline").speaker().name());
        text = "“We lost,” said Ana Ruiz.\n\nJose Ma. Sison founded the party in 1968. “The struggle continues,” he said.";
        assertEquals("Jose Ma. Sison", quoteWith(analyze(text), "struggle").speaker().name());
    }

    @Test
    void participleAfterAPlace_belongsToTheMarchers() {
        // "along" ended no descriptor, so "Protesters marched along Main Street" was read as one name
        attributed("Protesters marched along Main Street chanting “No more wars!”", "No more wars", "Protesters");
        // "out of class" is a place, not "footage of X saying"
        attributed("Students walked out of class chanting “Save our school!”", "Save our school", "Students");
        attributed("The station aired footage of Ruiz saying “We will win.”", "We will win", "Ruiz");
    }

    @Test
    void subjectEndsAtAnIrregularPast() {
        // the mention ran on over verbs the endings do not tell: "a chant rose", "organizers held"
        attributed("The council chair rose from her seat: “Enough.”", "Enough", "The council chair");
        // a chant is a voice nobody is named for (the mention was "a chant rose from the staircase")
        assertEquals(Status.UNSOURCED, statusOf("As members filed in, a chant rose from the staircase: “Schools, not "
                + "stadiums!”", "Schools"));
        Quote q = quoteWith(analyze("Behind the podium, a few dozen tenant organizers held signs, and the chant of "
                + "“Fees are rent!” drowned out a question."), "Fees are rent");
        assertEquals("a few dozen tenant organizers", q.speaker().text());
    }

    @Test
    void shoutsThatASubjectCaused_orThatInterrupt_haveNoSpeaker() {
        assertEquals(Status.UNSOURCED, statusOf("The upset drew audible gasps — and at least one shout of “Finally!” "
                + "from near the back.", "Finally"));
        assertEquals(Status.UNSOURCED, statusOf("Ruiz spoke for an hour. Shouts of “Read the books!” briefly "
                + "interrupted her remarks.", "Read the books"));
        // a crowd that breaks into cries still cries them
        attributed("The crowd broke into applause and cries of “God is great.”", "God is great", "The crowd");
    }

    @Test
    void datelineIsNoPreviousSentence() {
        assertEquals(Status.UNSOURCED, statusOf("MANILA, Philippines – “Guro, hindi alipin!” The chant rang through "
                + "the streets.", "Guro"));
    }

    @Test
    void headlinePassiveTold_namesNobody() {
        assertEquals(Status.UNSOURCED, statusOf("Farmer was ‘the most careful man I knew’, inquest told", "careful"));
        attributed("Ruiz was ‘on his phone’ before the crash, police told the court.", "on his phone", "police");
    }

    @Test
    void namesShownWithoutTitlesAndNicknames() {
        Quote q = attributed("Owner Stavros “Steve” Kallergis said the diner would reopen “on Monday.”", "Monday",
                "Owner Stavros “Steve” Kallergis");
        assertEquals("Stavros Kallergis", q.speaker().name());
        q = attributed("“Order,” said Senior Magistrate Deborah Lutchman-Moore.", "Order",
                "Senior Magistrate Deborah Lutchman-Moore");
        assertEquals("Deborah Lutchman-Moore", q.speaker().name());
        q = attributed("Councilmember Harriet Szabo spoke first. “We need rules,” Szabo said.", "rules", "Szabo");
        assertEquals("Harriet Szabo", q.speaker().name());
        q = attributed("Founder and COO Imran Qureshi said the firm had “grown fast.”", "grown",
                "Founder and COO Imran Qureshi");
        assertEquals("Imran Qureshi", q.speaker().name());
    }

    @Test
    void pronounRightAfterASurname_givesItsGender() {
        // "for his part" says Tackett is a he, so the "he" after the paragraph about him is Tackett, not the last
        // speaker, Anna Albright
        String text = "Orville Tackett has played the fiddle for sixty years. “The recordings are the notes,” said Anna "
                + "Albright.\n\n"
                + "Tackett, for his part, is a man of fewer words. “She’s got a good ear,” he says.";
        assertEquals("Orville Tackett", quoteWith(analyze(text), "good ear").speaker().name());
        text = "“We are fine,” said Dale Whitsett.\n\nAsked about it, Kowalczyk shook her head. “Ask Dale,” she said.";
        assertEquals("Kowalczyk", quoteWith(analyze(text), "Ask Dale").speaker().name());
    }

    @Test
    void surnameIsCompletedPastANicknameAndNotFromAHeadlineVerb() {
        String text = "The band: drummer Dez Ruiz and guitarist Tamsin “Tam-Tam” Oduya.\n\n“We are back,” Oduya says.";
        assertEquals("Tamsin Oduya", quoteWith(analyze(text), "We are back").speaker().name());
        text = "Owner Is Hosting Crane Fundraiser\n\nThe owner plans a fundraiser for Dalton Crane.\n\n"
                + "“He is a friend,” Crane said.";
        assertEquals("Dalton Crane", quoteWith(analyze(text), "friend").speaker().name());
    }

    @Test
    void bareNameOfUnknownGender_isTheHeWhenNoRecentSpeakerCanBe() {
        String text = "Zorvath Kessler lost the primary. “We lost,” said Ana Ruiz.\n\n"
                + "Kessler, in a brief phone interview, disputed that.\n\n“I have read a lot of memos,” he said.";
        assertEquals("Zorvath Kessler", quoteWith(analyze(text), "memos").speaker().name());
        // a capitalised word that only ever opens a sentence is no name
        text = "“We lost,” said Ana Ruiz.\n\nEvenings are quiet now.\n\n“I have read a lot of memos,” he said.";
        assertEquals(null, quoteWith(analyze(text), "memos").speaker().name());
    }

    @Test
    void sentenceBeforeThatHoldsAQuote_stillGivesTheAntecedent() {
        String text = "“We lost,” said Ana Ruiz.\n\nMr. Stennholm, asked whether he regretted the ''shakedown'' remark, said "
                + "he did not. ''I'm not a politician,'' he said.";
        assertEquals("Stennholm", quoteWith(analyze(text), "politician").speaker().name());
    }

    @Test
    void firstNamesFromManyLanguagesGiveGender() {
        // Rhiannon, Declan, Wanjiku, Satpal were unknown to the list of 360 names; the data files hold about 6,700
        String text = "Rhiannon Dahl fishes out of Newport. “It was close,” said Tom Ruiz.\n\n"
                + "Asked whether she would quit, Dahl didn’t hesitate.\n\n“Every year,” she said.";
        assertEquals("Rhiannon Dahl", quoteWith(analyze(text), "Every year").speaker().name());
        text = "Declan Murphy runs the pub. “We open at noon,” said Wanjiku Kamau.\n\n"
                + "Murphy was less sure.\n\n“Maybe,” he said.";
        assertEquals("Declan Murphy", quoteWith(analyze(text), "Maybe").speaker().name());
    }

    @Test
    void heOrSheAfterNarrationAboutSomeone_isThePersonNarrated() {
        // the last speaker is another man; the narration between is about Valdivia
        String text = "“It was a long shoot,” said Tom Ruiz, the director.\n\nOren Valdivia stars in the film. He said he "
                + "has spent the past month learning to sail. “I’ve capsized twice,” he admitted.";
        assertEquals("Oren Valdivia", quoteWith(analyze(text), "capsized").speaker().name());
    }

    @Test
    void surnameSharedInAFamily_isCompletedToTheFullNameOfTheRightGender() {
        String text = "Adela Corrigan, the novelist, died on Sunday. “She never stopped,” said her son, Daniel Corrigan.\n\n"
                + "In a 1983 letter, Corrigan was blunt. “Do not write what you think the reader wants,” she wrote.";
        assertEquals("Adela Corrigan", quoteWith(analyze(text), "reader wants").speaker().name());
    }

    @Test
    void relativeClauseSpeakerInTheParagraphBefore_isTheAntecedentOfHeOrShe() {
        String text = "“It is over,” said Tom Ruiz.\n\nDana Whitlock, a strategist who advised two of the rivals, said the "
                + "comments would hurt.\n\n“Every senator just got a new question,” she said.";
        assertEquals("Dana Whitlock", quoteWith(analyze(text), "new question").speaker().name());
        text = "The motion was moved by Hon. Ronald Kigozi Ssemakula, the MP for Kalamba County, who argued that crashes had"
                + " filled the wards. “Mr Speaker, we cannot go on,” he said.";
        assertEquals("Ronald Kigozi Ssemakula", quoteWith(analyze(text), "cannot go on").speaker().name());
    }

    @Test
    void heOrSheInTheQuotesOwnSentence_isThePersonItReportsSpeaking() {
        String text = "“We were awful,” said Jace Lundgren.\n\nRick Halvorsen said the team would watch the film and then, "
                + "as he put it, “burn it.”";
        assertEquals("Rick Halvorsen", quoteWith(analyze(text), "burn it").speaker().name());
    }

    @Test
    void asForOrForANameOpeningTheSentenceBefore_isTheTopicPerson() {
        String text = "Margot Ellery-Shaw owns the dog. “The rules are clear,” said Dana Koenig, the board's lawyer.\n\n"
                + "As for Ellery-Shaw, she says she isn't going anywhere. “I have been here for years,” she said.";
        assertEquals("Margot Ellery-Shaw", quoteWith(analyze(text), "here for years").speaker().name());
    }

    @Test
    void hongKongNameWithChineseGivenNameAfterTheSurname() {
        String text = "Superintendent Kelvin Yau Ming-fai of the police briefed reporters. “The scripts were long,” Yau said.";
        assertEquals("Kelvin Yau Ming-fai", quoteWith(analyze(text), "scripts").speaker().name());
    }

    @Test
    void narrationNamingAnotherManAsObject_keepsTheSpeaker() {
        // from the review of this round: the narration rule took the man named in the object
        String text = "“The American people are tired of excuses,” Chuck Schumer said. He accused Mitch McConnell of caving"
                + " to pressure from Donald Trump. He said the bill was the toughest in decades. “This is the moment,” he "
                + "said.";
        assertEquals("Chuck Schumer", quoteWith(analyze(text), "the moment").speaker().name());
    }

    @Test
    void firstNamesEndingInIng_andQuotesBeforeASurname_areNoHeadlineOrNickname() {
        String text = "Researchers led by Yiming Zhou published the study. “The effect is large,” Zhou said.";
        assertEquals("Yiming Zhou", quoteWith(analyze(text), "effect").speaker().name());
        text = "Kent spoke. “Yes,” Oduya replied. “x,” Oduya said.";
        assertEquals("Oduya", quoteWith(analyze(text), "x,").speaker().name()); // (was "Oduya Oduya")
    }

    @Test
    void organisationIsNoHeOrShe() {
        // from the review: the bare-name fallback took an organisation for the "he"
        String text = "“We will fight this,” said Ana Ruiz, the union president.\n\nHuman Rights Watch disputed that. "
                + "“The numbers do not add up,” he said.";
        assertEquals(null, quoteWith(analyze(text), "numbers").speaker().name());
    }
}
