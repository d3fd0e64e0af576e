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
}
