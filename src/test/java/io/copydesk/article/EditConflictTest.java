package io.copydesk.article;

import static io.copydesk.support.Stories.expect303;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.copydesk.support.Browser;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Two people edit the same story: the second save is not applied blindly, and nothing typed is lost. */
@QuarkusTest
class EditConflictTest {

    static final String BASE = "The council voted on Tuesday.\n\nRepairs will take two years.";

    private static Response save(Browser who, long id, int base, String body) {
        return who.postMultipart("/articles/" + id + "/edit",
                Map.of("title", "Bridge", "body", body, "baseRevision", String.valueOf(base)), null, null);
    }

    @Test
    void secondSave_getsConflictPage_withTheirTextAndTheOtherRevision() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.create(writer, "Bridge", BASE);
        expect303(writer.post("/articles/" + id + "/submit"));

        // Both opened revision 1; the editor saves first.
        expect303(save(editor, id, 1, BASE.replace("Tuesday", "Monday")));
        String mine = BASE + "\n\nThe mayor apologised to residents.";
        Response conflict = save(writer, id, 1, mine);

        assertEquals(409, conflict.statusCode());
        assertEquals(2, Stories.revisionCount(id), "nothing applied blindly");
        Document page = Browser.parse(conflict);
        assertEquals(mine, page.selectFirst("textarea#body").wholeText(), "what they typed is kept");
        assertEquals("2", page.selectFirst("input[name=baseRevision]").val());
        assertTrue(page.select("section").get(0).select("ins").eachText().contains("Monday"), "the other person's change");
        assertTrue(page.select("section").get(1).select("ins").text().contains("The mayor apologised to residents."));

        // Merged and saved from the conflict page.
        String merged = BASE.replace("Tuesday", "Monday") + "\n\nThe mayor apologised to residents.";
        expect303(save(writer, id, 2, merged));
        assertEquals(merged, Stories.revision(id, 3).body);
    }

    @Test
    void staleSave_withSameTextAsCurrent_isNotAConflict() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.create(writer, "Bridge", BASE);
        expect303(save(writer, id, 1, BASE + "\n\nMore."));
        expect303(save(writer, id, 1, BASE + "\n\nMore."));
        assertEquals(2, Stories.revisionCount(id));
    }
}
