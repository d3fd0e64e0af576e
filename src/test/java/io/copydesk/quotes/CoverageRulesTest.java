package io.copydesk.quotes;

import org.junit.jupiter.api.Test;

import static io.copydesk.quotes.Detect.analyze;
import static io.copydesk.quotes.Detect.attributed;
import static io.copydesk.quotes.Detect.quoteWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written sentences (no corpus text) for the third round's coverage rules: infinitive and progressive cues,
 * the -ing and base forms of judging verbs, possessor + quoted words + speech noun, "in the words of", floating
 * "both", roles with a place or organisation complement, possessive speakers after "according to", a function
 * word quoted at the end of reported speech, paraphrase-then-quote paragraphs, and pronouns without a speaker
 * before them. See docs/review-service.md.
 */
class CoverageRulesTest {

    // ------------------------------------------------------------------ verb forms

    @Test
    void infinitiveCue_takesTheSubjectOfTheVerbThatGovernsIt() {
        attributed(analyze("Okafor went on to say that “nothing has changed.”"), "nothing", "Okafor");
        attributed(analyze("Okafor took to Facebook to call the ruling “a travesty.”"), "travesty", "Okafor");
        attributed(analyze("“Never again,” Okafor likes to say."), "Never again", "Okafor");
        assertEquals("say", quoteWith(analyze("“Never again,” Okafor likes to say."), "Never").cue().text());
    }

    @Test
    void refusedOrNegatedInfinitive_attributesNothing() {
        Quote q = quoteWith(analyze("The clinic is closing. Okafor declined to say whether it was “a mistake.”"), "mistake");
        assertTrue(q.speaker() == null || !"Okafor".equals(q.speaker().text()), () -> "speaker of " + q);
    }

    @Test
    void progressiveCue_afterTheQuote() {
        attributed(analyze("“We will win in November,” Okafor is saying."), "November", "Okafor");
        attributed(analyze("“We will win in November,” Okafor kept saying."), "November", "Okafor");
    }

    @Test
    void judgingVerbs_inTheirIngAndBaseForms() {
        attributed(analyze("Okafor is praising the coach as “a man who never quits.”"), "never quits", "Okafor");
        attributed(analyze("Okafor refused to back down, blasting the board as “cowards.”"), "cowards", "Okafor");
    }

    @Test
    void contractedPronoun_isAPronounSpeaker() {
        Analysis a = analyze("Mayor Ruth Okafor spoke first. She’s predicting the levy will pass “by a mile.”");
        Quote q = attributed(a, "by a mile", "She’s");
        assertEquals("Ruth Okafor", q.speaker().name());
    }

    // ------------------------------------------------------------------ speakers

    @Test
    void possessorOfQuotedWordsBeforeASpeechNoun_isTheSpeaker() {
        Quote q = attributed(analyze("Okafor’s “no new fees” pledge did not last the winter."), "no new fees", "Okafor’s");
        assertEquals("Okafor", q.speaker().name());
        attributed(analyze("Ruth Okafor lost. Her “we will be back” remark drew cheers."), "we will be back", "Her");
    }

    @Test
    void inTheWordsOf_andToQuote() {
        attributed(analyze("In the words of Okafor, “the levy is dead.”"), "levy", "Okafor");
        attributed(analyze("To quote Okafor, “the levy is dead.”"), "levy", "Okafor");
    }

    @Test
    void floatingBoth_betweenSubjectAndVerb() {
        attributed(analyze("Okafor and Reyes both said the levy was “dead.”"), "dead", "Okafor and Reyes");
    }

    @Test
    void roleWithAPlaceComplement_isNotNamedAfterThePlace() {
        Quote q = attributed(analyze("The senator from Ohio, one of three holdouts, told reporters the bill “goes too far.”"),
                "too far", "The senator from Ohio");
        assertNull(q.speaker().name());
        Quote r = attributed(analyze("“We made a mistake,” the mayor of Springfield, Ana Ruiz, told reporters."),
                "mistake", "the mayor of Springfield, Ana Ruiz");
        assertEquals("Ana Ruiz", r.speaker().name());
    }

    @Test
    void adviserToANamedPerson_isStillAnUnnamedSource() {
        Quote q = quoteWith(analyze("“Absolutely not,” a senior adviser to Okafor said."), "Absolutely");
        assertEquals(Status.VAGUE, q.status());
    }

    @Test
    void accordingToAPossessiveRole_withItsName() {
        Quote q = attributed(analyze("The claims are “false,” according to Okafor's lawyer, Dan Reyes."), "false",
                "Okafor's lawyer, Dan Reyes");
        assertEquals("Dan Reyes", q.speaker().name());
    }

    @Test
    void quotedFunctionWordAtTheEndOfReportedSpeech_isSpeech() {
        attributed(analyze("Ian Marsh, the strategist of two campaigns, said on Sunday that the race was “over.”"),
                "over", "Ian Marsh");
    }

    // ------------------------------------------------------------------ paragraphs

    @Test
    void quoteParagraphAfterAParaphrase_isThatPersonsQuote() {
        Analysis a = analyze("Nwosu said the students had never learned to disagree.\n\n"
                + "“This is a campus that is not used to arguing.”");
        attributed(a, "not used to arguing", "Nwosu");
    }

    @Test
    void quoteParagraphAfterNarration_orAfterAParaphraseByAThing_isStillFlagged() {
        Analysis a = analyze("The students had never learned to disagree.\n\n“This is a campus that is not used to arguing.”");
        assertEquals(Status.UNSOURCED, quoteWith(a, "not used to arguing").status());
        Analysis b = analyze("The report said the students had never learned to disagree.\n\n“This is a campus.”");
        assertEquals(Status.UNSOURCED, quoteWith(b, "This is a campus").status());
    }

    // ------------------------------------------------------------------ pronouns

    @Test
    void pronounWithNoSpeakerBefore_takesThePersonTheTextNames() {
        Analysis a = analyze("Okafor stood by the remarks. “I stand by every word,” he told reporters.");
        assertEquals("Okafor", attributed(a, "every word", "he").speaker().name());
    }

    @Test
    void pronounWithNobodyNamedBeforeIt_isVague() {
        Analysis a = analyze("The first debate is on Monday.\n\n“It is a gift to the rich,” he added.");
        Quote q = quoteWith(a, "gift");
        assertEquals(Status.VAGUE, q.status());
        assertTrue(a.findings().stream().anyMatch(f -> f.type() == Finding.Type.VAGUE_ATTRIBUTION
                && f.message().contains("names nobody")), () -> "findings " + a.findings());
    }

    @Test
    void pronounAfterARoleOrPersonNoun_isNotVague() {
        Analysis a = analyze("The senator thanked her staff. “We won because of you,” she said.");
        assertEquals(Status.ATTRIBUTED, quoteWith(a, "We won").status());
        Analysis b = analyze("A woman waved from the porch. “Come in,” she said.");
        assertEquals(Status.ATTRIBUTED, quoteWith(b, "Come in").status());
    }

    @Test
    void pronounAfterAnUnsourcedQuote_staysUnresolved_notVague() {
        // "he" refers to whoever said the quote before it, which has lost its attribution: that quote is flagged,
        // and "he" is not sent to an earlier, different speaker.
        Analysis a = analyze("“The bridge is safe,” said engineer Tom Reyes. Crews worked overnight.\n\n"
                + "“This is terror.”\n\n“They lied,” he added.");
        assertEquals(Status.UNSOURCED, quoteWith(a, "terror").status());
        Quote q = quoteWith(a, "They lied");
        assertEquals(Status.ATTRIBUTED, q.status());
        assertNull(q.speaker().name());
    }

    // ------------------------------------------------------------------ long subjects (fourth round)

    @Test
    void prepositionalPhrasesBetweenSubjectAndVerb_areNotTheSubject() {
        attributed(analyze("Okafor on Thursday night in a speech to supporters in Dayton, Ohio, denied the report and"
                + " said it was “pure fiction.”"), "fiction", "Okafor");
        attributed(analyze("The woman in the red coat said the line was “far too long.”"), "too long", "The woman");
        // an introductory phrase before the subject is not mistaken for it
        attributed(analyze("After the vote the mayor said the result was “a relief.”"), "relief", "the mayor");
    }

    @Test
    void coordinatedVerbAfterAPrepositionalPhrase_takesTheSentenceSubject() {
        Quote q = attributed(analyze("Okafor interrupted the chair twice during the hearing and at one point called"
                + " the budget “a fantasy.”"), "fantasy", "Okafor");
        assertEquals("called", q.cue().text());
    }

    @Test
    void participlePhraseWithCommas_isSteppedOver() {
        attributed(analyze("Okafor, speaking to a crowd of supporters in Dayton, Ohio, on Monday night, said the"
                + " count was “rigged.”"), "rigged", "Okafor");
        attributed(analyze("Okafor, flanked by council members at a news conference in Dayton, Ohio, said the city"
                + " was “united.”"), "united", "Okafor");
    }

    @Test
    void possessiveAppositive_isSteppedOver() {
        attributed(analyze("Sen. Ana Ruiz of Ohio, Okafor's rival in the primary, who refused to endorse him, said"
                + " she would back the “nominee.”"), "nominee", "Sen. Ana Ruiz of Ohio");
    }

    @Test
    void pronounWithoutEarlierSpeaker_isNotResolvedToAnAbbreviationOrAcronym() {
        Quote q = attributed(analyze("In Dayton, Okafor visited the U.S. Mint on Monday. “We will be back,” he said."),
                "back", "he");
        assertEquals("Okafor", q.speaker().name(), "the subject after the introductory phrase, not \"U.S\"");
        Quote cnn = quoteWith(analyze("CNN reported the news first. “It was a shock,” she said."), "shock");
        assertNull(cnn.speaker().name(), "an all-capitals word is an organisation, not the woman who spoke");
    }

    @Test
    void participleWithoutItsComma_afterAnObject_isTheSubjectsWords() {
        attributed(analyze("Okafor also went after the mayor saying, “He has failed this city.”"), "failed", "Okafor");
        attributed(analyze("Okafor spoke at the high school about the importance of voting saying, “Every vote counts.”"),
                "Every vote", "Okafor");
        attributed(analyze("Ruiz introduced the candidate and attacked the mayor saying that “the city deserves better.”"),
                "deserves", "Ruiz");
        // footage or a recording of someone saying something: that person speaks
        attributed(analyze("The ad ends with footage of Okafor saying, “I will not raise taxes.”"), "raise taxes", "Okafor");
    }

    @Test
    void colonLeadInWithAnOrganisationInTheSubject_findsThePerson() {
        Quote q = attributed(analyze("Friends of Dayton Parks Campaign Manager Ana Ruiz released the following statement:"
                + "\n\n“The council has agreed to keep the parks open.”"), "parks open",
                "Friends of Dayton Parks Campaign Manager Ana Ruiz");
        assertEquals("Ana Ruiz", q.speaker().name());
        assertEquals(":", q.cue().text());
        // "Chief Executive" marks the role after the organisation's "of", so the name is the person's
        assertEquals("Dana Wu", quoteWith(analyze("Bank of Dayton Chief Executive Dana Wu said the bank was “strong.”"),
                "strong").speaker().name());
    }

    @Test
    void participleOpeningTheSentence_takesTheSubjectAfterTheQuote() {
        attributed(analyze("While acknowledging that she is a “fierce Democrat,” Ruiz sought to appeal to every voter."),
                "fierce", "Ruiz");
        Quote q = attributed(analyze("After calling the senator “a coward,” Okafor left the stage."), "coward", "Okafor");
        assertEquals("calling", q.cue().text());
        attributed(analyze("Ruiz arrived late. Saying the city was “broke,” she cut the budget."), "broke", "she");
        // a quote that ends its sentence does not lend the next sentence's subject to the participle
        Quote closed = quoteWith(analyze("Lamenting their luck, “Poor Dayton, so far from the river.” Facing a drought,"
                + " many farmers would hope for rain."), "Poor Dayton");
        assertTrue(closed.speaker() == null || !closed.speaker().text().equals("Facing"), () -> "speaker of " + closed);
    }

    @Test
    void possessorAndSpeechNoun_winOverTheVerbThatGovernsThePhrase() {
        attributed(analyze("Okafor said her “basket of deplorables” remark was a disgrace."), "deplorables", "her");
        Quote q = attributed(analyze("Okafor mocked the mayor's infamous “no new taxes” pledge."), "no new taxes",
                "the mayor's");
        assertEquals("pledge", q.cue().text());
        attributed(analyze("Senators dodged questions on Ana Ruiz's controversial “47 percent” remarks on Wednesday."),
                "47 percent", "Ana Ruiz's");
    }

    @Test
    void quotedTermBeforeAnInfinitive_isNotGivenANounAsSpeaker() {
        Quote q = quoteWith(analyze("Ruiz has also used the “witch hunt” language to describe the inquiry."), "witch hunt");
        assertTrue(q.speaker() == null || !q.speaker().text().startsWith("language"), () -> "speaker of " + q);
    }

    @Test
    void termExplainedByAnAppositive_isAScareQuote() {
        Quote q = quoteWith(analyze("The site gave prominence to the “alt-right,” a white nationalist movement."), "alt-right");
        assertEquals(Kind.SCARE, q.kind());
        // but a short quote followed by "a spokesman said" is speech
        attributed(analyze("The council met on Monday. “We won,” a spokesman said."), "We won", "a spokesman");
    }

    @Test
    void quoteAfterEntitled_isATitleEvenInSentenceCase() {
        Quote q = quoteWith(analyze("Entitled “Digging through the mess (expletive),” Ruiz's memo urged the staff to"
                + " ignore the critics."), "Digging");
        assertEquals(Kind.TITLE, q.kind());
    }

    @Test
    void toldCue_endsAtTheListener() {
        Quote q = quoteWith(analyze("A senior official told reporters the deal was “very close.”"), "very close");
        assertEquals("told reporters", q.cue().text());
        assertEquals("told the crowd", quoteWith(analyze("Okafor told the crowd the plan was “dead.”"), "dead").cue().text());
        assertEquals("told investigators",
                quoteWith(analyze("Lopez told investigators he “panicked.”"), "panicked").cue().text());
    }

    @Test
    void supportersAndOpponents_areVagueSources() {
        assertEquals(Status.VAGUE, quoteWith(analyze("The measure, which supporters call “common sense,” passed."),
                "common sense").status());
        assertEquals(Status.VAGUE, quoteWith(analyze("Opponents said the plan was “reckless.”"), "reckless").status());
    }

    @Test
    void titlesAloneAreNotNames_honorificsKeepTheirSurname() {
        Quote pm = attributed(analyze("The Prime Minister said: ‘We will not be blackmailed.’"), "blackmailed",
                "The Prime Minister");
        assertNull(pm.speaker().name());
        assertEquals("Jane Smith", attributed(analyze("The council's leader, Cllr Jane Smith, said they were ‘delighted’."),
                "delighted", "The council's leader, Cllr Jane Smith").speaker().name());
        assertEquals("Major", attributed(analyze("Mr. Major said: “We stand firm.”"), "firm", "Mr. Major").speaker().name());
    }

    @Test
    void genderLearntFromAPronoun_isKeptForThatSpeaker() {
        Analysis a = analyze("“We will win,” Okafor said. “Believe me,” he added.\n\n“We will see,” Ruiz said.\n\n"
                + "“It is over,” Okafor said. “We did it!” she wrote.");
        assertEquals("Okafor", quoteWith(a, "Believe me").speaker().name());
        assertEquals("Ruiz", quoteWith(a, "We did it").speaker().name(), "Okafor is a he: \"she\" is Ruiz");
    }

    @Test
    void pronounAfterASentenceReportingSomeoneElse_refersToThatPerson() {
        Analysis a = analyze("“It is over,” Okafor said.\n\nRuiz told reporters the vote was close. “We won,” he said."
                + "\n\nLee said the count would finish on Friday. “It is tight,” she added.");
        assertEquals("Ruiz", quoteWith(a, "We won").speaker().name(), "not the last quoted speaker, Okafor");
        assertEquals("Lee", quoteWith(a, "tight").speaker().name());
    }

    @Test
    void roleWithAPossessiveNameThenAppositive_isNamedByTheAppositive() {
        Quote q = attributed(analyze("The chairman of Ana Ruiz’s campaign, Dan Lee, said he was “confident.”"), "confident",
                "The chairman of Ana Ruiz’s campaign, Dan Lee");
        assertEquals("Dan Lee", q.speaker().name());
        // and a later "he" after a sentence reporting him is his, not the last quoted speaker's
        Analysis a = analyze("“We will win,” Ana Ruiz said.\n\nThe chairman of Ruiz’s campaign, Dan Lee, said the"
                + " campaign backs the plan. In a statement, he said, “The letter raises grave issues.”");
        assertEquals("Dan Lee", quoteWith(a, "grave issues").speaker().name());
        Quote paper = quoteWith(analyze("The Gazette reported the news first. “It was a shock,” she said."), "shock");
        assertNull(paper.speaker().name(), "a newspaper is not a she");
    }
}
