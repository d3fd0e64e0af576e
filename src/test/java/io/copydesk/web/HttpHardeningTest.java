package io.copydesk.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.copydesk.support.Browser;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Security headers, cookie flags, size limits, throttling per address, and error pages. */
@QuarkusTest
class HttpHardeningTest {

    @Test
    void pages_sendSecurityHeaders_withAStrictContentSecurityPolicy() {
        Response r = given().get("/login");
        String csp = r.header("Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'"));
        assertTrue(csp.contains("script-src 'self'"));
        assertTrue(csp.contains("frame-ancestors 'none'"));
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("same-origin", r.header("Referrer-Policy"));
        assertEquals("DENY", r.header("X-Frame-Options"));
    }

    @Test
    void sessionCookie_isHttpOnlyAndSameSite_andSecureBehindTls() {
        String username = TestUsers.create(Role.WRITER);
        Response plain = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", TestUsers.PASSWORD).post("/j_security_check");
        String cookie = plain.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("quarkus-credential="))
                .findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);

        Response tls = given().redirects().follow(false).contentType(ContentType.URLENC).header("X-Forwarded-Proto", "https")
                .formParam("j_username", username).formParam("j_password", TestUsers.PASSWORD).post("/j_security_check");
        String secure = tls.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("quarkus-credential="))
                .findFirst().orElseThrow();
        assertTrue(secure.contains("Secure"), secure);
    }

    @Test
    void bodyOverTheHttpLimit_getsAFriendlyPage() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        byte[] big = new byte[12 * 1024 * 1024 + 300_000]; // over 12 MB; sent with a Content-Length, as browsers do
        Arrays.fill(big, (byte) 'a');
        Response r = given().redirects().follow(false).cookies(writer.cookies()).contentType("text/plain")
                .body(big).post("/articles");
        assertEquals(413, r.statusCode());
        assertEquals("That was too large", Browser.parse(r).selectFirst("h1").text());
    }

    @Test
    void manyFailedLoginsFromOneAddress_blockThatAddressOnly() {
        String victim = TestUsers.create(Role.WRITER);
        for (int i = 0; i < 20; i++) {
            given().redirects().follow(false).header("X-Forwarded-For", "203.0.113.77").contentType(ContentType.URLENC)
                    .formParam("j_username", "guess-" + i).formParam("j_password", "nope").post("/j_security_check");
        }
        Response blocked = given().redirects().follow(false).header("X-Forwarded-For", "203.0.113.77")
                .contentType(ContentType.URLENC).formParam("j_username", victim).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check");
        assertTrue(blocked.header("Location").contains("error"), "blocked address cannot log in");
        String message = io.copydesk.user.LoginFailureCookie.read(blocked.getCookie("copydesk-login")).failure().name();
        assertEquals("ADDRESS_BLOCKED", message);
        Response elsewhere = given().redirects().follow(false).header("X-Forwarded-For", "198.51.100.5")
                .contentType(ContentType.URLENC).formParam("j_username", victim).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check");
        assertTrue(elsewhere.header("Location").endsWith("/articles"), "other addresses are not affected");
    }

    @Test
    void errorPages_showNoStackTrace() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Response notFound = writer.get("/articles/abc");
        assertEquals(404, notFound.statusCode());
        String body = notFound.asString();
        assertFalse(body.contains("Exception") || body.contains("at io.") || body.contains("at java."), body);
    }
}
