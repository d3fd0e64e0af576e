package io.copydesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The re-anchoring rules on their own: exact, context, fuzzy, orphaned. */
class AnchoringTest {

    static final String TEXT = "The council met on Tuesday. The mayor said the bridge will close in May. "
            + "Residents were not consulted, according to the petition. The bridge carries 20,000 cars a day.";

    private static Anchoring.Selector select(String passage) {
        int start = TEXT.indexOf(passage);
        return Anchoring.select(TEXT, start, start + passage.length());
    }

    private static String anchored(Anchoring.Selector s, String newText, Anchoring.Method expected) {
        Anchoring.Anchor a = Anchoring.anchor(s, TEXT, newText);
        assertEquals(expected, a.method());
        return a.orphaned() ? null : newText.substring(a.start(), a.end());
    }

    @Test
    void insertBefore_movesTheAnchorExactly() {
        Anchoring.Selector s = select("the bridge will close in May");
        String newText = "BREAKING. An extra first sentence was added here. " + TEXT;
        assertEquals("the bridge will close in May", anchored(s, newText, Anchoring.Method.EXACT));
    }

    @Test
    void editInside_keepsTheAnchorByContext() {
        Anchoring.Selector s = select("Residents were not consulted");
        String newText = TEXT.replace("Residents were not consulted", "Residents of the east bank were never consulted");
        assertEquals("Residents of the east bank were never consulted", anchored(s, newText, Anchoring.Method.CONTEXT));
    }

    @Test
    void deletedPassage_isOrphaned() {
        Anchoring.Selector s = select("Residents were not consulted, according to the petition.");
        String newText = TEXT.replace("Residents were not consulted, according to the petition. ", "");
        anchored(s, newText, Anchoring.Method.ORPHANED);
    }

    @Test
    void repeatedPhrase_isAnchoredWhereItsContextMatches() {
        Anchoring.Selector s = select("The bridge carries");
        String newText = "The bridge carries trains too. " + TEXT;
        Anchoring.Anchor a = Anchoring.anchor(s, TEXT, newText);
        assertEquals(Anchoring.Method.EXACT, a.method());
        assertEquals(newText.lastIndexOf("The bridge carries"), a.start());
    }

    @Test
    void smallRewriteWithoutContext_isFoundFuzzily() {
        String text = "Short note about the bridge will close in May and more.";
        int start = text.indexOf("the bridge will close in May");
        Anchoring.Selector s = new Anchoring.Selector("the bridge will close in May", "", "", start, start + 28);
        String newText = "Short note about the bridge shall close in May and more.";
        Anchoring.Anchor a = Anchoring.anchor(s, text, newText);
        assertEquals(Anchoring.Method.FUZZY, a.method());
        assertEquals("the bridge shall close in May", newText.substring(a.start(), a.end()));
    }

    @Test
    void hint_followsEditsBeforeThePassage() {
        assertEquals(15, Anchoring.hint(10, "0123456789abcdef", "01234XXXXX56789abcdef"));
        assertEquals(3, Anchoring.hint(3, "0123456789", "0123456789XX"));
    }
}
