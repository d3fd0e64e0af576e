package io.copydesk.quotes;

import org.junit.jupiter.api.Test;

import static io.copydesk.quotes.Detect.analyze;
import static io.copydesk.quotes.Detect.attributed;
import static io.copydesk.quotes.Detect.quoteWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hand-written sentences for the twenty-fourth round (docs/review-service.md): common attribution shapes that a
 * probe of thirty everyday news sentences found flagged as unsourced, or credited to the thing said rather than to
 * who said it.
 */
class CommonConstructionsRulesTest {

    @Test
    void wasHowOrIsWhatAfterTheQuote_namesTheSpeaker() {
        Quote q = attributed("“We will not back down,” was how Ruiz put it.", "back down", "Ruiz");
        assertEquals("put it", q.cue().text());
        attributed("“We need more nurses,” is how Ruiz summed it up.", "nurses", "Ruiz");
        attributed("“It is over,” was what the mayor told reporters.", "over", "the mayor");
        // a new sentence after a closed quote was already read by the "That was how" rule and stays so
        attributed("“It is over.” That was how Ruiz put it.", "over", "Ruiz");
    }

    @Test
    void capitalisedWordThenIsHow_isSpeechNotATitle() {
        Quote q = attributed("“Shameful” is how Ruiz described the vote.", "Shameful", "Ruiz");
        assertEquals("described", q.cue().text());
        // capitalised words that are the subject of their sentence still name a work
        assertEquals(Kind.TITLE, quoteWith(analyze("“Iron Meridian” is ruling the weekend box office."), "Iron").kind());
    }

    @Test
    void family_isAPersonNounNotAnAdverb() {
        // "-ly" words between a subject and its verb are read as adverbs ("Ruiz quickly said"); "family" is none
        attributed("The family said the police were “too slow.”", "too slow", "The family"); // was flagged unsourced
        attributed("“We are sorry,” the family said.", "sorry", "the family"); // the mention was "the"
        attributed("“We are sorry,” the Ruiz family said.", "sorry", "the Ruiz family");
        attributed("“We are sorry,” the victim’s family said.", "sorry", "the victim’s family");
        attributed("The family of the victim told reporters that the verdict was “a relief.”", "relief",
                "The family of the victim");
        // an adverb is still stepped over
        attributed("“We are sorry,” Ruiz quickly said.", "sorry", "Ruiz");
    }

    @Test
    void inTheWordsOf_afterTheQuote_namesTheSpeaker() {
        Quote q = attributed("The plan was “dead on arrival,” in the words of Sen. Ana Ruiz.", "dead", "Sen. Ana Ruiz");
        assertEquals("in the words of", q.cue().text());
        // "one pollster" is one of a group, unnamed, as in "as one put it"
        q = quoteWith(analyze("Trump entered the race as “a long shot,” in the words of one pollster."), "long shot");
        assertEquals(Status.VAGUE, q.status());
        assertEquals("one pollster", q.speaker().text());
    }

    @Test
    void cameTheReplyFrom_namesTheSpeaker() {
        Quote q = attributed("“No comment,” came the reply from the mayor’s office.", "comment", "the mayor’s office");
        assertEquals("came the reply from", q.cue().text());
        // without "from" nobody is named: still unsourced
        assertEquals(Status.UNSOURCED, quoteWith(analyze("“No comment,” came the reply."), "comment").status());
    }

    @Test
    void thingSaidBeforeAColon_belongsToWhoSaidIt() {
        Quote q = attributed("The message from the governor was blunt: “Pay up or shut down.”", "Pay up", "the governor");
        assertEquals("message", q.cue().text()); // was "The message", with no cue
        attributed("The answer from the White House was swift: “Absolutely not.”", "Absolutely", "the White House");
        attributed("For Ruiz, the answer is simple: “Build more housing.”", "housing", "Ruiz");
        q = attributed("Ruiz’s message to graduates was simple: “Be kind.”", "kind", "Ruiz’s");
        assertEquals("Ruiz", q.speaker().name());
        q = attributed("Ruiz stood up. His answer was short: “No.”", "No", "His");
        assertEquals("Ruiz", q.speaker().name());
        attributed("The mayor’s response was swift: “Absolutely not.”", "Absolutely", "The mayor’s");
        // an opening phrase that names nobody, or a noun that is no thing said, keeps the old reading
        attributed("For most of the year, the message was simple: “Stay home.”", "Stay home", "the message");
        attributed("Ruiz had a simple message for voters: “Show up.”", "Show up", "Ruiz");
    }

    @Test
    void possessiveThingSaidAsAQuestion_introducesTheQuote() {
        Quote q = attributed("Ruiz’s response? “Bring it on.”", "Bring it on", "Ruiz’s");
        assertEquals("Ruiz", q.speaker().name());
        assertEquals("response", q.cue().text());
        // a question that is no one's words leaves the quote unsourced
        assertEquals(Status.UNSOURCED, quoteWith(analyze("The question now? “What comes next.”"), "comes next").status());
    }
}
