package io.copydesk.notify;

import static io.copydesk.support.Stories.expect303;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.copydesk.support.Browser;
import io.copydesk.support.Notifications;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The inbox shows and changes only its owner's notifications. */
@QuarkusTest
class InboxTest {

    private static Notification notifyEditor(Browser writer, String editorName) {
        long id = Stories.create(writer);
        expect303(writer.post("/articles/" + id + "/review/reviewers", "reviewer", TestUsers.find(editorName).id));
        return Notifications.of(editorName).get(0);
    }

    @Test
    void inbox_listsMyNotifications_andOpeningMarksRead() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        String editorName = TestUsers.create(Role.EDITOR);
        Notification n = notifyEditor(writer, editorName);
        Browser editor = Browser.login(editorName);

        Document inbox = editor.page("/inbox");
        assertEquals(1, inbox.select("ul.inbox li.unread").size());
        assertTrue(inbox.selectFirst(".inbox-message").text().contains("asked you to review"));

        Response open = editor.post("/inbox/" + n.id + "/open");
        assertEquals(303, open.statusCode());
        assertTrue(open.header("Location").endsWith(n.link));
        assertNotNull(Notifications.of(editorName).get(0).readAt);
        assertTrue(editor.page("/articles").select(".main-nav .badge").isEmpty());
    }

    @Test
    void someoneElsesNotification_cannotBeReadOrChanged() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        String editorName = TestUsers.create(Role.EDITOR);
        Notification n = notifyEditor(writer, editorName);
        Browser intruder = Browser.login(TestUsers.create(Role.EDITOR));

        assertEquals(404, intruder.post("/inbox/" + n.id + "/open").statusCode());
        assertEquals(404, intruder.post("/inbox/" + n.id + "/read").statusCode());
        expect303(intruder.post("/inbox/read-all"));
        assertNull(Notifications.of(editorName).get(0).readAt);
        assertTrue(intruder.page("/inbox").select("ul.inbox li").isEmpty());
    }

    @Test
    void markAllRead_clearsTheCount() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        String editorName = TestUsers.create(Role.EDITOR);
        notifyEditor(writer, editorName);
        notifyEditor(writer, editorName);
        Browser editor = Browser.login(editorName);
        assertEquals("2", editor.page("/inbox").selectFirst(".main-nav .badge").text());
        expect303(editor.post("/inbox/read-all"));
        assertTrue(Notifications.of(editorName).stream().allMatch(x -> x.readAt != null));
    }
}
