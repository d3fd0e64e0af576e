package io.copydesk.quotes;

import org.junit.jupiter.api.Test;

import static io.copydesk.quotes.Detect.analyze;
import static io.copydesk.quotes.Detect.attributed;
import static io.copydesk.quotes.Detect.kindOf;
import static io.copydesk.quotes.Detect.quoteWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written sentences for the twentieth round's rules, found on Ghanaian, Ugandan and Zimbabwean newspapers and
 * US alternative weeklies written for the project (docs/review-service.md): the person an of-phrase belongs to, a
 * role named by the name after it, present-tense "as she puts it", "That’s X, ..." after a quote paragraph, "who"
 * named by the name its role is in apposition to, quantities of people, a cue inside an opening subordinate clause,
 * slogans and labels; and, from agricultural and gaming press, participles after a medium ("a video posted on X"),
 * appositive chains after "and", "One of them, support player X," and words printed on things.
 */
class AfricanAndAltWeeklyRulesTest {

    @Test
    void ofPhraseAfterAPersonNoun_belongsToThatPerson() {
        attributed("The mother of the victim said, “I want justice.”", "justice", "The mother of the victim");
        attributed("A member of the board of directors said, “No comment.”", "comment",
                "A member of the board of directors");
        attributed("A resident of the building on Elm Street told reporters, “It was terrifying.”", "terrifying",
                "A resident of the building");
        // still: a name after the of-phrase's person noun is part of the same mention
        attributed("A friend of Ana Ruiz said, “She was kind.”", "kind", "A friend of Ana Ruiz");
    }

    @Test
    void ofPhraseInsideAPrepositionalPhrase_isSteppedOver() {
        attributed("A woman in the third row of the gallery shouted, “Shame!”", "Shame", "A woman");
        attributed("The man at the center of the dispute said, “I just want my land.”", "land", "The man");
        // a quantity of people is the subject itself, not the object of a preposition to step over
        attributed("The goal sparked a pitch invasion by hundreds of fans chanting “Hornets!”", "Hornets", "fans");
    }

    @Test
    void roleAfterAccordingTo_takesTheNameInAppositionToIt() {
        Quote q = attributed("According to the district surveillance focal person, Mr Isaac Opio, “most of the deaths "
                + "occurred in the community.”", "deaths", "the district surveillance focal person, Mr Isaac Opio");
        assertEquals("Isaac Opio", q.speaker().name());
        q = attributed("The band was, according to longtime Anchor talent buyer Delphine Okafor, “the worst band to "
                + "ever play this room.”", "worst band", "longtime Anchor talent buyer Delphine Okafor");
        assertEquals("Delphine Okafor", q.speaker().name());
    }

    @Test
    void asSheputsIt_inThePresentTense() {
        Quote q = attributed("Ruiz had a plan. As he puts it, “We go big or go home.”", "big", "he");
        assertEquals("puts it", q.cue().text());
        assertEquals("Ruiz", q.speaker().name());
        // "puts" with no "it" is no cue: the quote keeps its own speaker
        attributed("The union puts the figure at 40 percent. “We are ready,” said Ruiz.", "ready", "Ruiz");
    }

    @Test
    void thatsAndANameInTheNextParagraph_namesTheSpeaker() {
        Quote q = attributed("Lorna Kwiatkowski sent us the documents.\n\n“I asked at the time why we went with the "
                + "highest bidder.”\n\nThat’s Commissioner Eugenia Batts, the lone vote against the contract.", "bidder",
                "Commissioner Eugenia Batts");
        assertEquals("That’s", q.cue().text());
        attributed("“We will win.”\n\nThat’s Ana Ruiz, who runs the shelter.", "win", "Ana Ruiz");
        // a place is no speaker
        assertEquals(Status.UNSOURCED, quoteWith(analyze("“We will win.”\n\nThat’s New York, folks."), "win").status());
    }

    @Test
    void relativeWho_isNamedByTheNameItsRoleIsInAppositionTo() {
        Quote q = attributed("On Friday, Marco Delgado-Finch, a tattoo artist who says he has been drinking here "
                + "“since I was legally allowed to,” climbed onto a chair.", "legally", "who");
        assertEquals("Marco Delgado-Finch", q.speaker().name());
        q = attributed("He was followed by a junior, Maya Desrosiers, 16, who said she had checked out the book "
                + "“because I saw somebody like me.”", "somebody", "who");
        assertEquals("Maya Desrosiers", q.speaker().name());
        // a place that ends the sentence's opening phrase is not what "who" stands for
        q = attributed("In Paris, a lawyer who said the case was “absurd” resigned.", "absurd", "who");
        assertEquals("a lawyer", q.speaker().name());
    }

    @Test
    void quantityOfPeople_isANounPhraseNotAName() {
        Quote q = attributed("Hundreds of riders broke into celebration, chanting “We are together!”", "together",
                "Hundreds of riders");
        assertEquals(null, q.speaker().name());
        attributed("Outside Parliament, hundreds of riders who had camped there since morning broke into celebration, "
                + "hooting and chanting “Tuli wamu! Tuli wamu!”", "Tuli", "hundreds of riders");
        attributed("The riders broke into celebration, chanting “We are together!”", "together", "The riders");
    }

    @Test
    void cueInsideAnOpeningSubordinateClause_takesThatClausesSubject() {
        attributed("When Ruiz stood to call the plan “a disgrace,” the chair cut her off.", "disgrace", "Ruiz");
        Quote q = attributed("When Mr Ssemakula rose on a point of order to accuse his colleagues of “playing to the "
                + "gallery,” the Speaker declined to entertain him.", "gallery", "Mr Ssemakula");
        assertEquals("accuse", q.cue().text());
        // an unlisted verb after a quote still attributes when no infinitive follows it
        attributed("“Leave now,” Bell pleaded to the court.", "Leave", "Bell");
    }

    @Test
    void slogansAndLabels_areNobodysWords() {
        assertEquals(Kind.TITLE, kindOf("Teams handed out flyers bearing the slogan “Boil it, treat it, or leave it” in "
                + "three languages.", "Boil"));
        assertEquals(Kind.SCARE, kindOf("The service reminded striking teachers of the “no work, no pay” principle.",
                "no pay"));
        // a possessor before the quoted words still makes them that person's
        assertEquals(Kind.SPEECH, kindOf("Okafor mocked the mayor's infamous “no new taxes” pledge.", "taxes"));
    }

    @Test
    void participleAfterAMediumNoun_isNoVerbOfSaying() {
        attributed("In a video posted on X that has been viewed more than 200,000 times, tenant farmer Josh Merriday, "
                + "27, stood in front of a pen of ewes and asked: “How am I meant to pay the rent?”", "rent",
                "tenant farmer Josh Merriday");
        attributed("Ruth Kallenberg, a competitive player, was even less diplomatic in a Discord message shared with "
                + "Eurogamer: “They deleted her.”", "deleted", "Ruth Kallenberg");
        attributed("The statement posted on the site said: “We are closed.”", "closed", "The statement");
        // the verb itself still reports
        attributed("Ruiz posted on X: “We are closed.”", "closed", "Ruiz");
    }

    @Test
    void appositiveChainAfterAnd_startsAtTheName() {
        Quote q = attributed("Prices are up, and Keith Brammer, a cattle market analyst in Lincoln, Neb., posted on X "
                + "last week that “the cowherd isn’t rebuilding.”", "cowherd", "Keith Brammer");
        assertEquals("posted on X", q.cue().text());
    }

    @Test
    void oneOfThem_withANameInApposition() {
        Quote q = attributed("“If they’ll have me,” he said.\n\nOne of them, support player Noor Haddadin, leaned into "
                + "her microphone: “He’s not getting rid of us that easily.”", "rid of us",
                "One of them, support player Noor Haddadin");
        assertEquals("Noor Haddadin", q.speaker().name());
        // unnamed, one of a group is as vague as "one of them said"; a quantity of things is nobody
        q = quoteWith(analyze("One of them leaned in: “Not today.”"), "today");
        assertEquals(Status.VAGUE, q.status());
        assertEquals("One of them", q.speaker().text());
        assertEquals(Status.UNSOURCED, quoteWith(analyze("Some of the money went to ads: “We spent it wisely.”"),
                "wisely").status());
    }

    @Test
    void wordsPrintedOnAThing_areATitle() {
        assertEquals(Kind.TITLE, kindOf("A dozen farmers wore green caps stitched with the words “Fair Price, Full "
                + "Barns.”", "Fair Price"));
        // words someone ended with are still speech
        assertEquals(Kind.SPEECH, kindOf("Ruiz ended with the words “I love you.”", "love"));
    }

    @Test
    void gradedAdjectiveBetweenArticleAndNoun_isStillSomeonesWords() {
        attributed("Lindqvist said the team would ship a hotfix later this week, with a “more substantial” follow-up "
                + "in Patch 4.3.", "substantial", "Lindqvist");
    }

    @Test
    void verbRightAfterAQuoteThatEndsARelativeClause_takesTheSubjectBeforeIt() {
        Quote q = attributed("Mayor Stephen Oduya, who was elected on a promise to “fix transit first,” said in a news "
                + "release that the offer is “fair, responsible and affordable.”", "affordable", "Mayor Stephen Oduya");
        assertEquals("said in a news release", q.cue().text());
        attributed("Ruiz, who called the plan “reckless,” said on Monday that it was “dead.”", "dead", "Ruiz");
    }

    @Test
    void timePhraseWithThat_beforeTheVerb() {
        Quote q = quoteWith(analyze("A staff nurse who was on duty that night told The Hindu, on condition of anonymity, "
                + "that the ward had been “running on cylinders” since midnight."), "cylinders");
        assertEquals(Status.VAGUE, q.status());
        assertEquals("A staff nurse", q.speaker().text());
    }

    @Test
    void putItMoreBluntly_beforeAQuoteParagraph() {
        Quote q = attributed("At a news conference outside the courthouse, Attorney General Dana Whitmer put it more "
                + "bluntly.\n\n“They buried the real price at the bottom of the screen.”", "buried",
                "Attorney General Dana Whitmer");
        assertEquals("put it", q.cue().text());
        // a thing that puts a figure somewhere speaks for nobody
        assertEquals(Status.UNSOURCED, quoteWith(analyze("The report put it at 40 percent.\n\n“They buried it.”"),
                "buried").status());
    }

    @Test
    void headlineCallsBetweenASubjectAndAnObject() {
        attributed("‘The Dalton Files’ Canceled After Three Seasons; Creator Calls Decision ‘Gutting’\n\nThe network "
                + "has canceled the drama.", "Gutting", "Creator");
        assertEquals(Status.UNSOURCED, quoteWith(analyze("Calls Grow for ‘Real Reform’ After Flood\n\nThe river rose."),
                "Real Reform").status());
    }

    @Test
    void documentAfterTheQuote_reportsWhatThePersonBeforeItSaid() {
        attributed("Hensley told detectives that Solis “swung first,” the affidavit states.", "swung", "Hensley");
        Quote q = attributed("Harcourt said she “always meant to pay it back” but “just kept falling further behind,” "
                + "according to the complaint.", "falling", "Harcourt");
        assertEquals("Harcourt", q.speaker().name());
        // with nobody named before it, the document is the source
        attributed("The boxes were “among the most secure parts of the system,” the report states.", "secure",
                "the report");
    }

    @Test
    void quoteThatRunsOnIntoItsSentence_keepsTheVerbBeforeIt() {
        attributed("Sayles insisted to deputies that he was “just doing a delivery job” he had found through an app.",
                "delivery", "Sayles");
    }

    @Test
    void participleAfterAccusedOf_staysInTheSubject() {
        attributed("A 31-year-old man accused of fatally stabbing another man outside a bar early Sunday told a "
                + "witness that the victim was going to “learn a lesson.”", "lesson", "A 31-year-old man");
        attributed("A woman charged with driving a car into the crowd told the judge, “I am sorry.”", "sorry",
                "A woman");
    }

    @Test
    void namesAndHeadingsGivenToThings_areTitles() {
        assertEquals(Kind.TITLE, kindOf("A fundraiser last month, billed as “Swing for the Season,” raised $22,000.",
                "Swing"));
        assertEquals(Kind.TITLE, kindOf("One page of the notebook was headed “HYBRIDS ONLY.”", "HYBRIDS"));
        assertEquals(Kind.TITLE, kindOf("Tips can be left with Crime Stoppers, whose motto, “You call. We pay.,” is "
                + "printed on the flyers.", "You call"));
    }

    @Test
    void aReportThatRecommends_isTheSourceOfItsWords() {
        Quote q = attributed("A 2019 report recommended that the section be “replaced or derated at the earliest "
                + "opportunity.”", "derated", "A 2019 report");
        assertEquals("recommended", q.cue().text());
        // printed words someone is said to have spoken stay theirs
        assertEquals(Kind.SPEECH, kindOf("He wore a T-shirt emblazoned with the words “I can't breathe,” as Eric Garner "
                + "said before he died.", "breathe"));
    }

    @Test
    void oneOfTheThingsJustNamed_reads() {
        Quote q = quoteWith(analyze("A few had taped index cards to the mugs. One read simply, “Porch light’s on, Buzz.”"),
                "Porch");
        assertEquals("read", q.cue().text());
        assertEquals("One", q.speaker().text());
    }

    @Test
    void attributedTheVictoryTo_isTheSubjectsJudgement() {
        attributed("Her coach, Mr Wilfred Serem, attributed the victory to “discipline, patience and a lot of ugali.”",
                "ugali", "Her coach, Mr Wilfred Serem");
        // in the passive the subject is not the speaker
        Quote q = quoteWith(analyze("The line “Let them eat cake” is often attributed to a queen."), "cake");
        assertTrue(q.speaker() == null || !q.speaker().text().contains("line"), q::toString);
    }

    @Test
    void appositiveNameWithAnOrganisationAfterIt() {
        Quote q = attributed("Her lawyer, Jonah Fielding of the Cumberland Defender Project, said in a statement that the "
                + "decision “recognizes what every family knows.”", "family", "Her lawyer, Jonah Fielding");
        assertEquals("Jonah Fielding", q.speaker().name());
    }

    @Test
    void roleThatOpensWithAnIngWord_isNoVerbPhrase() {
        Quote q = attributed("“We would rather grow slower than grow wrong,” managing director and chief executive "
                + "Srinivasan Ramanathan said on the call.", "slower",
                "managing director and chief executive Srinivasan Ramanathan");
        assertEquals("Srinivasan Ramanathan", q.speaker().name());
        attributed("“We are ready,” acting mayor Ana Ruiz said.", "ready", "acting mayor Ana Ruiz");
    }

    @Test
    void nounishCueBeforeAnObjectAndAnInfinitive_isAVerb() {
        Quote q = attributed("The letter, signed by Chief Medical Officer Dr. Kwame Ashford-Lyle, urges patients to "
                + "“schedule any non-urgent appointments.”", "appointments", "The letter");
        assertEquals("urges", q.cue().text());
    }

    /** The review of the twentieth round's rules found these readings made worse; each rule was narrowed. */
    @Test
    void narrowedRules_leaveOrdinaryReadingsAlone() {
        // a comma outside the closing mark: the attribution after it still wins
        attributed("The union has called the offer “insulting”, its general secretary, Ana Ruiz, said.", "insulting",
                "its general secretary, Ana Ruiz");
        // words between an article and a noun that is no rule are someone's
        attributed("Okafor said it was a “stupid and reckless” decision by the board.", "reckless", "Okafor");
        // "headed" somewhere; a motto someone is said to live by
        attributed("The economy is headed “in the wrong direction,” Okafor said.", "wrong", "Okafor");
        attributed("Ruiz said her motto, “never give up,” got her through.", "give up", "Ruiz");
        // a document after the quote, with a new subject or a new sentence between the quotes
        attributed("Okafor said the bid was “fair,” but the contract was “never signed,” the lawsuit alleges.",
                "never signed", "the lawsuit");
        attributed("Ruiz told the board, “We are broke.” The fund held “almost nothing,” the report states.",
                "almost nothing", "the report");
        // a headline's "Calls" that calls a vote, and "according to" a document before a sentence's subject
        assertEquals(Status.UNSOURCED, quoteWith(analyze("Senate Calls Vote on ‘Fair Pay’ Bill\n\nThe Senate will "
                + "vote."), "Fair Pay").status());
        attributed("According to the complaint, Dana Reyes “knew or should have known” about the fraud.", "knew",
                "the complaint");
        // an unlisted verb with an infinitive that is not a refusal; "attributed" without the quote after "to"
        attributed("“Leave now,” Bell tried to tell the court.", "Leave", "Bell");
        assertEquals(Status.UNSOURCED, quoteWith(analyze("Ruiz attributed the quote “Let them eat cake” to a queen."),
                "cake").status());
        // a medium noun that is the subject keeps its verb
        attributed("The website reported with evident glee that the deal was “dead.”", "dead", "The website");
        // "That’s X" inside a paragraph, and "One read of"
        assertEquals(Status.UNSOURCED, quoteWith(analyze("At the rally, the chant was “Lock him up.” That’s Gov. Dan "
                + "Reyes, the target of the protest."), "Lock").status());
        assertEquals(Status.UNSOURCED, quoteWith(analyze("One read of the ruling is that the law is “dead.”"), "dead")
                .status());
    }

    @Test
    void sportsFeatureShapes() {
        // an appositive name followed by its organisation, after the quote
        Quote q = attributed("“He is not asking out,” his agent, Leon Moskowitz of Apex Sports Group, said in a phone "
                + "interview Monday.", "asking out", "his agent, Leon Moskowitz");
        assertEquals("Leon Moskowitz", q.speaker().name());
        // a clause after the first speaker's, opened by "before" and ending at a colon, introduces the next quote
        Quote next = attributed("“Best player on our team,” defenseman Carter Boyle said, before captain Ryan Medeiros "
                + "cut in from the next stall: “Don’t tell him that.”", "Don’t", "captain Ryan Medeiros");
        assertEquals(":", next.cue().text());
        // but a reported clause after "that" is no speaker of its own
        attributed("Ruiz said that the mayor had a plan: “Build.”", "Build", "Ruiz");
        // "by his own admission"
        q = attributed("Pemberton spent hours with Devin Saylor, a right-hander whose career, by his own admission, "
                + "was “going nowhere fast.”", "nowhere", "his");
        assertEquals("by his own admission", q.cue().text());
        assertEquals("Devin Saylor", q.speaker().name());
    }

    @Test
    void newsletterAndArtsPageShapes() {
        // "in her words", like "by his own admission"
        Quote q = quoteWith(analyze("Varga is wary of how the album is already being sold, in her words, as “small-town "
                + "girl comes home.”"), "small-town");
        assertEquals("in her words", q.cue().text());
        assertEquals("Varga", q.speaker().name());
        // after a verb of saying with its own subject, that verb attributes
        attributed("Varga says the album is already being sold, in her words, as “small-town girl comes home.”",
                "small-town", "Varga");
        // "That was how one cellist summed up ...": one of a group, vaguely named
        q = quoteWith(analyze("“It felt like rehearsing in a hospital waiting room.” That was how one cellist summed up "
                + "the session."), "hospital");
        assertEquals(Status.VAGUE, q.status());
        assertEquals("one cellist", q.speaker().text());
        // a title that ends an appositive does not cut the subject off its verb
        attributed("Sen. Ada Kwiatkowski (D-Minn.), the lead sponsor of the \"Location Privacy Protection Act,\" posted "
                + "on X that the lawsuit \"proves exactly why we need a law.\"", "proves", "Sen. Ada Kwiatkowski");
        // a newsletter's "From X, ...:" before a post
        attributed("From Rep. Tessa Moynihan (R-Piñon Hills), after a committee hearing ran past 11 p.m.: “Democracy "
                + "dies in darkness.”", "Democracy", "Rep. Tessa Moynihan");
        assertEquals(Status.UNSOURCED, quoteWith(analyze("From the start: “We will win.”"), "win").status());
    }

    /** A second review, of the twenty-second round's rules, found these; each rule was narrowed. */
    @Test
    void narrowedLastRoundRules_leaveOrdinaryReadingsAlone() {
        // a subordinate clause before a colon speaks only with a verb of speaking
        attributed("Ruiz said Tuesday, after the council adjourned: “We will appeal.”", "appeal", "Ruiz");
        attributed("“No,” Ruiz said, while the mayor listened: “Not now.”", "Not now", "Ruiz");
        // "From" a place or a day is no poster
        assertEquals(Status.UNSOURCED, quoteWith(analyze("From Monday, the new rule applies: “No phones in class.”"),
                "phones").status());
        // "by his own admission" after an unnamed person is vague, and yields to an earlier verb of saying
        assertEquals(Status.VAGUE, quoteWith(analyze("A former employee, by his own admission, was “in over his "
                + "head.”"), "over his head").status());
        attributed("Ruiz said the mayor, by his own admission, had been “asleep at the wheel.”", "asleep", "Ruiz");
        // a title before "of" is no name
        attributed("“It is over,” the royal, Duke of Edinburgh, said.", "over", "the royal");
        // "one nurse, Ana Ruiz," is named after all
        Quote q = attributed("“It was a long night.” That was how one nurse, Ana Ruiz, summed up the shift.", "long night",
                "one nurse, Ana Ruiz");
        assertEquals("Ana Ruiz", q.speaker().name());
        // a title at the end of an opening phrase cuts off nothing
        assertEquals(Status.UNSOURCED, quoteWith(analyze("Asked whether she would run, the sponsor of the “Fair Pay "
                + "Act,” said she was “still thinking.”"), "still thinking").status());
    }

    @Test
    void presentTenseVerbEndsTheSubjectBeforeAColon() {
        attributed("In the play’s most talked-about scene, the skipper’s widow confronts the owners’ agent: “You counted "
                + "the fish.”", "counted", "the skipper’s widow");
        attributed("The residents gathered: “We will stay.”", "stay", "The residents");
    }

    @Test
    void describesWithAParentheticalBeforeAs() {
        attributed("The most popular drink is the Foghorn, which he describes, with a straight face, as “a dirty martini "
                + "that went to sea.”", "martini", "he");
    }
}
