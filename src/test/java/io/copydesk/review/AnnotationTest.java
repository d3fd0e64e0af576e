package io.copydesk.review;

import static io.copydesk.support.Stories.expect303;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.copydesk.article.ArticleStatus;
import io.copydesk.notify.NotificationKind;
import io.copydesk.support.Browser;
import io.copydesk.support.Notifications;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Notes stay on their passage as the text changes, have threads, and fact-checks block approval. */
@QuarkusTest
class AnnotationTest {

    static final String BODY = "The council met on Tuesday.\n\nThe bridge carries 20,000 cars a day, the mayor said.\n\n"
            + "Repairs will take two years.";
    static final String PASSAGE = "20,000 cars a day";

    private static Annotation annotation(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Annotation.findById(id));
    }

    private static List<AnnotationComment> comments(long annotationId) {
        return QuarkusTransaction.requiringNew().call(() -> AnnotationComment.list(
                "annotation.id = ?1 order by id", annotationId));
    }

    private static long annotate(Browser who, long storyId, String kind, String comment) {
        int start = BODY.indexOf(PASSAGE);
        Response r = who.post("/articles/" + storyId + "/annotations", "kind", kind, "comment", comment,
                "quote", PASSAGE, "start", start, "end", start + PASSAGE.length(), "revision", 1);
        expect303(r);
        String location = r.header("Location");
        return Long.parseLong(location.substring(location.indexOf("#note-") + 6));
    }

    private static long story(Browser writer) {
        long id = Stories.create(writer, "Bridge", BODY);
        expect303(writer.post("/articles/" + id + "/submit"));
        return id;
    }

    @Test
    void note_isHighlightedOnItsPassage_andListed() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = story(writer);
        long note = annotate(editor, id, "fact-check", "Source for the traffic count?");

        Document page = writer.page("/articles/" + id);
        Element mark = page.selectFirst("#story-text #a-" + note);
        assertEquals(PASSAGE, mark.text());
        assertTrue(mark.hasClass("ann-fact-check"));
        Element card = page.selectFirst("#note-" + note);
        assertTrue(card.text().contains("Source for the traffic count?"));
        assertEquals(PASSAGE, card.selectFirst(".note-quote").text());
    }

    @Test
    void noteWithoutOffsets_findsThePassage() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = story(writer);
        expect303(editor.post("/articles/" + id + "/annotations", "kind", "style", "comment", "Spell out?",
                "quote", "two years"));
        Annotation a = QuarkusTransaction.requiringNew().call(() -> Annotation.<Annotation>find("article.id", id).firstResult());
        assertEquals(BODY.indexOf("two years"), a.start);
        assertEquals(409, editor.post("/articles/" + id + "/annotations", "kind", "style", "comment", "x",
                "quote", "not in the text").statusCode());
    }

    @Test
    void insertBeforeThePassage_reanchorsExactly() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = story(writer);
        long note = annotate(editor, id, "comment", "Check");
        String edited = "A new first paragraph, added later.\n\n" + BODY;
        expect303(Stories.edit(writer, id, "Bridge", edited));

        Annotation a = annotation(note);
        assertEquals(2, a.anchoredRevision);
        assertEquals(Anchoring.Method.EXACT, a.anchorMethod);
        assertEquals(edited.indexOf(PASSAGE), a.start);
        assertEquals(PASSAGE, writer.page("/articles/" + id).selectFirst("#a-" + note).text());
    }

    @Test
    void editInsideThePassage_keepsTheNoteOnTheNewWords() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = story(writer);
        long note = annotate(editor, id, "fact-check", "Check the count");
        expect303(Stories.edit(writer, id, "Bridge", BODY.replace("20,000 cars a day", "about 18,500 cars a day")));

        Annotation a = annotation(note);
        assertFalse(a.orphaned());
        assertEquals("about 18,500 cars a day", a.quote);
        assertEquals("about 18,500 cars a day", writer.page("/articles/" + id).selectFirst("#a-" + note).text());
    }

    @Test
    void deletingThePassage_orphansTheNote_whichKeepsItsText() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = story(writer);
        long note = annotate(editor, id, "legal", "Is this defamatory?");
        expect303(Stories.edit(writer, id, "Bridge", BODY.replace("The bridge carries 20,000 cars a day, the mayor said.\n\n", "")));

        Annotation a = annotation(note);
        assertEquals(2, a.orphanedIn);
        Document page = editor.page("/articles/" + id);
        assertNull(page.selectFirst("#a-" + note), "not highlighted any more");
        Element card = page.selectFirst("#note-" + note);
        assertTrue(card.hasClass("note-orphaned"));
        assertEquals(PASSAGE, card.selectFirst(".note-quote").text());
        Document changes = editor.page("/articles/" + id + "/review/changes");
        assertTrue(changes.selectFirst("#approve-why").text().contains("1 open legal note"), "orphaned legal note still blocks");
    }

    @Test
    void restoringTheRevision_bringsAnOrphanBack() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = story(writer);
        long note = annotate(editor, id, "comment", "Keep this");
        expect303(Stories.edit(writer, id, "Bridge", "The council met on Tuesday."));
        assertNotNull(annotation(note).orphanedIn);
        expect303(writer.post("/articles/" + id + "/revisions/1/restore"));
        Annotation back = annotation(note);
        assertNull(back.orphanedIn);
        assertEquals(3, back.anchoredRevision);
    }

    @Test
    void openFactCheck_blocksApproval_untilResolved() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = story(writer);
        long note = annotate(editor, id, "fact-check", "Source?");

        assertEquals(409, Stories.decide(editor, id, "approve", "").statusCode());
        assertTrue(editor.page("/articles/" + id).selectFirst("#approve-why").text().contains("1 open fact-check note"));

        expect303(writer.post("/articles/" + id + "/annotations/" + note + "/replies", "body", "City traffic report, 2025."));
        expect303(editor.post("/articles/" + id + "/annotations/" + note + "/resolve"));
        assertTrue(annotation(note).resolved);
        expect303(Stories.decide(editor, id, "approve", ""));
        assertEquals(ArticleStatus.APPROVED, Stories.status(id));
    }

    @Test
    void styleNote_doesNotBlockApproval() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = story(writer);
        annotate(editor, id, "style", "Numbers under ten in words");
        expect303(Stories.decide(editor, id, "approve", ""));
    }

    @Test
    void thread_repliesMentionsResolveReopen_andNotifications() {
        String writerName = TestUsers.create(Role.WRITER);
        String editorName = TestUsers.create(Role.EDITOR);
        String chiefName = TestUsers.create(Role.CHIEF);
        String otherWriter = TestUsers.create(Role.WRITER);
        Browser writer = Browser.login(writerName);
        Browser editor = Browser.login(editorName);
        long id = story(writer);
        long note = annotate(editor, id, "comment", "@" + chiefName + " and @" + otherWriter + ", is this right?");

        assertEquals(1, Notifications.count(chiefName, NotificationKind.MENTIONED));
        assertEquals(0, Notifications.count(otherWriter, NotificationKind.MENTIONED), "cannot see the story, not told");

        expect303(writer.post("/articles/" + id + "/annotations/" + note + "/replies", "body", "Yes, from the city report."));
        assertEquals(1, Notifications.count(editorName, NotificationKind.REPLY));
        assertEquals(0, Notifications.count(writerName, NotificationKind.REPLY), "not told of one's own reply");

        expect303(writer.post("/articles/" + id + "/annotations/" + note + "/resolve"));
        assertTrue(annotation(note).resolved);
        assertEquals(409, writer.post("/articles/" + id + "/annotations/" + note + "/resolve").statusCode());
        expect303(editor.post("/articles/" + id + "/annotations/" + note + "/reopen"));
        assertFalse(annotation(note).resolved);
        assertEquals(2, comments(note).size());
    }

    @Test
    void comments_canBeEditedAndDeletedOnlyByTheirAuthor() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = story(writer);
        long note = annotate(editor, id, "comment", "First thought");
        long commentId = comments(note).get(0).id;

        assertEquals(409, writer.post("/articles/" + id + "/annotations/" + note + "/comments/" + commentId + "/edit",
                "body", "Hijacked").statusCode());
        assertEquals(409, writer.post("/articles/" + id + "/annotations/" + note + "/comments/" + commentId + "/delete")
                .statusCode());
        assertEquals("First thought", comments(note).get(0).body);

        expect303(editor.post("/articles/" + id + "/annotations/" + note + "/comments/" + commentId + "/edit",
                "body", "Second thought"));
        AnnotationComment edited = comments(note).get(0);
        assertEquals("Second thought", edited.body);
        assertNotNull(edited.editedAt);
        expect303(editor.post("/articles/" + id + "/annotations/" + note + "/comments/" + commentId + "/delete"));
        assertTrue(comments(note).get(0).deleted);
        assertTrue(editor.page("/articles/" + id).selectFirst("#comment-" + commentId).text().contains("deleted this comment"));
    }

    @Test
    void history_showsNotesDecisionsAndRevisionsOnOneTimeline() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = story(writer);
        long note = annotate(editor, id, "fact-check", "Source?");
        expect303(editor.post("/articles/" + id + "/annotations/" + note + "/resolve"));
        expect303(Stories.decide(editor, id, "comment", "Reads well."));
        List<String> timeline = writer.page("/articles/" + id + "/history").select(".full-timeline li").eachText();
        assertTrue(timeline.stream().anyMatch(t -> t.contains("added a fact-check note")), timeline.toString());
        assertTrue(timeline.stream().anyMatch(t -> t.contains("resolved a fact-check note")));
        assertTrue(timeline.stream().anyMatch(t -> t.contains("commented on revision 1") && t.contains("Reads well.")));
        assertTrue(timeline.stream().anyMatch(t -> t.contains("Draft → In review")));
        assertTrue(timeline.stream().anyMatch(t -> t.contains("wrote revision 1")));
    }

    @Test
    void manyNotes_firstOnesInFull_restAsLines_allOnTheNotesPage() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        Browser otherWriter = Browser.login(TestUsers.create(Role.WRITER));
        long id = story(writer);
        long first = annotate(editor, id, "fact-check", "Blocking one");
        for (int i = 0; i < 29; i++) {
            annotate(editor, id, "style", "Style " + i);
        }
        Document page = editor.page("/articles/" + id);
        assertEquals(25, page.select("#notes ol.notes > li.note").size());
        assertEquals(5, page.select("#notes .note-list li").size());
        assertNotNull(page.selectFirst("#note-" + first), "blocking notes come first");
        assertNotNull(page.selectFirst("#story-text #a-" + first), "highlighted in the text");

        Document all = editor.page("/articles/" + id + "/annotations");
        assertEquals(30, all.select("table.notes-table tbody tr").size());
        Document one = editor.page("/articles/" + id + "/annotations/" + first);
        assertTrue(one.selectFirst("#note-" + first).text().contains("Blocking one"));
        assertEquals(404, otherWriter.get("/articles/" + id + "/annotations").statusCode());
        assertEquals(404, otherWriter.get("/articles/" + id + "/annotations/" + first).statusCode());
        assertEquals(404, editor.get("/articles/" + id + "/annotations/999999").statusCode());
    }
}
