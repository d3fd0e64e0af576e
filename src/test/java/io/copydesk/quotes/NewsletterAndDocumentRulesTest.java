package io.copydesk.quotes;

import org.junit.jupiter.api.Test;

import static io.copydesk.quotes.Detect.analyze;
import static io.copydesk.quotes.Detect.attributed;
import static io.copydesk.quotes.Detect.kindOf;
import static io.copydesk.quotes.Detect.quoteWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Hand-written sentences for the sixth and seventh rounds' rules, found on newsletter-style briefs (signposts,
 * bullets), science and health reporting (reports, lawsuits, studies), financial news and sports pages written for
 * the project: see docs/review-service.md.
 */
class NewsletterAndDocumentRulesTest {

    // ------------------------------------------------------------------ newsletter layout

    @Test
    void signpostLabel_isNobodysName() {
        attributed("Driving the news: The Digital Commerce Council, a tech industry group, sued in April, arguing the "
                + "law walls teens off from “vast swaths of lawful speech.”", "vast swaths", "The Digital Commerce Council");
        Quote q = quoteWith(analyze("Some background.\n\nWhat they’re saying: “We’re looking at a range of options.”"),
                "range of options");
        assertEquals(Status.UNSOURCED, q.status(), "the label's own 'saying' attributes nothing");
    }

    @Test
    void colonAfterASpeaker_isNoSignpost() {
        // a name, a pronoun or a speech verb before the colon introduces the words that follow
        attributed("The audience laughed.\n\nScott added: \"I'll be able to raise what's necessary.\"", "raise",
                "Scott");
        attributed("Rush Limbaugh spoke for an hour.\n\nHe concluded: “The person in this debate who cannot tell the "
                + "truth is her.”", "cannot tell", "He");
        attributed("The vote was close.\n\nHis mother’s response: “We raised him better than that.”", "raised him",
                "His mother");
    }

    @Test
    void bulletedQuote_continuesThePreviousParagraphsSpeaker() {
        Analysis a = analyze("Driving the news: “This is the hardest note I’ve written,” Aldana wrote in the memo.\n\n"
                + "- “We grew as if 2021 would last forever. It didn’t, and I own that.”");
        attributed(a, "We grew", "Aldana");
    }

    // ------------------------------------------------------------------ who spoke

    @Test
    void passiveQuotedAsSaying_theSubjectSpoke() {
        attributed("One manufacturer’s chief medical officer, Dr. Kenji Arata, was quoted in a trade publication as "
                + "saying states are “trading a line item today for heart attacks tomorrow.”", "line item",
                "One manufacturer’s chief medical officer, Dr. Kenji Arata");
    }

    @Test
    void newspaperThatQuotesSomeone_isASpeakerNotATitle() {
        Analysis a = analyze("It was a tally. “She’s everywhere,” the paper quoted one Concord voter as saying.");
        attributed(a, "everywhere", "one Concord voter");
    }

    @Test
    void asHePutIt_afterTheQuote_isItsAttribution() {
        Quote q = attributed("Brannock said he’d be there — “with a pen, not a sword,” as he put it.", "pen", "he");
        assertEquals("Brannock", q.speaker().name());
        attributed("The plan is “a pen, not a sword,” as the mayor said on Monday.", "pen", "the mayor");
        Quote left = quoteWith(analyze("The plan is “a pen, not a sword,” as he left the room."), "pen");
        assertEquals(Status.UNSOURCED, left.status(), "'as he left' reports nothing");
    }

    @Test
    void contrastiveClauseWithItsOwnReportingVerb_keepsItsSubject() {
        attributed("Pickett said, while Crowder added that parents “have been begging us for backup.”", "begging",
                "Crowder");
        // the subordinate clause that only sets the scene still yields to the main clause
        attributed("One reader wrote to me after I spoke at a lunch: “You’re scaring people.”", "scaring",
                "One reader");
    }

    @Test
    void possessiveNameOpeningARole_isNotTheSpeakerAlone() {
        Quote q = attributed("Corvane’s head of energy policy, Lisa Tran-Whitaker, went further in a memo: “This is "
                + "the wrong signal.”", "wrong signal", "Corvane’s head of energy policy, Lisa Tran-Whitaker");
        assertEquals("Lisa Tran-Whitaker", q.speaker().name());
    }

    @Test
    void thatWasHowOrTheReactionFrom_inTheNextSentence() {
        attributed("Notable\n\n“It’s about time.” That was the whole reaction from Tom Ashby, director of the "
                + "Ratepayer Alliance.", "about time", "Tom Ashby");
        Quote q = quoteWith(analyze("Some hospitals stayed away. “I’m not going to criticize the company.” That was how "
                + "one hospital executive, who asked not to be identified, put it."), "criticize");
        assertEquals("one hospital executive", q.speaker().text());
    }

    @Test
    void relativeClauseInsideTheSubject_isSkipped() {
        Quote q = quoteWith(analyze("A lawsuit filed on behalf of a patient who developed meningitis alleges that the "
                + "company “ignored repeated warnings.”"), "ignored");
        assertEquals(Kind.SPEECH, q.kind());
        assertEquals(true, q.speaker().text().startsWith("A lawsuit"), q.speaker().text());
    }

    @Test
    void approximateNumberOfPeople_isTheSubject() {
        Quote q = quoteWith(analyze("About two dozen people, many of them patients, gathered outside, holding signs "
                + "and chanting “Shut it down!” as board members walked in."), "Shut it down");
        assertEquals("two dozen people", q.speaker().text());
        assertEquals(Status.VAGUE, q.status());
    }

    @Test
    void quotedTitleInApposition_doesNotHideTheSubject() {
        attributed("The group’s report, “Locked Out,” concluded that “manufacturer restrictions are the largest "
                + "cause of downtime.”", "manufacturer", "The group’s report");
    }

    @Test
    void dateAfterAPublishingVerb_isNobody() {
        Quote q = quoteWith(analyze("The outbreak grew. “Most of the cases are in children under 10,” , published "
                + "Monday."), "Most of the cases");
        assertNull(q.speaker(), "'Monday' is no speaker");
    }

    // ------------------------------------------------------------------ names, not speech

    @Test
    void indefiniteThingCalledSomething_isItsName() {
        assertEquals(Kind.TITLE, kindOf("It was tested in 4,200 patients in a study called “RESTORE-HF.” Results held.",
                "RESTORE"));
        assertEquals(Kind.TITLE, kindOf("Rohan Estrada, who maintains an open source project called “OpenHearth,” "
                + "said it works.", "OpenHearth"));
        // a person, or a definite subject, who calls something a name is quoted
        attributed("A spokesman called the plan “reckless and rushed.”", "reckless", "A spokesman");
    }

    @Test
    void titleInAppositionToAWork_isATitleWhateverVerbFollows() {
        assertEquals(Kind.TITLE, kindOf("A new report from the Harlan Center for Rural Health, “Running on Fumes,” "
                + "found that 312 hospitals were short of cash.", "Running on Fumes"));
        assertEquals(Kind.TITLE, kindOf("An online petition organized by state workers, “Don’t Take Our Progress,” has "
                + "gathered 11,000 signatures.", "Progress"));
    }

    @Test
    void signWithAPlaceBeforeReading_holdsPrintedWords() {
        assertEquals(Kind.TITLE, kindOf("Cedar Valley posts signs in its exam rooms reading “This visit may be "
                + "recorded,” and clinicians ask for consent.", "recorded"));
    }

    @Test
    void titleCasedModifierOfANoun_isAName() {
        assertEquals(Kind.TITLE, kindOf("The official pointed to the new “Critical Access Plus” designation, which "
                + "lets facilities drop beds.", "Critical Access"));
    }

    // ------------------------------------------------------------------ seventh round: markets and sports pages

    @Test
    void decimalNumber_doesNotEndTheSentence() {
        attributed("Allard said it expected the deficit to reach 6.8% and that debt would climb by 2027 “in the absence "
                + "of corrective measures.”", "absence", "Allard");
    }

    @Test
    void demonstrativeSourceAfterTheQuote_pointsBack() {
        Quote q = quoteWith(analyze("Several firms made approaches, one of the people said. “There’s no shortage of "
                + "interest,” that person said."), "shortage");
        assertEquals("that person", q.speaker().text());
        assertEquals(Status.VAGUE, q.status());
    }

    @Test
    void passiveWithAnAdverbialBeforeTheAgent_theAgentSpoke() {
        attributed("The deal was described at the time by Chief Executive Warren Pike as “a generational opportunity.”",
                "generational", "Chief Executive Warren Pike");
        // an object before "by" is no adverbial: the words are not the physicians'
        Quote q = quoteWith(analyze("He has been called a charlatan by fellow physicians for promoting “quack” cures."),
                "quack");
        assertEquals(false, q.speaker() != null && q.speaker().text().contains("physicians"), q.toString());
    }

    @Test
    void adverbBetweenAuxiliaryAndVerb_keepsTheSubject() {
        attributed("Larchmont has since called that deal “the original sin.”", "original sin", "Larchmont");
    }

    @Test
    void nextSentenceNamingWhoDeliveredTheLine() {
        attributed("“We will not be lectured about our economy.” The line, delivered by Prime Minister Andrej Solvik at "
                + "a rally, drew cheers.", "lectured", "Prime Minister Andrej Solvik");
        attributed("Sales are low. “We had a great spring and a lousy summer.” That was how Whitcombe summed up the "
                + "quarter, before walking analysts through it.", "lousy summer", "Whitcombe");
    }

    @Test
    void accordingToInTheNextSentence_doesNotAttributeAClosedQuote() {
        Analysis a = analyze("Hollis Grange told investors in a letter that copper was “the most mispriced asset” and "
                + "that the market was “sleepwalking into a deficit.” His fund has gained 31% this year, according to "
                + "a person familiar with its returns.");
        attributed(a, "sleepwalking", "Hollis Grange");
    }

    @Test
    void nicknameInsideAName_doesNotSplitTheSubject() {
        Quote q = attributed("Players responded. Senior guard Malik “Smoke” Danvers, the team’s leading scorer, reposted "
                + "the message with a single word: “Family.”", "Family", "Senior guard Malik “Smoke” Danvers");
        assertEquals(Kind.SCARE, kindOf("Players responded. Senior guard Malik “Smoke” Danvers reposted it.", "Smoke"));
        assertEquals(true, q.speaker().name().endsWith("Danvers"));
    }

    @Test
    void creditRating_isANounNotACue() {
        attributed("Allard Ratings stripped Lusarna of its investment-grade credit rating late Friday, citing a deficit "
                + "and what it described as “a marked weakening in policy.”", "marked weakening", "it");
    }

    @Test
    void namesGivenByMottosCodeNamesAndPassiveCalling() {
        assertEquals(Kind.TITLE, kindOf("The process, code-named “Project Heron,” is at an early stage.", "Heron"));
        assertEquals(Kind.SCARE, kindOf("Copper is often called “Dr. Copper” for its reputation.", "Dr. Copper"));
        assertEquals(Kind.TITLE, kindOf("Fans wore T-shirts printed with the team’s motto for the season, “Earn It "
                + "Every Day.” Others did not.", "Earn It"));
        assertEquals(Kind.TITLE, kindOf("Donations go to the Boosters, whose motto — “Outwork Everybody” — was painted "
                + "on the wall.", "Outwork"));
        assertEquals(Kind.SCARE, kindOf("Wrestlers knew the practice room simply as “the Furnace,” for the heat.",
                "Furnace"));
    }

    @Test
    void headlinesSubjectLinesAndSigns_holdPrintedWords() {
        assertEquals(Kind.TITLE, kindOf("A columnist wrote under the headline “Nobody won, and Arizona lost,” and argued "
                + "more.", "Nobody won"));
        assertEquals(Kind.TITLE, kindOf("The group sent a press release with the subject line “Walt Can’t Buy Queens.”",
                "Walt"));
        assertEquals(Kind.TITLE, kindOf("Their yard signs say “17 by 28.” I understand.", "17 by 28"));
        // a document that says something is a source, not a sign
        attributed("The report says “the numbers are bad.”", "numbers", "The report");
    }

    // ------------------------------------------------------------------ eighth round: hyperlocal and investigative

    @Test
    void pronounAfterAPreposition_isAnObjectNotTheSubject() {
        attributed("He photographed the final page. The last entry on it reads: “Thermometer removed per admin.”",
                "Thermometer", "The last entry");
    }

    @Test
    void participlePhraseInsideTheSubject_isSteppedOver() {
        attributed("A memo summarizing the meetings noted that revising the instructions “could result in an "
                + "exceedance.”", "exceedance", "A memo");
    }

    @Test
    void subordinateClauseWithItsOwnSubjectAndReportingVerb_isTheSpeakers() {
        attributed("The bill died in committee in 2023 after a lobbyist for the state association testified that "
                + "educators needed “every tool available” to manage behavior.", "every tool", "a lobbyist");
        // a preposition before a noun phrase that is not followed by the verb is still stepped over
        attributed("Trump on Thursday in a speech to supporters in Florida said the plan was “a disaster.”",
                "disaster", "Trump");
    }

    @Test
    void thisIsHowInThePresentTense() {
        attributed("Costs rose. “Everyone did it.” That is how one former crew chief, who still works in the industry, "
                + "described it.", "Everyone did it", "one former crew chief");
    }

    @Test
    void recordAfterTheQuote_yieldsToThePersonWhoToldIt() {
        attributed("The 17-year-old initially told officers the two were “coming back from a friend’s house,” "
                + "according to the report.", "friend", "The 17-year-old");
        attributed("Police found two bats. “We play softball,” according to the report.", "softball", "the report");
    }

    @Test
    void namesAGroupCallsItselfAndSubjectLines() {
        assertEquals(Kind.TITLE, kindOf("Residents formed a group they call “Keep Hollister Green,” which circulates a "
                + "petition.", "Hollister"));
        assertEquals(Kind.TITLE, kindOf("She sent an email with a short subject line: “problem with sampling.” Nobody "
                + "answered.", "sampling"));
    }

    // ------------------------------------------------------------------ ninth round: tabloid and conservative sites

    @Test
    void mainVerbAfterAShortRelativeClause_attributesTheQuoteBeforeIt() {
        attributed("“It was over nothing,” a bartender who saw the whole thing told The Post.", "over nothing",
                "a bartender");
        Quote q = quoteWith(analyze("“We were scared,” a woman who asked not to be named said Tuesday."), "scared");
        assertEquals("said", q.cue().text());
    }

    @Test
    void beganAfterAnOpenEndedQuote_attributes() {
        attributed("Iannelli shot back. “I understand the frustration —” Osei began.", "frustration", "Osei");
    }

    @Test
    void headlineQuoteBeforeAColon_namesTheSpeakerAfterIt() {
        attributed("'I wasn't going to let him hurt anybody': Subway hero who tackled a maniac speaks out\n\n"
                + "A Bronx deli worker says he acted fast.", "hurt anybody", "Subway hero");
    }

    @Test
    void vagueWitnessAfterTheQuote_yieldsToTheNamedSpeakerBefore() {
        attributed("Halvorsen told members during a closed-door meeting that “nobody in this room is going to get "
                + "everything they want,” according to a person familiar with the meeting.", "nobody", "Halvorsen");
    }

    @Test
    void tabloidNicknames() {
        assertEquals(Kind.SCARE, kindOf("Reality TV hunk Tyler 'The Tank' Morelli was hauled off in cuffs.", "Tank"));
        assertEquals(Kind.SCARE, kindOf("He flipped a table during a scene that fans still call 'Calamari-gate' and "
                + "was suspended.", "Calamari"));
        assertEquals(Kind.SCARE, kindOf("'Bitcoin Romeo' who fleeced lonely widows gets 12 years", "Bitcoin"));
        assertEquals(Kind.TITLE, kindOf("Morelli, a fan favorite on the StarLine network's 'Sandbar Summer,' threw a "
                + "punch.", "Sandbar"));
    }

    // ------------------------------------------------------------------ tenth round: broadcast and magazine stories

    @Test
    void questionThenAskedWithALongerClause_attributes() {
        attributed("Rourke spoke with Tolliver. “Is there enough water to go around?” Rourke asked at the start of the "
                + "interview.", "enough water", "Rourke");
        // a full stop still ends the matter: a new sentence reporting its own words does not attribute
        Quote q = quoteWith(analyze("Ruiz spoke first. “We won.” Lopez said the union would appeal on Monday."), "won");
        assertEquals(false, q.speaker() != null && q.speaker().text().equals("Lopez"), q.toString());
    }

    @Test
    void wordSomeoneOwns_isTheirSpeech() {
        attributed("Tolliver says she expects the talks to be, in her word, “ugly.”", "ugly", "Tolliver");
        assertEquals(Kind.SCARE, kindOf("Critics dislike the word “equity” in the bill.", "equity"));
    }

    @Test
    void thatsHowAfterAClosedQuote() {
        attributed("It cracked a chimney. “It felt like a truck hitting the house.” That’s how Darnell Fike, who lives "
                + "a mile away, describes it.", "truck", "Darnell Fike");
    }

    @Test
    void signsAndPlaquesThatRead_titlesAndStories() {
        assertEquals(Kind.TITLE, kindOf("A hand-lettered sign over the bench reads “NO POLKA JOKES,” and customers laugh.",
                "POLKA"));
        assertEquals(Kind.TITLE, kindOf("It hangs above a brass plaque that read “Eliza Ware to an Unknown "
                + "Correspondent, c. 1862.” In it, Ware writes.", "Eliza Ware"));
        assertEquals(Kind.TITLE, kindOf("She will publish the book herself, under the title “A Word in the Weather,” "
                + "and has raised money.", "Weather"));
        assertEquals(Kind.TITLE, kindOf("She published one short story, “The Ferryman’s Daughters,” in 2003, and then "
                + "nothing.", "Ferryman"));
        // a person who reads something out is still quoted
        attributed("At the vigil, Ruiz reads “We will not forget them.”", "forget", "Ruiz");
    }

    // ------------------------------------------------------------------ eleventh round

    @Test
    void firstNameAloneAfterARelative_isTheName() {
        Quote q = attributed("“He was a giant,” his daughter, Ana, said Friday.", "giant", "his daughter, Ana");
        assertEquals("Ana", q.speaker().name());
        attributed("Ed Brunetti spoke first. His wife, Carol, cut in: “And it broke in a year.”", "broke",
                "His wife, Carol");
    }

    @Test
    void parentheticalBetweenAReportingVerbAndThat_keepsTheClauseOpen() {
        Quote q = quoteWith(analyze("The hall was sold to a developer who has said, in an interview with the weekly, "
                + "that he intends to preserve “the spirit of the place” in the project."), "spirit");
        assertEquals(Status.ATTRIBUTED, q.status());
        assertEquals("said", q.cue().text());
    }

    @Test
    void nounAfterANumber_isNoVerb() {
        Quote q = quoteWith(analyze("Harrow told analysts on a May 2022 earnings call that the data were “clean and "
                + "consistent.”"), "clean");
        assertEquals("Harrow", q.speaker().name());
        assertEquals(true, q.cue().text().startsWith("told"), q.cue().text());
    }
}
