package io.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.copydesk.support.Browser;
import io.copydesk.support.Stories;
import io.restassured.response.Response;

/**
 * The H2 file database keeps every committed revision when the app is killed with SIGKILL right after
 * saving. Runs against the packaged app in `./mvnw verify` (failsafe), H2 build only.
 */
class KillNineIT {

    @Test
    void committedRevisions_surviveKillNine() throws Exception {
        assumeTrue(AppProcess.packaged(), "needs the packaged app");
        assumeTrue(!"postgresql".equals(System.getProperty("quarkus.datasource.db-kind")), "H2 build only");
        String dir = AppProcess.tempDir();
        Map<String, String> env = Map.of(
                "COPYDESK_DB_URL", defaultUrlWith("jdbc:h2:file:" + dir + "/copydesk"),
                "COPYDESK_SESSION_KEY", "kill-nine-test-key-0123456789abcdef");
        Map<String, String> props = Map.of("copydesk.demo-data", "true");
        long id;
        try (AppProcess app = AppProcess.start(env, props)) {
            Browser wendy = Browser.loginAt(app.url(), "wendy", "copydesk-demo");
            id = Stories.create(wendy, "Durable story", "Revision one.");
            for (int i = 2; i <= 6; i++) {
                Response saved = wendy.postMultipart("/articles/" + id + "/edit", Map.of("title", "Durable story",
                        "body", "Revision " + i + ".", "baseRevision", String.valueOf(i - 1)), null, null);
                assertEquals(303, saved.statusCode());
            }
            app.kill9(); // immediately after the last commit answered
        }
        try (AppProcess again = AppProcess.start(env, props)) {
            Browser wendy = Browser.loginAt(again.url(), "wendy", "copydesk-demo");
            Response history = wendy.get("/articles/" + id + "/history");
            assertEquals(200, history.statusCode());
            assertEquals(6, org.jsoup.Jsoup.parse(history.asString()).select("table.history tbody tr").size());
            Response sixth = wendy.get("/articles/" + id + "/revisions/6");
            assertEquals("Revision 6.", org.jsoup.Jsoup.parse(sixth.asString()).selectFirst("article.story-text p").text());
        }
    }

    /** The production URL's options, on another file. */
    static String defaultUrlWith(String base) {
        return base + System.getProperty("it.h2.options", ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }
}
