package io.copydesk.article;

import static io.copydesk.support.Stories.expect303;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.copydesk.support.Browser;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.test.junit.QuarkusTest;

/** Every save is a revision; revisions never change; compare and restore work on any two of them. */
@QuarkusTest
class RevisionHistoryTest {

    @Test
    void edit_createsNewRevision_andLeavesOldOneUntouched() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.create(writer, "Bridge to close", "The council voted to close the bridge.");
        Revision before = Stories.revision(id, 1);

        expect303(Stories.edit(writer, id, "Old bridge to close", "The city council voted on Tuesday to close the bridge."));

        assertEquals(2, Stories.revisionCount(id));
        Revision after = Stories.revision(id, 1);
        assertEquals(before.title, after.title);
        assertEquals(before.body, after.body);
        assertEquals(before.createdAt, after.createdAt);
        Revision second = Stories.revision(id, 2);
        assertEquals("Old bridge to close", second.title);
        assertEquals(2, Stories.article(id).currentRevision);
        assertEquals("Old bridge to close", Stories.article(id).title);
    }

    @Test
    void storyPage_listsTheFiveNewestRevisions_newestFirst() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.create(writer, "Bridge", "Version 1 of the story.");
        for (int n = 2; n <= 7; n++) {
            expect303(Stories.edit(writer, id, "Bridge", "Version " + n + " of the story."));
        }
        Document page = writer.page("/articles/" + id);
        List<String> recent = page.select("h3:containsOwn(Recent revisions) + ul li a").eachText();
        assertEquals(List.of("Revision 7", "Revision 6", "Revision 5", "Revision 4", "Revision 3"), recent);
        // the full history still lists all seven
        assertEquals(7, writer.page("/articles/" + id + "/history").select("table.history tbody tr").size());
    }

    @Test
    void saveWithoutChanges_createsNoRevision() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.create(writer, "Bridge to close", "The council voted.");
        expect303(Stories.edit(writer, id, "Bridge to close", "The council voted.\n"));
        assertEquals(1, Stories.revisionCount(id));
    }

    @Test
    void history_listsRevisionsWithWordsAddedAndRemoved() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.create(writer, "Bridge", "one two three four");
        expect303(writer.postMultipart("/articles/" + id + "/edit", Browser.form("title", "Bridge",
                "body", "one two five four six", "baseRevision", "1", "summary", "Fixed the count"), null, null));
        Document history = writer.page("/articles/" + id + "/history");
        var rows = history.select("table.history tbody tr");
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).text().contains("Fixed the count"));
        assertEquals("+2 −1", rows.get(0).selectFirst("td.change").text());
        Revision second = Stories.revision(id, 2);
        assertEquals(2, second.wordsAdded);
        assertEquals(1, second.wordsRemoved);
    }

    @Test
    void compare_showsInsertionsAndDeletionsWordByWord() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.create(writer, "Bridge", "The council voted on Tuesday to close the bridge.\n\nRepairs take two years.");
        expect303(Stories.edit(writer, id, "Bridge", "The city council voted on Monday to close the bridge.\n\nRepairs take two years."));
        expect303(Stories.edit(writer, id, "Bridge", "The city council voted on Monday to close the bridge."));

        Document compare = writer.page("/articles/" + id + "/compare?from=1&to=2");
        List<String> inserted = compare.select("article.diff ins").eachText();
        List<String> deleted = compare.select("article.diff del").eachText();
        assertEquals(List.of("city", "Monday"), inserted);
        assertEquals(List.of("Tuesday"), deleted);
        assertEquals("Repairs take two years.", compare.select("article.diff p").get(1).text());

        Document anyTwo = writer.page("/articles/" + id + "/compare?from=3&to=1");
        assertEquals(List.of("city", "Monday"), anyTwo.select("article.diff del").eachText());
        assertEquals(List.of("Tuesday", "Repairs take two years."), anyTwo.select("article.diff ins").eachText());
    }

    @Test
    void restore_createsNewRevisionWithOldText() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.create(writer, "First title", "First text.");
        expect303(Stories.edit(writer, id, "Second title", "Second text."));

        expect303(writer.post("/articles/" + id + "/revisions/1/restore"));

        assertEquals(3, Stories.revisionCount(id));
        Revision restored = Stories.revision(id, 3);
        assertEquals("First title", restored.title);
        assertEquals("First text.", restored.body);
        assertEquals(1, restored.restoredFrom);
        assertEquals("Second text.", Stories.revision(id, 2).body, "history is not rewritten");
        assertNull(Stories.revision(id, 1).restoredFrom);
    }

    @Test
    void restoringCurrentRevision_isRefused() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.create(writer);
        assertEquals(409, writer.post("/articles/" + id + "/revisions/1/restore").statusCode());
        assertEquals(1, Stories.revisionCount(id));
    }

    @Test
    void unknownRevisionOrStory_answers404Page() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.create(writer);
        var missing = writer.get("/articles/" + id + "/revisions/9");
        assertEquals(404, missing.statusCode());
        assertEquals("Not found", Browser.parse(missing).selectFirst("h1").text());
        assertEquals(404, writer.get("/articles/99999999").statusCode());
        assertEquals(404, writer.get("/articles/" + id + "/compare?from=1&to=7").statusCode());
    }
}
