package io.copydesk.article;

import static io.copydesk.support.Stories.expect303;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.copydesk.support.Browser;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every illegal move is refused on the server with a clear message, and changes nothing. */
@QuarkusTest
class WorkflowRulesTest {

    private static void assertRefused(Response response, String messagePart) {
        assertEquals(409, response.statusCode(), response.asString());
        Document page = Browser.parse(response);
        assertTrue(page.selectFirst(".lede").text().contains(messagePart),
                "expected «" + messagePart + "» in «" + page.selectFirst(".lede").text() + "»");
    }

    @Test
    void writerApproving_isRefused() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser otherWriter = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.inReview(writer);
        assertEquals(404, Stories.decide(otherWriter, id, "approve", "").statusCode(), "other writers cannot even see it");
        assertRefused(Stories.decide(writer, id, "approve", ""), "Only editors and chief editors approve");
        assertEquals(ArticleStatus.IN_REVIEW, Stories.status(id));
    }

    @Test
    void editorApprovingOwnStory_isRefused() {
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.inReview(editor);
        assertRefused(Stories.decide(editor, id, "approve", ""), "You wrote this story");
        assertEquals(ArticleStatus.IN_REVIEW, Stories.status(id));
    }

    @Test
    void approvingAStoryWithChangesRequested_isRefused() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        Browser otherEditor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.inReview(writer);
        expect303(Stories.decide(editor, id, "request_changes", "Cut the second paragraph."));
        assertRefused(Stories.decide(otherEditor, id, "approve", ""), "once it is in review");
        assertEquals(ArticleStatus.CHANGES_REQUESTED, Stories.status(id));
    }

    @Test
    void editor_cannotSeeADraft() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.create(writer);
        assertEquals(404, editor.get("/articles/" + id).statusCode());
        assertEquals(404, Stories.decide(editor, id, "approve", "").statusCode());
    }

    @Test
    void publishing_byWriterOrEditor_isRefused_andBeforeApproval_isRefused() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        Browser chief = Browser.login(TestUsers.create(Role.CHIEF));
        long id = Stories.inReview(writer);
        assertRefused(chief.post("/articles/" + id + "/publish"), "Only an approved story can be published");
        expect303(Stories.decide(editor, id, "approve", ""));
        assertRefused(writer.post("/articles/" + id + "/publish"), "Only a chief editor can publish");
        assertRefused(editor.post("/articles/" + id + "/publish"), "Only a chief editor can publish");
        assertEquals(ArticleStatus.APPROVED, Stories.status(id));
    }

    @Test
    void publishingTwice_isRefused() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        Browser chief = Browser.login(TestUsers.create(Role.CHIEF));
        long id = Stories.inReview(writer);
        expect303(Stories.decide(editor, id, "approve", ""));
        expect303(chief.post("/articles/" + id + "/publish"));
        assertRefused(chief.post("/articles/" + id + "/publish"), "Only an approved story can be published");
    }

    @Test
    void submittingTwice_isRefused() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.inReview(writer);
        assertRefused(writer.post("/articles/" + id + "/submit"), "only a draft or a story with changes requested");
    }

    @Test
    void requestingChanges_withoutComment_isRefused() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.inReview(writer);
        assertRefused(Stories.decide(editor, id, "request_changes", "  "), "needs a comment");
        assertEquals(ArticleStatus.IN_REVIEW, Stories.status(id));
    }

    @Test
    void changesRequested_resubmitted_goesBackToReview_andSameEditorApproves() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.inReview(writer);
        expect303(Stories.decide(editor, id, "request_changes", "Name the mayor's source."));
        assertEquals(ArticleStatus.CHANGES_REQUESTED, Stories.status(id));
        Document writerView = writer.page("/articles/" + id);
        assertTrue(writerView.select(".request blockquote").text().contains("Name the mayor's source."));

        expect303(Stories.edit(writer, id, "Bridge to close", Stories.BODY + "\n\nThe council confirmed the vote."));
        expect303(writer.post("/articles/" + id + "/submit"));
        assertEquals(ArticleStatus.IN_REVIEW, Stories.status(id));
        expect303(Stories.decide(editor, id, "approve", ""));
        assertEquals(ArticleStatus.APPROVED, Stories.status(id));
    }

    @Test
    void writer_cannotSeeOrChangeAnotherWritersDraft() {
        Browser owner = Browser.login(TestUsers.create(Role.WRITER));
        Browser other = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.create(owner);
        assertEquals(404, other.get("/articles/" + id).statusCode());
        assertEquals(404, other.get("/articles/" + id + "/edit").statusCode());
        assertEquals(404, other.get("/articles/" + id + "/history").statusCode());
        assertEquals(404, other.get("/articles/" + id + "/compare?from=1&to=1").statusCode());
        assertEquals(404, Stories.edit(other, id, "Hijacked", "Mine now").statusCode());
        assertEquals(404, other.post("/articles/" + id + "/submit").statusCode());
        assertEquals(1, Stories.revisionCount(id));
        assertEquals(ArticleStatus.DRAFT, Stories.status(id));
    }

    @Test
    void anonymous_isSentToLogin_andCannotPost() {
        Browser anonymous = Browser.anonymous();
        Response page = anonymous.get("/articles");
        assertEquals(302, page.statusCode());
        assertTrue(page.header("Location").endsWith("/login"));
        Response post = anonymous.post("/articles/1/submit");
        assertTrue(post.statusCode() == 302 || post.statusCode() == 401 || post.statusCode() == 403,
                "anonymous POST answered " + post.statusCode());
    }

    @Test
    void postWithoutCsrfToken_isRefused() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.create(writer);
        writer.csrfToken();
        assertEquals(400, writer.postWithoutCsrf("/articles/" + id + "/submit").statusCode());
        assertEquals(ArticleStatus.DRAFT, Stories.status(id));
    }
}
