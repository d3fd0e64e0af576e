package io.copydesk.quotes;

import org.junit.jupiter.api.Test;

import static io.copydesk.quotes.Detect.analyze;
import static io.copydesk.quotes.Detect.assertAttributed;
import static io.copydesk.quotes.Detect.quoteWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written sentences (no corpus text) for the general attribution rules added in the second round:
 * paragraph continuation, the comma that promises an attribution, passives, appositive chains, unlisted
 * reporting verbs, closed embedded clauses and the previous sentence's subject. See docs/review-service.md.
 */
class AttributionRulesTest {

    private static void assertUnsourced(Quote q) {
        assertEquals(Kind.SPEECH, q.kind(), () -> "kind of " + q);
        assertEquals(Status.UNSOURCED, q.status(), () -> "status of " + q);
    }

    // ------------------------------------------------------------------ paragraph continuation

    @Test
    void quoteParagraphs_continueTheSpeakerOfTheQuoteParagraphBefore_oneAfterAnother() {
        Analysis a = analyze("“The plant will close in June,” said Ted Lowe, the plant manager.\n\n"
                + "“We tried everything to keep it open.”\n\n“Nobody wanted to buy it.”");
        assertEquals("Ted Lowe", quoteWith(a, "tried everything").speaker().name());
        assertEquals("Ted Lowe", quoteWith(a, "Nobody wanted").speaker().name());
    }

    @Test
    void quoteParagraph_continuesAPronounSpeaker() {
        Analysis a = analyze("The senator thanked her staff. “We won because of you,” she said.\n\n“Now the work begins.”");
        assertAttributed(quoteWith(a, "Now the work"), "she");
    }

    @Test
    void quoteParagraph_afterNarrationOrAnotherParagraph_isNotContinued() {
        Analysis a = analyze("“The plant will close in June,” said Ted Lowe. Workers gathered outside the gates.\n\n"
                + "“We have nowhere to go.”");
        assertUnsourced(quoteWith(a, "nowhere to go"));
        Analysis b = analyze("“The plant will close in June,” said Ted Lowe.\n\nWorkers gathered outside.\n\n"
                + "“We have nowhere to go.”");
        assertUnsourced(quoteWith(b, "nowhere to go"));
    }

    @Test
    void quoteParagraphEndingWithAComma_isNotContinued_itsAttributionIsMissing() {
        Analysis a = analyze("“The plant will close in June,” said Ted Lowe.\n\n“We have nowhere to go,”");
        assertUnsourced(quoteWith(a, "nowhere to go"));
    }

    @Test
    void quoteParagraph_continuesAVagueSourceAsVague() {
        Analysis a = analyze("“The deal is dead,” a source said.\n\n“Everyone knows it.”");
        assertEquals(Status.VAGUE, quoteWith(a, "Everyone knows").status());
    }

    // ------------------------------------------------------------------ the comma that promises an attribution

    @Test
    void quoteEndingWithAComma_withNothingAfterIt_doesNotTakeThePreviousSentencesSpeaker() {
        Analysis a = analyze("Ana Ruiz said the plan was flawed. “It will not work,” .");
        assertUnsourced(quoteWith(a, "will not work"));
        Analysis b = analyze("Ana Ruiz said the plan was flawed. “It will not work.”");
        assertAttributed(quoteWith(b, "will not work"), "Ana Ruiz");
    }

    @Test
    void lowerCaseWordAfterAFullStop_startsANewSentence() {
        // an edit that removed "Okafor called" leaves a clause without subject; the earlier sentence is not it
        Analysis a = analyze("Clinton said the plan would cut taxes for the rich. that “a lie.”");
        assertUnsourced(quoteWith(a, "a lie"));
        // abbreviations keep their period and do not end the sentence
        Analysis b = analyze("Sen. Dale Norris of Texas called the bill “dead on arrival.”");
        assertAttributed(quoteWith(b, "dead on"), "Sen. Dale Norris of Texas");
    }

    @Test
    void timeWordBeforeAColon_isNotASpeaker() {
        Analysis a = analyze("On Friday: “The polls are rigged!”");
        assertUnsourced(quoteWith(a, "rigged"));
        Analysis b = analyze("Dana Frost: “The polls are rigged!”");
        assertAttributed(quoteWith(b, "rigged"), "Dana Frost");
    }

    // ------------------------------------------------------------------ verbs

    @Test
    void verbsThatJudgeOrPortray_attributePartialQuotes() {
        assertAttributed(quoteWith(analyze("Mayor Ana Ruiz ridiculed the idea as “crazy.”"), "crazy"), "Mayor Ana Ruiz");
        assertAttributed(quoteWith(analyze("The senator blamed the delay on “partisan games.”"), "partisan"), "The senator");
        assertAttributed(quoteWith(analyze("Okafor defended his remarks as “plain talk.”"), "plain talk"), "Okafor");
        assertAttributed(quoteWith(analyze("Lee Moss apologized for what he called “a lapse.”"), "lapse"), "he");
    }

    @Test
    void unlistedReportingVerb_afterAQuoteThatCannotEndItsSentence() {
        assertAttributed(quoteWith(analyze("“Okay,” the mayor clucked with a smile."), "Okay"), "the mayor");
        assertAttributed(quoteWith(analyze("“That is just not true,” Ruiz shot back."), "not true"), "Ruiz");
        assertAttributed(quoteWith(analyze("“Who pays for this?” beamed Tom Hardy."), "Who pays"), "Tom Hardy");
        assertAttributed(quoteWith(analyze("“I'm at a precinct that hasn't voted yet,” fretted Ann Ford, an aide."),
                "precinct"), "Ann Ford");
        // a complete quoted sentence followed by a new sentence is not attributed by that sentence's verb
        Analysis a = analyze("The council met on Monday.\n\n“We won.” Voters cheered loudly in the hall.");
        assertUnsourced(quoteWith(a, "We won"));
    }

    @Test
    void passive_theSubjectIsNotTheSpeaker_theAgentAfterTheQuoteIs() {
        Analysis a = analyze("The plan was called “a gimmick” by critics.");
        Quote q = quoteWith(a, "gimmick");
        assertEquals(Status.VAGUE, q.status());
        assertEquals("critics", q.speaker().text());
        assertUnsourced(quoteWith(analyze("The council met on Monday. The proposal was widely criticized as “reckless.”"),
                "reckless"));
    }

    @Test
    void passiveQuotedAsSaying_theSubjectIsTheSpeaker() {
        Analysis a = analyze("“We stand by our story,” Paul Reyes, the agency's spokesman, was quoted as saying.");
        assertAttributed(quoteWith(a, "stand by"), "Paul Reyes");
    }

    @Test
    void invertedPronoun_onlyWhenTheClauseEndsWithIt() {
        assertAttributed(quoteWith(analyze("Ted Lowe spoke last. “It was a mistake,” said he."), "mistake"), "he");
        // "said he expected ...": "he" starts the reported clause, it is not an inverted speaker
        Quote q = quoteWith(analyze("The council met on Monday.\n\nVoters were “angry,” said he expected a recount."),
                "angry");
        assertTrue(q.speaker() == null || !"he".equals(q.speaker().text()), () -> "speaker of " + q);
    }

    @Test
    void cueWordAfterAnArticle_isAnAdjective() {
        Analysis a = analyze("“Why now?” Diaz said of the alleged “cover-up.”");
        assertAttributed(quoteWith(a, "cover-up"), "Diaz");
    }

    // ------------------------------------------------------------------ noun phrases

    @Test
    void appositiveChain_theSpeakerIsTheFirstNounPhrase() {
        assertAttributed(quoteWith(analyze("Marla Quinn, 38, who works two jobs, said she could not afford “another rent "
                + "increase.”"), "rent"), "Marla Quinn");
        assertAttributed(quoteWith(analyze("Bill Ames, the chairman of the county party, which endorsed him in May, said "
                + "the candidate was “the only choice.”"), "only choice"), "Bill Ames");
        // an introductory phrase is not a head noun phrase
        assertAttributed(quoteWith(analyze("In Ohio, the mayor, a Democrat, said the plan was “fair.”"), "fair"),
                "the mayor");
    }

    @Test
    void roleFollowedByAnAppositiveName_mentionCoversBoth() {
        Quote q = quoteWith(analyze("“We will appeal,” the campaign manager for the senator, Lisa Chang, said."), "appeal");
        assertAttributed(q, "the campaign manager for the senator, Lisa Chang");
        assertEquals("Lisa Chang", q.speaker().name());
        Quote r = quoteWith(analyze("The senator's spokesman, Ken Yates, said the senator was “disappointed.”"),
                "disappointed");
        assertAttributed(r, "The senator's spokesman, Ken Yates");
        assertEquals("Ken Yates", r.speaker().name());
    }

    @Test
    void vagueWordAtTheStartOfASentence_isVague() {
        Quote q = quoteWith(analyze("Critics say the plan is “unfair to renters.”"), "unfair");
        assertEquals(Status.VAGUE, q.status());
    }

    @Test
    void sentenceInitialVerbPhrase_isNotTheSubject() {
        Analysis a = analyze("Asked whether he would accept the results, Trump replied: “I will look at it.”");
        assertAttributed(quoteWith(a, "look at it"), "Trump");
    }

    // ------------------------------------------------------------------ sentences around the quote

    @Test
    void quotedSentenceAfterASentenceAboutAPerson_isThatPersons() {
        Analysis a = analyze("“We will win,” Smith said. Jones, however, was unconvinced. “It is a long shot.”");
        assertAttributed(quoteWith(a, "long shot"), "Jones");
        Analysis b = analyze("Mayor Ana Ruiz leaned forward. “All in favor?”");
        assertAttributed(quoteWith(b, "All in favor"), "Mayor Ana Ruiz");
    }

    @Test
    void quotedSentenceAfterASentenceAboutAThing_sharesThePreviousQuote() {
        Analysis a = analyze("“We will win,” Smith said. The crowd cheered. “It is our year.”");
        assertAttributed(quoteWith(a, "our year"), "Smith");
    }

    @Test
    void cueInsideAClauseClosedBeforeTheQuote_doesNotAttributeIt() {
        // what is left when an edit removes "Smith said": the relative clause's verb is not the quote's cue
        assertUnsourced(quoteWith(analyze("The council met on Monday.\n\nSmith, who has criticized the plan for "
                + "months, it was “a disaster.”"), "disaster"));
        assertUnsourced(quoteWith(analyze("The council met on Monday.\n\nAfter Clinton called the plan a failure, "
                + "on Twitter: “She is the failure!”"), "She is"));
        // but the clause's own quote, and a quote the clause introduces, are attributed
        assertAttributed(quoteWith(analyze("Stevie Hale, who joked about the museum, said, “I have not seen it yet.”"),
                "seen it"), "Stevie Hale");
        Quote q = quoteWith(analyze("Ann Lee, who called the plan “a disaster,” voted against it."), "disaster");
        assertEquals("Ann Lee", q.speaker().name());
    }

    @Test
    void asSomeonePutIt_isAnAttribution() {
        assertAttributed(quoteWith(analyze("As Clinton put it, “We are stronger together.”"), "stronger"), "Clinton");
    }

    @Test
    void noRuleThrowsOnOddFragments() {
        for (String s : new String[] {", , “A,” .", "“A,” ,", "by “x” by", "was called “", ": “A!” by",
                "X, 38, , , said “y.”", "“A,” the clucked", "“A,” shot", "\n\n“A.”\n\n“B.”\n\n“C,”"}) {
            Analysis a = analyze(s);
            assertTrue(a.quotes().size() <= 4);
        }
    }
}
