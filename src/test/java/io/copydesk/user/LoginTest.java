package io.copydesk.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.copydesk.support.Browser;
import io.copydesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Form login: messages on failure, logout and password change end the session on the server. */
@QuarkusTest
class LoginTest {

    @Test
    void wrongPassword_showsMessage_andKeepsUsername() {
        String username = TestUsers.create(Role.WRITER);
        Browser browser = Browser.anonymous();
        Response response = browser.submitLogin(username, "wrong password");
        assertEquals(302, response.statusCode());
        assertTrue(response.header("Location").contains("/login?error"));
        Document page = browser.page("/login?error=1");
        assertEquals("Wrong username or password.", page.selectFirst("#login-error").text().replace("⚠ ", ""));
        assertEquals(username, page.selectFirst("#j_username").val());
    }

    @Test
    void unknownUser_getsTheSameMessage() {
        Browser browser = Browser.anonymous();
        browser.submitLogin("nobody-" + System.nanoTime(), "whatever");
        Document page = browser.page("/login?error=1");
        assertEquals("Wrong username or password.", page.selectFirst("#login-error").text().replace("⚠ ", ""));
    }

    @Test
    void fiveFailures_lockTheAccount_evenForTheRightPassword() {
        String username = TestUsers.create(Role.WRITER);
        Browser browser = Browser.anonymous();
        for (int i = 0; i < 5; i++) {
            browser.submitLogin(username, "guess " + i);
        }
        Document page = browser.page("/login?error=1");
        assertTrue(page.selectFirst("#login-error").text().contains("this account is locked for 15 minutes"),
                page.selectFirst("#login-error").text());
        Response right = Browser.anonymous().submitLogin(username, TestUsers.PASSWORD);
        assertTrue(right.header("Location").contains("/login?error"), "locked account refuses the right password");
        assertNotNull(TestUsers.find(username).lockedUntil);
    }

    @Test
    void successfulLogin_resetsFailureCount() {
        String username = TestUsers.create(Role.WRITER);
        Browser.anonymous().submitLogin(username, "typo");
        Browser.anonymous().submitLogin(username, "typo again");
        assertEquals(2, TestUsers.find(username).failedLogins);
        Browser.login(username);
        assertEquals(0, TestUsers.find(username).failedLogins);
    }

    @Test
    void logout_endsTheSessionOnTheServer_soAStolenCookieStopsWorking() {
        String username = TestUsers.create(Role.WRITER);
        Browser browser = Browser.login(username);
        String stolen = browser.cookie("quarkus-credential");
        assertEquals(200, browser.get("/articles").statusCode());

        Response logout = browser.post("/logout");
        assertEquals(303, logout.statusCode());
        assertTrue(logout.header("Location").endsWith("/login?out"));

        Browser thief = Browser.anonymous();
        thief.setCookie("quarkus-credential", stolen);
        Response replay = thief.get("/articles");
        assertEquals(302, replay.statusCode());
        assertTrue(replay.header("Location").endsWith("/login"));
    }

    @Test
    void sessionsOfOneUser_doNotAffectAnother() {
        Browser a = Browser.login(TestUsers.create(Role.WRITER));
        Browser b = Browser.login(TestUsers.create(Role.WRITER));
        a.post("/logout");
        assertEquals(200, b.get("/articles").statusCode());
    }

    @Test
    void loginPage_whenAlreadyLoggedIn_goesToStories() {
        Browser browser = Browser.login(TestUsers.create(Role.EDITOR));
        Response response = browser.get("/login");
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/articles"));
    }

    @Test
    void passwords_areStoredAsBcryptHashes() {
        User user = TestUsers.find(TestUsers.create(Role.WRITER));
        assertTrue(user.passwordHash.startsWith("$2"), user.passwordHash);
        assertTrue(!user.passwordHash.contains(TestUsers.PASSWORD));
    }
}
