package io.copydesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.copydesk.support.Browser;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Bad input gets a clear message and the form comes back with everything the user typed. */
@QuarkusTest
class StoryFormTest {

    private static long storiesBy(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Article.count("author.username", username));
    }

    @Test
    void emptyTitle_isRefused_andTextIsKept() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Response response = writer.postMultipart("/articles", Map.of("title", "  ", "body", "My careful text."), null, null);
        assertEquals(400, response.statusCode());
        Document page = Browser.parse(response);
        assertEquals("Give the story a title.", page.selectFirst("#title-error").text().replace("⚠ ", ""));
        assertEquals("My careful text.", page.selectFirst("textarea#body").wholeText());
        assertEquals("true", page.selectFirst("#title").attr("aria-invalid"));
        assertEquals(0, storiesBy(writer.username));
    }

    @Test
    void emptyBody_isRefused_andTitleIsKept() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Response response = writer.postMultipart("/articles", Map.of("title", "Headline kept", "body", ""), null, null);
        assertEquals(400, response.statusCode());
        Document page = Browser.parse(response);
        assertEquals("Headline kept", page.selectFirst("#title").val());
        assertNotNull(page.selectFirst("#body-error"));
    }

    @Test
    void fiveMegabyteBody_isRefused_withSize_andTextIsKept() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        String huge = "Word ".repeat(1_000_000); // 5,000,000 characters
        Response response = writer.postMultipart("/articles", Map.of("title", "Too long", "body", huge), null, null);
        assertEquals(400, response.statusCode());
        Document page = Browser.parse(response);
        assertTrue(page.selectFirst("#body-error").text().contains("5,000,000 characters"), page.selectFirst("#body-error").text());
        assertEquals(huge.length(), page.selectFirst("textarea#body").wholeText().length());
        assertEquals("Too long", page.selectFirst("#title").val());
        assertEquals(0, storiesBy(writer.username));
    }

    @Test
    void uploadOfUtf8TextFile_becomesTheStory() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        byte[] file = "Kyiv, “quoted” – done.\r\n\r\nSecond paragraph.".getBytes(StandardCharsets.UTF_8);
        Response response = writer.postMultipart("/articles", Map.of("title", "From a file", "body", ""), "story.txt", file);
        assertEquals(303, response.statusCode(), response.asString());
        String location = response.header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertEquals("Kyiv, “quoted” – done.\n\nSecond paragraph.", Stories.revision(id, 1).body);
    }

    @Test
    void nonUtf8Upload_isRefused_andTitleIsKept() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        byte[] latin1 = "Café in Kraków".getBytes(StandardCharsets.ISO_8859_1);
        Response response = writer.postMultipart("/articles", Map.of("title", "Latin-1 file", "body", ""), "notes.txt", latin1);
        assertEquals(400, response.statusCode());
        Document page = Browser.parse(response);
        assertTrue(page.selectFirst("#file-error").text().contains("is not UTF-8 text"));
        assertEquals("Latin-1 file", page.selectFirst("#title").val());
        assertEquals(0, storiesBy(writer.username));
    }

    @Test
    void uploadOfOtherFileType_isRefused() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Response response = writer.postMultipart("/articles", Map.of("title", "A PDF", "body", ""), "story.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, response.statusCode());
        assertTrue(Browser.parse(response).selectFirst("#file-error").text().contains(".txt or .md"));
    }

    @Test
    void editWithEmptyTitle_keepsTheEditedText_andSavesNothing() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.create(writer);
        Response response = Stories.edit(writer, id, "", "A long edit I do not want to lose.");
        assertEquals(400, response.statusCode());
        assertEquals("A long edit I do not want to lose.", Browser.parse(response).selectFirst("textarea#body").wholeText());
        assertEquals(1, Stories.revisionCount(id));
    }
}
