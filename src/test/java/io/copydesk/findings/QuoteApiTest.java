package io.copydesk.findings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.copydesk.support.Fixtures;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** POST /api/v1/quotes/check: the quote checker for scripts and other newsroom tools. */
@QuarkusTest
class QuoteApiTest {

    @Test
    void check_withBasicAuth_returnsQuotesWithOffsetsIntoTheBody() {
        String user = TestUsers.create(Role.WRITER);
        String body = Fixtures.kharkivBody();
        JsonPath json = given().auth().preemptive().basic(user, TestUsers.PASSWORD)
                .contentType("text/plain; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/quotes/check")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> quotes = json.getList("quotes");
        List<Map<String, Object>> speech = quotes.stream().filter(q -> "SPEECH".equals(q.get("kind"))).toList();
        assertEquals(4, speech.size());
        for (Map<String, Object> q : quotes) {
            int start = (Integer) q.get("start");
            int end = (Integer) q.get("end");
            assertEquals(body.substring(start, end), q.get("text"));
        }
        assertEquals("ATTRIBUTED", speech.get(0).get("status"));
        assertEquals("Oleh Sinegubov", json.getString("quotes.find { it.kind == 'SPEECH' }.speaker.name"));
        assertEquals(List.of(), json.getList("findings"));
    }

    @Test
    void check_unsourcedQuote_isAFinding() {
        String user = TestUsers.create(Role.EDITOR);
        given().auth().preemptive().basic(user, TestUsers.PASSWORD)
                .contentType("text/plain; charset=UTF-8").body("The mayor left early.\n\n“We will rebuild the bridge.”")
                .post("/api/v1/quotes/check")
                .then().statusCode(200)
                .body("quotes[0].status", equalTo("UNSOURCED"))
                .body("quotes[0].speaker", nullValue())
                .body("quotes[0].start", equalTo(23))
                .body("findings[0].type", equalTo("UNSOURCED_QUOTE"));
    }

    @Test
    void check_anonymous_is401() {
        given().contentType("text/plain").body("“Hello,” she said.").redirects().follow(false)
                .post("/api/v1/quotes/check").then().statusCode(401);
    }

    @Test
    void check_wrongPassword_is401() {
        String user = TestUsers.create(Role.WRITER);
        given().auth().preemptive().basic(user, "wrong").contentType("text/plain").body("x").redirects().follow(false)
                .post("/api/v1/quotes/check").then().statusCode(401);
    }

    @Test
    void check_overTheLimit_is413WithJsonError() {
        String user = TestUsers.create(Role.WRITER);
        byte[] big = new byte[2_000_001];
        java.util.Arrays.fill(big, (byte) 'a');
        given().auth().preemptive().basic(user, TestUsers.PASSWORD).contentType("text/plain").body(big)
                .post("/api/v1/quotes/check")
                .then().statusCode(413).contentType("application/json").body("status", equalTo(413));
    }

    @Test
    void check_notUtf8_is400WithJsonError() {
        String user = TestUsers.create(Role.WRITER);
        given().auth().preemptive().basic(user, TestUsers.PASSWORD).contentType("text/plain")
                .body(new byte[] { (byte) 0xC3, (byte) 0x28 })
                .post("/api/v1/quotes/check")
                .then().statusCode(400).body("error", equalTo("The body is not UTF-8 text."));
    }
}
