package io.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.copydesk.support.AtOnce;
import io.copydesk.support.Browser;
import io.copydesk.support.Stories;
import io.restassured.response.Response;

/**
 * Two app instances on one PostgreSQL database, sharing the session key: a login on one is valid on the
 * other, logout on one ends the session on both, and concurrent edits and approvals sent through both
 * stay consistent. Runs in `./mvnw verify -Ppostgresql` against a fresh database it creates.
 */
class TwoInstancesIT {

    static final String DEMO = "copydesk-demo";
    static String adminUrl;
    static String user;
    static String database;
    static AppProcess a;
    static AppProcess b;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("quarkus.datasource.db-kind")), "PostgreSQL build only");
        assumeTrue(AppProcess.packaged(), "needs the packaged app");
        String testUrl = System.getProperty("it.pg.url");
        user = System.getProperty("it.pg.user", "postgres");
        adminUrl = testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + "postgres";
        database = "copydesk_two_" + System.currentTimeMillis();
        sql(adminUrl, "CREATE DATABASE " + database);
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
        Map<String, String> env = Map.of("COPYDESK_DB_URL", url, "COPYDESK_DB_USER", user,
                "COPYDESK_SESSION_KEY", "two-instances-shared-key-0123456789abcdef");
        Map<String, String> props = Map.of("copydesk.demo-data", "true", "copydesk.review.required-approvals", "2");
        a = AppProcess.start(env, props); // migrates and loads the demo users
        b = AppProcess.start(env, props);
    }

    @AfterAll
    static void stop() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (database != null) {
            sql(adminUrl, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void loginOnOne_isValidOnTheOther_andLogoutEndsItOnBoth() {
        Browser onA = Browser.loginAt(a.url(), "eddie", DEMO);
        Browser onB = onA.on(b.url());
        assertEquals(200, onB.get("/articles").statusCode());
        assertEquals(303, onA.post("/logout").statusCode());
        assertEquals(302, onB.get("/articles").statusCode(), "the session ended on every instance");
    }

    @Test
    void concurrentApprovalsThroughBothInstances_areBothCounted() throws Exception {
        Browser wendy = Browser.loginAt(a.url(), "wendy", DEMO);
        Browser eddieOnA = Browser.loginAt(a.url(), "eddie", DEMO);
        Browser erinOnB = Browser.loginAt(b.url(), "erin", DEMO);
        for (int round = 0; round < 5; round++) {
            long id = Stories.create(wendy, "Two instances " + round, "Text of round " + round + ".");
            assertEquals(303, wendy.post("/articles/" + id + "/submit").statusCode());
            List<Integer> codes = AtOnce.statuses(List.of(
                    () -> eddieOnA.post("/articles/" + id + "/review", "decision", "approve", "revision", 1),
                    () -> erinOnB.post("/articles/" + id + "/review", "decision", "approve", "revision", 1)));
            assertEquals(List.of(303, 303), codes);
            assertEquals("APPROVED", query("select status from article where id = " + id));
            assertEquals("2", query("select count(*) from review_decision where article_id = " + id));
            assertEquals("1", query("select count(*) from status_change where to_status = 'APPROVED' and article_id = " + id));
        }
    }

    @Test
    void concurrentEditsThroughBothInstances_oneSaves_theOtherGetsTheConflictPage() throws Exception {
        Browser wendyOnA = Browser.loginAt(a.url(), "wendy", DEMO);
        Browser wendyOnB = wendyOnA.on(b.url());
        for (int round = 0; round < 5; round++) {
            long id = Stories.create(wendyOnA, "Edits " + round, "Original text.");
            List<Integer> codes = AtOnce.statuses(List.of(
                    () -> edit(wendyOnA, id, "Text from instance A."),
                    () -> edit(wendyOnB, id, "Text from instance B.")));
            assertEquals(List.of(303, 409), codes.stream().sorted().toList());
            assertEquals("2", query("select count(*) from revision where article_id = " + id));
            assertEquals("2", query("select current_revision from article where id = " + id));
        }
    }

    private static Response edit(Browser who, long id, String body) {
        return who.postMultipart("/articles/" + id + "/edit", Map.of("title", "Edits", "body", body, "baseRevision", "1"), null, null);
    }

    private static String query(String select) throws Exception {
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(select)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void sql(String url, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
