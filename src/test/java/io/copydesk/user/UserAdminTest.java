package io.copydesk.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.copydesk.support.Browser;
import io.copydesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Chief editors manage accounts; nobody else reaches the users page. */
@QuarkusTest
class UserAdminTest {

    @Test
    void chief_createsUser_whoCanLogIn() {
        Browser chief = Browser.login(TestUsers.create(Role.CHIEF));
        String username = "new-" + System.nanoTime() % 1000000;
        Response response = chief.post("/users", "username", username, "displayName", "New Reporter",
                "email", "", "role", "WRITER", "password", "twelve chars ok");
        assertEquals(303, response.statusCode(), response.asString());
        User created = TestUsers.find(username);
        assertEquals(Role.WRITER, created.role);
        assertTrue(created.passwordHash.startsWith("$2"));
        assertTrue(Browser.anonymous().submitLogin(username, "twelve chars ok").header("Location").endsWith("/articles"));
    }

    @Test
    void duplicateUsernameOrShortPassword_isRefused_andFieldsAreKept() {
        Browser chief = Browser.login(TestUsers.create(Role.CHIEF));
        String existing = TestUsers.create(Role.WRITER);
        Response duplicate = chief.post("/users", "username", existing, "displayName", "Someone",
                "role", "WRITER", "password", "long enough password");
        assertEquals(400, duplicate.statusCode());
        Document page = Browser.parse(duplicate);
        assertTrue(page.selectFirst("#username-error").text().contains("already an account"));
        assertEquals("Someone", page.selectFirst("#displayName").val());

        Response shortPassword = chief.post("/users", "username", "fresh-" + System.nanoTime() % 100000,
                "displayName", "Fresh", "role", "EDITOR", "password", "short");
        assertEquals(400, shortPassword.statusCode());
        assertTrue(Browser.parse(shortPassword).selectFirst("#password-error").text().contains("12 to 128"));
    }

    @Test
    void disablingUser_endsTheirSession_andBlocksLogin() {
        Browser chief = Browser.login(TestUsers.create(Role.CHIEF));
        String username = TestUsers.create(Role.EDITOR);
        Browser editor = Browser.login(username);
        long id = TestUsers.find(username).id;

        assertEquals(303, chief.post("/users/" + id, "role", "EDITOR").statusCode()); // "enabled" unchecked

        assertFalse(TestUsers.find(username).enabled);
        assertEquals(302, editor.get("/articles").statusCode());
        assertTrue(Browser.anonymous().submitLogin(username, TestUsers.PASSWORD).header("Location").contains("error"));
    }

    @Test
    void writerAndEditor_getForbidden_onUsersPage() {
        for (Role role : new Role[] { Role.WRITER, Role.EDITOR }) {
            Browser browser = Browser.login(TestUsers.create(role));
            assertEquals(403, browser.get("/users").statusCode());
            assertEquals(403, browser.post("/users", "username", "sneaky", "displayName", "S", "role", "CHIEF",
                    "password", "long enough password").statusCode());
        }
    }
}
