package io.copydesk.web;

import static io.copydesk.support.Stories.expect303;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.copydesk.support.Browser;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Script and HTML typed into any field come back as text, never as markup. */
@QuarkusTest
class OutputEscapingTest {

    static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'><b>bold</b>";

    /** No script but ours, no event handler attributes, no injected elements. */
    private static void assertInert(Document page) {
        page.select("script").forEach(s -> assertEquals("/static/copydesk.js", s.attr("src"), s.outerHtml()));
        assertTrue(page.select("[onerror], [onload], [onclick]").isEmpty(), "event handler injected");
        assertTrue(page.select("img[src=x], b").isEmpty(), "markup injected");
    }

    @Test
    void titleBodyCommentsAndNotes_areEscapedEverywhere() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.create(writer, "Title " + PAYLOAD, "Body “" + PAYLOAD + "” said nobody.");
        expect303(writer.post("/articles/" + id + "/submit"));
        expect303(Stories.decide(editor, id, "comment", "Comment " + PAYLOAD));
        expect303(editor.post("/articles/" + id + "/annotations", "kind", "comment", "comment", "Note " + PAYLOAD,
                "quote", "Body"));
        expect303(Stories.edit(writer, id, "Title " + PAYLOAD, "Body " + PAYLOAD + " edited."));

        for (String path : new String[] { "/articles/" + id, "/articles", "/articles/" + id + "/history",
                "/articles/" + id + "/compare?from=1&to=2", "/articles/" + id + "/revisions/1", "/articles/" + id + "/edit",
                "/articles/" + id + "/review/changes", "/inbox" }) {
            Document page = editor.page(path);
            assertInert(page);
        }
        Document story = editor.page("/articles/" + id);
        assertTrue(story.selectFirst("h1.story-headline").text().contains("<script>alert(1)</script>"));
        assertTrue(story.text().contains("Note " + PAYLOAD));
    }

    @Test
    void displayNameAndFileName_areEscaped() {
        Browser chief = Browser.login(TestUsers.create(Role.CHIEF));
        String username = "x" + System.nanoTime() % 100000;
        expect303(chief.post("/users", "username", username, "displayName", "Eve " + PAYLOAD, "role", "WRITER",
                "password", "long enough password"));
        assertInert(chief.page("/users"));
        Response badUsername = chief.post("/users", "username", PAYLOAD, "displayName", PAYLOAD, "role", "WRITER",
                "password", "long enough password");
        assertEquals(400, badUsername.statusCode());
        Document form = Browser.parse(badUsername);
        assertInert(form);
        assertEquals(PAYLOAD, form.selectFirst("#username").val());

        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Response upload = writer.postMultipart("/articles", Map.of("title", "File", "body", ""), PAYLOAD + ".pdf",
                "x".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, upload.statusCode());
        Document page = Browser.parse(upload);
        assertInert(page);
        assertTrue(page.selectFirst("#file-error").text().contains("<script>alert(1)</script>"),
                page.selectFirst("#file-error").text());
    }

    @Test
    void publicPageAndJson_areInert() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        Browser chief = Browser.login(TestUsers.create(Role.CHIEF));
        long id = Stories.create(writer, "Public " + PAYLOAD, "Text " + PAYLOAD);
        expect303(writer.post("/articles/" + id + "/submit"));
        expect303(Stories.decide(editor, id, "approve", ""));
        expect303(chief.post("/articles/" + id + "/publish"));
        String slug = Stories.article(id).slug;
        assertInert(Browser.anonymous().page("/p/" + slug));
        Response json = Browser.anonymous().get("/api/v1/stories/" + slug);
        assertTrue(json.contentType().startsWith("application/json"));
        assertEquals("Public " + PAYLOAD, json.jsonPath().getString("title"));
    }
}
