package io.copydesk.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.copydesk.support.Browser;
import io.copydesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Users change their own password; short passwords are refused; the change ends every session. */
@QuarkusTest
class AccountTest {

    @Test
    void passwordChange_endsAllSessions_andNewPasswordWorks() {
        String username = TestUsers.create(Role.WRITER);
        Browser here = Browser.login(username);
        Browser elsewhere = Browser.login(username);
        Response response = here.post("/account/password", "current", TestUsers.PASSWORD,
                "password", "a much longer passphrase", "confirm", "a much longer passphrase");
        assertEquals(303, response.statusCode());
        assertEquals(302, elsewhere.get("/articles").statusCode(), "the other device is logged out");
        assertEquals(302, here.get("/articles").statusCode(), "this device too");
        Response login = Browser.anonymous().submitLogin(username, "a much longer passphrase");
        assertTrue(login.header("Location").endsWith("/articles"), login.header("Location"));
    }

    @Test
    void shortNewPassword_isRefused_withMessage() {
        Browser browser = Browser.login(TestUsers.create(Role.WRITER));
        Response response = browser.post("/account/password", "current", TestUsers.PASSWORD,
                "password", "short", "confirm", "short");
        assertEquals(400, response.statusCode());
        Document page = Browser.parse(response);
        assertTrue(page.selectFirst("#password-error").text().contains("12 to 128 characters"));
        assertEquals(200, browser.get("/articles").statusCode(), "still logged in");
    }

    @Test
    void wrongCurrentPassword_isRefused() {
        Browser browser = Browser.login(TestUsers.create(Role.WRITER));
        Response response = browser.post("/account/password", "current", "not it",
                "password", "a much longer passphrase", "confirm", "a much longer passphrase");
        assertEquals(400, response.statusCode());
        assertTrue(Browser.parse(response).selectFirst("#current-error").text().contains("not your current password"));
    }
}
