package io.copydesk.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.copydesk.quotes.Detect.analyze;
import static io.copydesk.quotes.Detect.quoteWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One small hand-written example per construction the detector must handle (see docs/review-service.md). */
class QuoteDetectorTest {

    private final QuoteDetector detector = new QuoteDetector();

    // ------------------------------------------------------------------ helpers

    private static Quote only(Analysis a) {
        assertEquals(1, a.quotes().size(), () -> "expected one quote, got " + a.quotes());
        return a.quotes().get(0);
    }

    private static void assertAttributed(Quote q, String mention, String name, String cue) {
        assertEquals(Kind.SPEECH, q.kind(), () -> "kind of " + q);
        assertEquals(Status.ATTRIBUTED, q.status(), () -> "status of " + q);
        assertNotNull(q.speaker(), () -> "speaker of " + q);
        assertEquals(mention, q.speaker().text(), () -> "mention of " + q);
        assertEquals(name, q.speaker().name(), () -> "name of " + q);
        if (cue != null) {
            assertNotNull(q.cue(), () -> "cue of " + q);
            assertEquals(cue, q.cue().text(), () -> "cue of " + q);
        }
    }

    private static long count(Analysis a, Finding.Type type) {
        return a.findings().stream().filter(f -> f.type() == type).count();
    }

    // ------------------------------------------------------------------ quotation marks

    @Test
    void straightDoubleQuotes_attributionAfter_nameAndSaid() {
        String text = "\"We will rebuild the bridge by spring,\" Mayor Ana Ruiz said on Tuesday.";
        Quote q = only(analyze(text));
        assertEquals(0, q.start());
        assertEquals(text.indexOf(" Mayor"), q.end());
        assertEquals("\"We will rebuild the bridge by spring,\"", q.text());
        assertAttributed(q, "Mayor Ana Ruiz", "Ana Ruiz", "said");
        assertEquals(text.indexOf("Mayor"), q.speaker().start());
        assertEquals(text.indexOf(" said"), q.speaker().end());
    }

    @Test
    void curlyDoubleQuotes_attributionAfter_invertedSaidName() {
        String text = "“The budget is balanced for the first time in a decade,” said Treasurer Li Wei.";
        Quote q = only(analyze(text));
        assertAttributed(q, "Treasurer Li Wei", "Li Wei", "said");
    }

    @Test
    void twoApostropheConvention_nytArchive_openingAndClosingMarksPair() {
        String text = "''It's a start, not a fix,'' said Douglas Reed, a planner. ''We'll see.''";
        Analysis a = analyze(text);
        assertEquals(2, a.quotes().size());
        Quote first = a.quotes().get(0);
        assertEquals("''It's a start, not a fix,''", first.text());
        assertAttributed(first, "Douglas Reed", "Douglas Reed", "said");
        Quote second = a.quotes().get(1);
        assertEquals("''We'll see.''", second.text());
        assertEquals("Douglas Reed", second.speaker().name());
    }

    @Test
    void singleQuotesNestedInDouble_stayInsideOneQuote() {
        String text = "“She told me, ‘Do not sign it,’ and I didn’t,” the witness said.";
        Quote q = only(analyze(text));
        assertEquals(text.substring(0, text.indexOf(" the witness")), q.text());
        assertAttributed(q, "the witness", null, "said");
    }

    @Test
    void nestedSinglesInTwoApostropheQuote_tripleMarkClosesBoth() {
        String text = "''He called it 'a scam,''' Mr. Ortiz said.";
        Quote q = only(analyze(text));
        assertEquals("''He called it 'a scam,'''", q.text());
        assertAttributed(q, "Mr. Ortiz", "Ortiz", "said");
    }

    @Test
    void apostrophes_contractionsPossessivesAndDecades_areNotQuotes() {
        String text = "Ukraine’s army didn’t retreat, and the ’90s veterans’ group said it isn't over. Rock ’n’ roll played.";
        Analysis a = analyze(text);
        assertTrue(a.quotes().isEmpty(), () -> "no quotes expected: " + a.quotes());
        assertTrue(a.findings().isEmpty(), () -> "no findings expected: " + a.findings());
    }

    @Test
    void wrongWayCurlyClosingMark_isStillAClosingMark() {
        String text = "“The rate is 40 percent.“ Okafor said that on Monday.\n\nIt was later checked.";
        Analysis a = analyze(text);
        Quote q = only(a);
        assertEquals("“The rate is 40 percent.“", q.text());
        assertEquals(0, count(a, Finding.Type.UNBALANCED_QUOTE));
    }

    @Test
    void headlineSingleQuotes_areAQuote() {
        String text = "Mayor Says Flood Plan Is 'Ready to Go'\n\nThe city council met on Monday.";
        Quote q = only(analyze(text));
        assertEquals("'Ready to Go'", q.text());
        assertEquals(Kind.SPEECH, q.kind());
        assertEquals("Mayor", q.speaker().text());
    }

    @Test
    void markupAttributes_areNotQuotes() {
        String text = "<tweet author=\"someone\" id=\"123\">Budget passed</tweet>\n\n“It passed,” Ms. Hale said.";
        Analysis a = analyze(text);
        Quote q = only(a);
        assertEquals("“It passed,”", q.text());
    }

    // ------------------------------------------------------------------ multi-paragraph and split quotes

    @Test
    void multiParagraphQuote_isOneQuoteFromFirstOpeningToFinalClosing() {
        String text = "The governor said:\n\n"
                + "“We will not raise taxes this year. The budget is tight.\n\n"
                + "“We will cut spending instead, starting with travel.”\n\n"
                + "Lawmakers disagreed.";
        Analysis a = analyze(text);
        Quote q = only(a);
        assertEquals(text.indexOf("“We will not"), q.start());
        assertEquals(text.indexOf("travel.”") + "travel.”".length(), q.end());
        assertAttributed(q, "The governor", null, "said");
        assertEquals(0, count(a, Finding.Type.UNBALANCED_QUOTE));
    }

    @Test
    void splitQuote_attributionInside_bothPartsAttributedToSameSpeaker() {
        String text = "“We are not leaving,” said Olena Marchenko, a nurse, “until every patient is safe.”";
        Analysis a = analyze(text);
        assertEquals(2, a.quotes().size());
        Quote first = a.quotes().get(0);
        Quote second = a.quotes().get(1);
        assertAttributed(first, "Olena Marchenko", "Olena Marchenko", "said");
        assertAttributed(second, "Olena Marchenko", "Olena Marchenko", "said");
        assertEquals(first.speaker().start(), second.speaker().start());
    }

    @Test
    void splitQuote_pronounInside_bothParts() {
        String text = "Chen Jie runs the shelter. “Beds are full,” she said. “We turn people away every night.”";
        Analysis a = analyze(text);
        assertEquals(2, a.quotes().size());
        // With no earlier speaker, "she" is the person the sentence before names (third round; it was null before).
        for (Quote q : a.quotes()) {
            assertAttributed(q, "she", "Chen Jie", "said");
        }
    }

    @Test
    void quoteParagraphAfterAttributedQuote_continuesThatSpeaker() {
        // Newsroom convention (changed from the first version, which flagged this): a paragraph that is only a
        // complete quote, right after a paragraph that closed on an attributed quote, continues that speaker.
        String text = "“The shelter needs beds,” said Henry Cole, a union organizer.\n\n"
                + "“We ask every week. Nobody answers.”";
        Analysis a = analyze(text);
        assertEquals(2, a.quotes().size());
        Quote second = a.quotes().get(1);
        assertEquals(Status.ATTRIBUTED, second.status(), "the quote paragraph continues the previous speaker");
        assertEquals("Henry Cole", second.speaker().name());
    }

    @Test
    void quoteParagraphAfterAParagraphThatOnlyMentionsSomeone_needsItsOwnAttribution() {
        String text = "Henry Cole, a union organizer, visited the shelter on Monday.\n\n"
                + "“We ask every week. Nobody answers.”";
        Analysis a = analyze(text);
        assertEquals(Status.UNSOURCED, only(a).status(), "a mention is not an attribution");
    }

    @Test
    void completeQuotedSentence_sharesTheAttributionOfTheNextQuote() {
        String text = "“We lost tonight.” “We will be back next season,” the coach said.";
        Analysis a = analyze(text);
        assertEquals(2, a.quotes().size());
        for (Quote q : a.quotes()) {
            assertAttributed(q, "the coach", null, "said");
        }
    }

    @Test
    void colonLeadIn_coversTheWholeParagraphQuotesThatFollowIt() {
        String text = "The senator wrote on Facebook:\n\n“The vote was wrong.”\n\n“I will keep fighting.”\n\n"
                + "Her office did not comment.\n\n“Nobody signed this.”";
        Analysis a = analyze(text);
        assertEquals(3, a.quotes().size());
        assertEquals("The senator", quoteWith(a, "The vote was wrong").speaker().text());
        assertEquals("The senator", quoteWith(a, "I will keep fighting").speaker().text());
        assertEquals(Status.UNSOURCED, quoteWith(a, "Nobody signed").status());
    }

    // ------------------------------------------------------------------ where the attribution is

    @Test
    void attributionBefore_commaIntroducesQuote() {
        String text = "Governor Sinegubov had earlier said, “The enemy’s light vehicles broke into the city.”";
        Quote q = only(analyze(text));
        assertAttributed(q, "Governor Sinegubov", "Sinegubov", "said");
    }

    @Test
    void attributionBefore_colonAfterSaid() {
        String text = "The minister said in a statement: “The border remains closed.”";
        Quote q = only(analyze(text));
        assertAttributed(q, "The minister", null, "said in a statement");
    }

    @Test
    void attributionBefore_partialQuoteInsideSentence() {
        String text = "Senator Maria Lopez called the proposal “a giveaway to the rich” at a rally on Friday.";
        Quote q = only(analyze(text));
        assertAttributed(q, "Senator Maria Lopez", "Maria Lopez", "called");
    }

    @Test
    void attributionAfter_longAppositiveBeforeVerb() {
        String text = "“The budget holds up,” Priya Nair, director of a budget watchdog group, said.";
        Quote q = only(analyze(text));
        assertAttributed(q, "Priya Nair", "Priya Nair", "said");
    }

    @Test
    void attributionInNextSentence() {
        String text = "“Prices will fall.” He said that on Monday, after the vote.";
        Quote q = only(analyze(text));
        assertEquals(Status.ATTRIBUTED, q.status());
        assertEquals("He", q.speaker().text());
    }

    @Test
    void attributionInPreviousSentence() {
        String text = "Dr. Amara Okafor said the clinic had run out of vaccines. “We asked for more twice.”";
        Quote q = only(analyze(text));
        assertAttributed(q, "Dr. Amara Okafor", "Amara Okafor", "said");
    }

    @Test
    void attributionInPreviousParagraph_colonLeadIn() {
        String text = "The County Gazette reports:\n\n\"Two thirds of the bridges in the county need repairs.\"";
        Quote q = only(analyze(text));
        assertEquals(Status.ATTRIBUTED, q.status());
        assertEquals("The County Gazette", q.speaker().text());
        assertEquals("County Gazette", q.speaker().name());
    }

    @Test
    void attributionClosingTheSentence_afterAPartialQuote() {
        String text = "A driver who “runs one red light” loses the license, Okafor said.";
        Quote q = only(analyze(text));
        assertAttributed(q, "Okafor", "Okafor", "said");
    }

    // ------------------------------------------------------------------ cues

    @Test
    void cue_accordingTo() {
        String text = "The plant will close “within weeks,” according to a statement from the company.";
        Quote q = only(analyze(text));
        assertEquals(Status.ATTRIBUTED, q.status());
        assertEquals("according to", q.cue().text());
        assertEquals("a statement from the company", q.speaker().text());
    }

    @Test
    void cue_toldReporters() {
        String text = "“We have the votes,” Speaker Tom Hardy told reporters.";
        Quote q = only(analyze(text));
        assertAttributed(q, "Speaker Tom Hardy", "Tom Hardy", "told reporters");
    }

    @Test
    void cue_wroteOnFacebook() {
        String text = "“Control over the city is completely ours!” regional governor Oleh Sinegubov wrote on Facebook.";
        Quote q = only(analyze(text));
        assertAttributed(q, "regional governor Oleh Sinegubov", "Oleh Sinegubov", "wrote on Facebook");
    }

    @Test
    void cue_quotedAsSaying() {
        String text = "“Troops are holding the line,” Bloomberg quoted military authorities as saying.";
        Quote q = only(analyze(text));
        assertEquals("military authorities", q.speaker().text());
        assertEquals("quoted military authorities as saying", q.cue().text());
    }

    @Test
    void cue_colonAfterName() {
        String text = "Ana Ruiz: “This is our moment.”";
        Quote q = only(analyze(text));
        assertAttributed(q, "Ana Ruiz", "Ana Ruiz", ":");
    }

    // ------------------------------------------------------------------ names

    @Test
    void pronoun_heAdded_resolvesToLastNamedSpeaker() {
        String text = "“This is terror,” said President Volodymyr Zelensky. “They lied to us,” he added.";
        Analysis a = analyze(text);
        Quote second = quoteWith(a, "They lied");
        assertAttributed(second, "he", "Volodymyr Zelensky", "added");
    }

    @Test
    void pronoun_afterAnUnsourcedQuote_isNotResolvedToAnEarlierSpeaker() {
        String text = "“We won,” said Coach Dana Price.\n\nThe crowd cheered. “It was a long night.”\n\n“We will rest now,” she said.";
        Analysis a = analyze(text);
        Quote rest = quoteWith(a, "We will rest");
        assertEquals("she", rest.speaker().text());
        assertNull(rest.speaker().name(), "the quote before it has no speaker, so 'she' is not safely resolvable");
    }

    @Test
    void shortName_resolvesToFullNameSeenEarlier() {
        String text = "“Rents will rise,” said Priya K. Nair.\n\nLater, Ms. Nair said: “Not by much.”";
        Analysis a = analyze(text);
        Quote later = quoteWith(a, "Not by much");
        assertAttributed(later, "Ms. Nair", "Priya K. Nair", "said");
    }

    @Test
    void shortName_resolvesToFullNameAppearingOutsideQuotes() {
        String text = "Maria Lopez unveiled a housing plan on Monday.\n\n“It is fair,” Mrs. Lopez said.";
        Quote q = only(analyze(text));
        assertAttributed(q, "Mrs. Lopez", "Maria Lopez", "said");
    }

    @Test
    void role_resolvesToTheNamedHolderOfThatTitle() {
        String text = "“We are ready,” said Mayor Tomas de Vries.\n\n“No one was hurt,” the mayor said.";
        Analysis a = analyze(text);
        Quote second = quoteWith(a, "No one was hurt");
        assertAttributed(second, "the mayor", "Tomas de Vries", "said");
    }

    @Test
    void relativePronoun_who_takesTheAntecedentsName() {
        String text = "The law was backed by Senator Ray Hollis, who in 2010 said the aim was a “cleaner river.”";
        Quote q = only(analyze(text));
        assertEquals("who", q.speaker().text());
        assertEquals("Ray Hollis", q.speaker().name());
    }

    // ------------------------------------------------------------------ kinds

    @Test
    void scareQuotes_soCalled_areNotApplicable() {
        String text = "The so-called “rainy-day” fund pays for repairs.";
        Quote q = only(analyze(text));
        assertEquals(Kind.SCARE, q.kind());
        assertEquals(Status.NOT_APPLICABLE, q.status());
        assertNull(q.speaker());
        assertTrue(analyze(text).findings().isEmpty());
    }

    @Test
    void scareQuotes_quotedModifierInsideNounPhrase_areNotApplicable() {
        String text = "The shop was fined for selling “detox” tea blends.";
        Quote q = only(analyze(text));
        assertEquals(Kind.SCARE, q.kind());
        assertEquals(Status.NOT_APPLICABLE, q.status());
    }

    @Test
    void nickname_betweenFirstAndLastName_isScare() {
        String text = "Councilwoman Maria “Mia” Lopez met voters at the market on Saturday.";
        Quote q = only(analyze(text));
        assertEquals(Kind.SCARE, q.kind());
        assertEquals(Status.NOT_APPLICABLE, q.status());
    }

    @Test
    void title_ofABook_isTitle() {
        String text = "Her new book, titled “Open Roads,” was published in June.";
        Quote q = only(analyze(text));
        assertEquals(Kind.TITLE, q.kind());
        assertEquals(Status.NOT_APPLICABLE, q.status());
    }

    @Test
    void title_ofATelevisionShow_isTitleEvenWithASpeakerNearby() {
        String text = "In an interview on WXYZ's “City Hour,” Council President Dan Brooks said the strike must end.";
        Quote q = only(analyze(text));
        assertEquals(Kind.TITLE, q.kind());
        assertEquals(Status.NOT_APPLICABLE, q.status());
    }

    @Test
    void title_ofASong_afterTitleNoun_isTitle() {
        String text = "The choir closed with the hymn “Amazing Grace,” and the crowd sang along.";
        Quote q = only(analyze(text));
        assertEquals(Kind.TITLE, q.kind());
    }

    // ------------------------------------------------------------------ sources

    @Test
    void vagueSource_aSourceSaid_isVagueWithFindingNamingTheWords() {
        String text = "“The deal is dead,” a source said.";
        Analysis a = analyze(text);
        Quote q = only(a);
        assertEquals(Status.VAGUE, q.status());
        assertEquals("a source", q.speaker().text());
        assertNull(q.speaker().name());
        assertEquals(1, count(a, Finding.Type.VAGUE_ATTRIBUTION));
        Finding f = a.findings().get(0);
        assertEquals(q.start(), f.start());
        assertTrue(f.message().contains("a source said"), f.message());
    }

    @Test
    void vagueSource_officialsAndPeopleFamiliar_areVague() {
        String text = "“We expect a ruling soon,” White House officials said.\n\n"
                + "The talks will resume “next week,” according to people familiar with the matter.\n\n"
                + "“It is over,” sources said.";
        Analysis a = analyze(text);
        assertEquals(3, a.quotes().size());
        for (Quote q : a.quotes()) {
            assertEquals(Status.VAGUE, q.status(), () -> "vague expected: " + q);
        }
        assertEquals(3, count(a, Finding.Type.VAGUE_ATTRIBUTION));
    }

    @Test
    void vagueSource_anonymousRole_isVague() {
        String text = "“That is not going to happen,” one Republican strategist said, speaking on condition of anonymity.";
        Quote q = only(analyze(text));
        assertEquals(Status.VAGUE, q.status());
        assertEquals("one Republican strategist", q.speaker().text());
    }

    @Test
    void unsourcedQuote_isFlaggedWithAPlainEnglishMessage() {
        String text = "The council met on Monday.\n\n“This plan will bankrupt the city.”\n\nThe vote is next week.";
        Analysis a = analyze(text);
        Quote q = only(a);
        assertEquals(Kind.SPEECH, q.kind());
        assertEquals(Status.UNSOURCED, q.status());
        assertNull(q.speaker());
        assertTrue(q.needsSource());
        assertEquals(1, a.findings().size());
        Finding f = a.findings().get(0);
        assertEquals(Finding.Type.UNSOURCED_QUOTE, f.type());
        assertEquals(q.start(), f.start());
        assertEquals(q.end(), f.end());
        assertEquals("This direct quote has no speaker. Add who said it, or waive the flag with a reason.", f.message());
    }

    // ------------------------------------------------------------------ unbalanced marks and odd input

    @Test
    void unbalanced_openingMarkNeverClosed_isReportedNotThrown() {
        String text = "He said, “We will win this race.\n\nThe polls open at 7 a.m.";
        Analysis a = analyze(text);
        assertEquals(1, count(a, Finding.Type.UNBALANCED_QUOTE));
        Finding f = a.findings().stream().filter(x -> x.type() == Finding.Type.UNBALANCED_QUOTE).findFirst().get();
        assertEquals(text.indexOf('“'), f.start());
        assertEquals("“", f.text());
        Quote q = only(a);
        assertEquals(text.indexOf('“'), q.start());
        assertEquals(text.indexOf("race.") + "race.".length(), q.end());
    }

    @Test
    void unbalanced_strayClosingMark_isReported() {
        String text = "The plan failed,” the mayor said.";
        Analysis a = analyze(text);
        assertTrue(a.quotes().isEmpty());
        assertEquals(1, count(a, Finding.Type.UNBALANCED_QUOTE));
        assertTrue(a.findings().get(0).message().contains("no opening mark"));
    }

    @Test
    void nullAndEmptyAndBlankText_giveEmptyAnalysis() {
        for (String text : new String[] {null, "", "   \n\n  ", "\"\"", "“ ”"}) {
            Analysis a = detector.analyze(text);
            assertTrue(a.quotes().isEmpty(), () -> "no quotes for " + text);
            assertTrue(a.findings().isEmpty(), () -> "no findings for " + text);
        }
    }

    @Test
    void singleNewlineParagraphs_areParagraphsWhenTheTextHasNoBlankLines() {
        String text = "“We are open,” said Ana Ruiz. “Come in.”\nThe shop sells bread.\n“Best in town.”";
        Analysis a = analyze(text);
        assertEquals(3, a.quotes().size());
        assertEquals("Ana Ruiz", quoteWith(a, "Come in").speaker().name());
        assertEquals(Status.UNSOURCED, quoteWith(a, "Best in town").status(), "a new line is a new paragraph");
    }

    @Test
    void crlfLineEndings_areHandled() {
        String text = "“We are open,” said Ana Ruiz.\r\n\r\nThe shop sells bread.\r\n\r\n“Best in town.”";
        Analysis a = analyze(text);
        assertEquals(2, a.quotes().size());
        assertEquals(Status.UNSOURCED, quoteWith(a, "Best in town").status());
    }

    @Test
    void detectorIsReusableAndGivesTheSameAnswer() {
        String text = "“It passed,” Ms. Hale said. “Finally.”";
        List<Quote> first = detector.analyze(text).quotes();
        for (int i = 0; i < 5; i++) {
            assertEquals(first, detector.analyze(text).quotes());
        }
    }

    @Test
    void negativePronoun_isNotASpeaker() {
        Analysis a = analyze("“We will rebuild the bridge.”\n\nNobody said it.\n\n“Soon, very soon.”");
        assertEquals(Status.UNSOURCED, quoteWith(a, "Soon").status());
        assertNull(quoteWith(a, "Soon").speaker());
    }
}
