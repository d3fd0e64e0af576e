package io.copydesk.quotes;

import org.junit.jupiter.api.Test;

import static io.copydesk.quotes.Detect.analyze;
import static io.copydesk.quotes.Detect.attributed;
import static io.copydesk.quotes.Detect.kindOf;
import static io.copydesk.quotes.Detect.quoteWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Hand-written sentences (no corpus text) for the fifth round's rules, found on a set of news-style articles written
 * for the project (see docs/review-service.md): which clause a speaker belongs to (datelines, relative clauses,
 * reported clauses, prepositional objects, appositive names), which sentence attributes a quote, and which quoted
 * words are names, slogans or titles rather than speech.
 */
class ClauseStructureRulesTest {

    // ------------------------------------------------------------------ whose clause

    @Test
    void wireDateline_isNotTheSubject() {
        attributed("DAYTON, Ohio (AP) — The debate turned sharp, with Mayor Ana Ruiz calling the plan “a shell game.”",
                "shell game", "Mayor Ana Ruiz");
        attributed("TOLEDO, Ohio - Senate Leader Ann Cole stood on a stage outside the plant and told the crowd: "
                + "\"Nobody lifted a finger.\"", "finger", "Senate Leader Ann Cole");
    }

    @Test
    void nounPhraseInsideARelativeClause_isNotTheSubject() {
        attributed("A strategist who has advised several campaigns in Ohio described the race as “a coin flip.”",
                "coin flip", "A strategist");
        Quote q = attributed("Council member Ana Ruiz, a progressive who represents Corona and Elmhurst, opened with "
                + "her usual line: “I have chosen between rent and groceries.”", "rent", "Council member Ana Ruiz");
        assertEquals("Ana Ruiz", q.speaker().name());
    }

    @Test
    void nameEndingAPrepositionalPhrase_isNotTheSubject() {
        attributed("A columnist for the website The Current described the proposal as “a model.”", "model",
                "A columnist for the website");
        attributed("The parents’ group behind the push described the books as “unfit for children.”", "unfit",
                "The parents’ group");
    }

    @Test
    void roleFollowedByAnAppositiveName_mentionCoversTheName() {
        Quote lead = attributed("The company’s vice president for operations, Greg Sorensen, sent workers an email, "
                + "warning that dues “could cost you $600.”", "600", "The company’s vice president for operations, Greg Sorensen");
        assertEquals("Greg Sorensen", lead.speaker().name());
        Quote inverted = attributed("“We would debate tomorrow,” said a spokeswoman for Ms. Albrecht, Nadia Farouk.",
                "tomorrow", "a spokeswoman for Ms. Albrecht, Nadia Farouk");
        assertEquals("Nadia Farouk", inverted.speaker().name());
        attributed("Her Republican challenger, Dale Hutchins, was quick to blame the governor, saying her staff had "
                + "“spent four years lecturing.”", "lecturing", "Her Republican challenger, Dale Hutchins");
        attributed("Speaker of the House Tom Brandt left the meeting and told reporters, “We will not be jammed.”",
                "jammed", "Speaker of the House Tom Brandt");
        // a place after the appositive name stays out of the name
        assertEquals("Dale Munro", attributed("Their leader, Representative Dale Munro of Arizona, tweeted: ‘Another "
                + "$180bn on the card.’", "180bn", "Their leader, Representative Dale Munro").speaker().name());
        assertEquals("Daniel Kreutzer", attributed("The House speaker, Daniel Kreutzer of Lancaster County, said the "
                + "court had “hijacked” the process.", "hijacked", "The House speaker, Daniel Kreutzer").speaker().name());
    }

    @Test
    void cueInAReportedClause_givesWayToTheReportingVerb() {
        attributed("Okafor added that the union had warned about shortages in the unit “for years, in writing.”",
                "for years", "Okafor");
        attributed("Ocampo tweeted after the hearing that Birch had offered “apologies, not answers.”", "apologies",
                "Ocampo");
        // but a naming or telling verb right before the quote keeps its own subject: the words are Trump's
        attributed("Clinton said Trump had called women “pigs.”", "pigs", "Trump");
    }

    @Test
    void otherSubjects_absolutesCoordinationPassivesAndGroups() {
        attributed("The candidates sparred, with Treasurer Ana Ruiz calling the plan “a shell game.”", "shell game",
                "Treasurer Ana Ruiz");
        attributed("Rourke paused, then quipped, “She makes better coffee than I do.”", "coffee", "Rourke");
        attributed("The bill had been described by its sponsors only a week ago as “a sure thing.”", "sure thing",
                "its sponsors");
        Quote one = quoteWith(analyze("“He got what he wanted,” one of them said."), "wanted");
        assertEquals(Status.VAGUE, one.status());
        assertEquals("one of them", one.speaker().text());
        Quote another = quoteWith(analyze("One woman posted a photo. Another wrote simply: “Fifty years, gone.”"), "Fifty");
        assertEquals(Status.VAGUE, another.status());
        assertEquals("Another", another.speaker().text());
        attributed("Afterward, in a crowded room where the surrogates made their cases to reporters, Ms. Albrecht "
                + "spoke for nearly 20 minutes. “People saw who he is.”", "People saw", "Ms. Albrecht");
    }

    @Test
    void wordsThatLookLikeCues_butAreNot() {
        Quote call = quoteWith(analyze("Hutchins said members learned of the closing on a video call that lasted "
                + "“maybe eight minutes.”"), "eight");
        assertEquals("Hutchins", call.speaker().text(), "'a video call' is a noun");
        attributed("Fairweather, asked about Ashby, offered a one-word reply: “Who?”", "Who", "Fairweather");
        attributed("Pike shot back, “That is not an answer.”", "not an answer", "Pike");
        Quote fired = quoteWith(analyze("The officer fired twice. “It was over in seconds,” a witness said."), "seconds");
        assertEquals("a witness", fired.speaker().text());
        Quote cr = quoteWith(analyze("In a letter, the caucus said a short-term continuing resolution would be "
                + "“surrender by another name.”"), "surrender");
        assertEquals("the caucus", cr.speaker().text());
        Quote group = quoteWith(analyze("The complaints were filed by a group called Parents for Books, which lists "
                + "what it calls “explicit materials.”"), "explicit");
        assertEquals("it", group.speaker().text(), "'a group called ...' names a group; 'filed' is no speaker");
    }

    // ------------------------------------------------------------------ which sentence

    @Test
    void nextSentenceReportingItsOwnWords_doesNotAttributeTheQuoteBeforeIt() {
        Analysis a = analyze("“Officers decide in seconds,” Kowalczyk said. “Nobody on that board has had to.” He said "
                + "the union was weighing a legal challenge.");
        assertEquals("Kowalczyk", quoteWith(a, "Nobody").speaker().text());
        Analysis b = analyze("“Four years is enough,” Hartzell said. “Even for somebody you like.” Two booths down, "
                + "Lyle Brenneman, 57, said he was sticking with Rourke.");
        assertEquals("Hartzell", quoteWith(b, "Even for").speaker().text());
        // a bare "he said" still does, and so does "He said that on Monday"
        attributed("“Prices will fall.” He said that on Monday.", "Prices", "He");
    }

    @Test
    void phraseDescribingTheQuote_isNotItsSpeaker() {
        attributed("A spokeswoman said only that “all options remain on the table,” a phrase several parents "
                + "repeated.", "options", "A spokeswoman");
        attributed("The sheriff wrote that she had “never once raised these concerns,” a claim she disputes.",
                "concerns", "The sheriff");
        // "the statement said" still names the statement
        attributed("“We regret the delay,” the statement said.", "regret", "the statement");
    }

    @Test
    void semicolon_endsTheClauseTheQuoteBelongsTo() {
        Analysis a = analyze("Democrats call it a “poison pill”; Republicans call it “basic accountability.”");
        assertEquals("Democrats", quoteWith(a, "poison").speaker().text());
        assertEquals("Republicans", quoteWith(a, "accountability").speaker().text());
    }

    @Test
    void negatedVerb_attributesNothing() {
        Quote q = quoteWith(analyze("Sorensen warned that dues “could rise.” Lee did not respond to a request for "
                + "comment."), "rise");
        assertEquals("Sorensen", q.speaker().text());
    }

    // ------------------------------------------------------------------ names, slogans and titles

    @Test
    void titlesListedWithATitle_areTitles() {
        Analysis a = analyze("The board ordered the removal of “The Salt Year,” “Small Fires” and “A House With No Windows” from "
                + "the shelves.");
        assertEquals(Kind.TITLE, quoteWith(a, "Salt").kind());
        assertEquals(Kind.TITLE, quoteWith(a, "Small Fires").kind());
        assertEquals(Kind.TITLE, quoteWith(a, "No Windows").kind());
    }

    @Test
    void wordsOnSignsAndShirts_areNotSpeech() {
        assertEquals(Kind.TITLE, kindOf("Farmers held signs reading “Dial-Up Is Not a Plan” on the lawn.", "Dial-Up"));
        assertEquals(Kind.TITLE, kindOf("Opponents wore T-shirts that read “Schools Not Stadiums” to the vote.", "Schools"));
        assertEquals(Kind.TITLE, kindOf("Her campaign’s new ad, “Paper Trail,” began airing Wednesday.", "Paper Trail"));
        assertEquals(Kind.TITLE, kindOf("The group sent a release headlined “Cole Flips on Her Record” to reporters.",
                "Cole Flips"));
    }

    @Test
    void appositiveAfterTheQuote_saysWhatItIs() {
        assertEquals(Kind.SCARE, kindOf("He called her “Tax-Hike Ruth,” a nickname his campaign uses in ads.", "Ruth"));
        assertEquals(Kind.TITLE, kindOf("Cole called in to “The Morning Drive,” a talk program on a Cleveland station.",
                "Morning Drive"));
        // a phrase is still somebody's words
        assertEquals(Kind.SPEECH, kindOf("She said only that “all options remain on the table,” a phrase parents "
                + "repeated.", "options"));
    }

    @Test
    void namesGivenByNamingVerbs_areNamesNotQuotes() {
        assertEquals(Kind.SCARE, kindOf("Keller, whom supporters call “the Cowboy CEO,” runs on his record.", "Cowboy"));
        assertEquals(Kind.TITLE, kindOf("Her campaign has taken to calling it the “Ruhnke Raid” in ads.", "Ruhnke"));
        assertEquals(Kind.SCARE, kindOf("The measure is known around the Capitol simply as “the fiber bill,” and it "
                + "stalled.", "fiber"));
        assertEquals(Kind.SCARE, kindOf("Supervisors referred to the backlog of complaints as “the pile.”", "pile"));
        // a long quote after "called" is what was said, not a name
        attributed("The council cut the budget, a move the police union called “reckless, dangerous, and insulting "
                + "to every officer.”", "reckless", "the police union");
        assertNotEquals(Kind.SCARE, kindOf("A 1995 article hailed Trump as “The Comeback Kid” for his deals.", "Comeback"));
    }

    @Test
    void titleCaseWithoutAttribution_isATitleOrSlogan() {
        Analysis a = analyze("Mr. Stennholm, who has made his pledge to ''Zero Out the Income Tax'' the centre of his "
                + "campaign, replied that Ms. Albrecht had ''never met a tax she didn't want to raise.''");
        assertEquals(Kind.TITLE, quoteWith(a, "Zero Out").kind());
        assertEquals("Mr. Stennholm", quoteWith(a, "never met").speaker().text(),
                "the title no longer cuts the reply off from its speaker");
    }

    // ------------------------------------------------------------------ second batch: British style, records, recordings

    @Test
    void britishSingleQuotes_holdDoubleQuotesAndRunOverParagraphs() {
        Analysis a = analyze("Priya Lal spoke next. She said: ‘Ministers keep telling us there is nothing to worry "
                + "about. Farmers deserve better than “trust us”.’\n\nTom Ashby, of the farmers’ union, was ‘deeply "
                + "uneasy’.");
        assertEquals(2, a.quotes().size(), () -> "quotes: " + a.quotes());
        attributed(a, "Ministers keep", "She");
        assertEquals(Kind.SPEECH, quoteWith(a, "uneasy").kind());
        Analysis b = analyze("She spoke for about 20 minutes, much of it about her grandmother.\n\n‘She cleaned houses "
                + "for 30 years and never once complained.\n\n‘What I want people to understand is that those ties are a "
                + "network.’\n\nThe delegation flies home on Friday.");
        assertEquals(1, b.quotes().size(), () -> "one quote over two paragraphs: " + b.quotes());
        assertEquals("She", b.quotes().get(0).speaker().text(), "the paragraph before says she spoke");
    }

    @Test
    void recordsAndRecordings_givePeopleTheirWords() {
        attributed("Mr. Okafor replied within minutes, according to the indictment: “Lexus. Gray or black.”", "Lexus",
                "Mr. Okafor");
        // with no person speaking in the sentence, the record is the source
        attributed("The boxes were “among the most secure parts of the system,” according to court filings.", "secure",
                "court filings");
        attributed("“Look, people are living longer,” Bancroft can be heard saying on the recording.", "living longer",
                "Bancroft");
        Quote group = quoteWith(analyze("Voting rights advocates say the provision worries them most. “People are "
                + "already quitting.”"), "quitting");
        assertEquals(Status.VAGUE, group.status());
        assertEquals("Voting rights advocates", group.speaker().text());
        Quote back = quoteWith(analyze("When an aide asked why, he wrote back telling her to “stop asking.”"), "stop asking");
        assertEquals("he", back.speaker().text(), "'back' is part of 'wrote back'");
        assertEquals(Kind.TITLE, kindOf("Appearing on Fox News’ “Hannity” that night, Hollis laughed it off.", "Hannity"));
        attributed("The union said in a statement posted to Facebook that the plan was “unsafe.”", "unsafe", "The union");
        attributed("Investors lost $96 million, according to the indictment, which quotes an email in which Ms. Voss "
                + "told her board that the loan book was “the cleanest in fintech.”", "cleanest", "Ms. Voss");
        assertEquals(Kind.TITLE, kindOf("The law, the “Age-Appropriate Materials Act,” requires a catalogue.", "Materials"));
    }

    // ------------------------------------------------------------------ third batch: opinion, campaign trail, Congress

    @Test
    void thirdBatch_subjectsAndClauses() {
        attributed("Rep. Blake Hollister (R-S.C.), a leader of the group, called the measure “a spending bill.”",
                "spending bill", "Rep. Blake Hollister");
        attributed("In a written response, the panel’s ranking Republican, Sen. Garrett Lusk (R-Wyo.), faulted the "
                + "staff and said the findings were “one-sided.”", "one-sided",
                "the panel’s ranking Republican, Sen. Garrett Lusk");
        attributed("As a lobbyist put it last week: “They will pass whatever lets them go home.”", "go home",
                "a lobbyist");
        attributed("One reader wrote to me after I spoke at a Rotary lunch: “You are scaring people.”", "scaring",
                "One reader");
        // a reaction in the next sentence does not attribute a closed quote; "“Why?” Vitter demanded." still does
        Quote laugh = quoteWith(analyze("“When I read it, I opposed it,” she said. “You read things.” The audience "
                + "laughed anyway."), "You read");
        assertEquals("she", laugh.speaker().text());
        attributed("“Why is this not proof?” Vitter demanded.", "proof", "Vitter");
    }

    @Test
    void thirdBatch_namesOfLawsAndNicknames() {
        assertEquals(Kind.TITLE, kindOf("Oakes pointed to her proposed “Working Families First Act,” which would raise "
                + "wages.", "Working Families"));
        assertEquals(Kind.TITLE, kindOf("A group calling itself “Haskell Democrats,” mostly retirees, formed.", "Haskell"));
        assertEquals(Kind.SCARE, kindOf("He has taken to calling her “Madame Status Quo” at his rallies.", "Madame"));
        assertEquals(Kind.SCARE, kindOf("It came in what the network called its “lightning round,” a segment meant for "
                + "short answers.", "lightning"));
    }
}
