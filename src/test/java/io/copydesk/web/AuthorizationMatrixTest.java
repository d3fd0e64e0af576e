package io.copydesk.web;

import static io.copydesk.support.Stories.expect303;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.copydesk.article.ArticleStatus;
import io.copydesk.support.Browser;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every route, walked by every kind of visitor: anonymous, the story's writer, another writer, an
 * editor, a chief. Each answer is checked (200, 302 to login, 403 or 404); refused POSTs change nothing.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final String[] WHO = { "anonymous", "owner", "otherWriter", "editor", "chief" };

    private record Route(String method, String path, int... expected) {
    }

    @Test
    void everyRoute_answersEveryVisitorAsExpected() {
        String ownerName = TestUsers.create(Role.WRITER);
        Browser owner = Browser.login(ownerName);
        Map<String, Browser> visitors = new LinkedHashMap<>();
        visitors.put("anonymous", Browser.anonymous());
        visitors.put("owner", owner);
        visitors.put("otherWriter", Browser.login(TestUsers.create(Role.WRITER)));
        visitors.put("editor", Browser.login(TestUsers.create(Role.EDITOR)));
        visitors.put("chief", Browser.login(TestUsers.create(Role.CHIEF)));
        long draft = Stories.create(owner);
        long review = Stories.inReview(owner);
        long published = publishedStory(owner);
        String slug = Stories.article(published).slug;

        //                           anonymous owner other editor chief
        List<Route> routes = List.of(
                new Route("GET", "/articles", 302, 200, 200, 200, 200),
                new Route("GET", "/articles/new", 302, 200, 200, 200, 200),
                new Route("GET", "/articles/" + draft, 302, 200, 404, 404, 200),
                new Route("GET", "/articles/" + draft + "/edit", 302, 200, 404, 404, 200),
                new Route("GET", "/articles/" + draft + "/history", 302, 200, 404, 404, 200),
                new Route("GET", "/articles/" + draft + "/compare?from=1&to=1", 302, 200, 404, 404, 200),
                new Route("GET", "/articles/" + draft + "/revisions/1", 302, 200, 404, 404, 200),
                new Route("GET", "/articles/" + review, 302, 200, 404, 200, 200),
                new Route("GET", "/articles/" + review + "/edit", 302, 200, 404, 200, 200),
                new Route("GET", "/articles/" + review + "/history", 302, 200, 404, 200, 200),
                new Route("GET", "/articles/" + review + "/review/changes", 302, 200, 404, 200, 200),
                new Route("GET", "/articles/" + published, 302, 200, 200, 200, 200),
                new Route("GET", "/articles/" + published + "/edit", 302, 409, 409, 409, 409),
                new Route("GET", "/users", 302, 403, 403, 403, 200),
                new Route("GET", "/inbox", 302, 200, 200, 200, 200),
                new Route("GET", "/account", 302, 200, 200, 200, 200),
                new Route("GET", "/p/" + slug, 200, 200, 200, 200, 200),
                new Route("GET", "/p/no-such-story", 404, 404, 404, 404, 404),
                new Route("GET", "/api/v1/stories/" + slug, 200, 200, 200, 200, 200),
                new Route("GET", "/login", 200, 303, 303, 303, 303),
                // Refused moves: nothing may change.
                new Route("POST", "/articles/" + draft + "/submit", 302, -1, 404, 404, -1),
                new Route("POST", "/articles/" + draft + "/edit", 302, -1, 404, 404, -1),
                new Route("POST", "/articles/" + review + "/publish", 302, 409, 404, 409, 409),
                new Route("POST", "/articles/" + review + "/review", 302, 409, 404, -1, -1),
                new Route("POST", "/articles/" + review + "/annotations", 302, -1, 404, -1, -1),
                new Route("POST", "/articles/" + review + "/revisions/1/restore", 302, 409, 404, 409, 409),
                new Route("POST", "/users", 302, 403, 403, 403, -1),
                new Route("POST", "/inbox/999999/read", 302, 404, 404, 404, 404));

        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            for (int i = 0; i < WHO.length; i++) {
                int expected = route.expected()[i];
                if (expected < 0) {
                    continue; // allowed and changes data: covered by the feature tests
                }
                Browser b = visitors.get(WHO[i]);
                Response r = route.method().equals("GET") ? b.get(route.path())
                        : b.post(route.path(), "decision", "approve", "title", "x", "body", "y", "kind", "comment",
                                "comment", "c", "quote", "council", "username", "zz", "displayName", "Z", "role", "CHIEF",
                                "password", "long enough password");
                if (r.statusCode() != expected) {
                    wrong.add(route.method() + " " + route.path() + " as " + WHO[i] + ": " + r.statusCode() + " (expected " + expected + ")");
                }
                if (expected == 302 && !r.header("Location").endsWith("/login")) {
                    wrong.add(route.path() + " as " + WHO[i] + " redirected to " + r.header("Location"));
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(ArticleStatus.DRAFT, Stories.status(draft));
        assertEquals(ArticleStatus.IN_REVIEW, Stories.status(review));
        assertEquals(1, Stories.revisionCount(draft));
        assertEquals(1, Stories.revisionCount(review));
    }

    @Test
    void everyStateChangingForm_refusesAPostWithoutCsrfToken() {
        Browser owner = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        Browser chief = Browser.login(TestUsers.create(Role.CHIEF));
        long id = Stories.inReview(owner);
        editor.csrfToken();
        chief.csrfToken();
        List<String> accepted = new ArrayList<>();
        Map<Browser, List<String>> posts = Map.of(
                owner, List.of("/articles", "/articles/" + id + "/edit", "/articles/" + id + "/submit",
                        "/articles/" + id + "/revisions/1/restore", "/account/password", "/logout",
                        "/articles/" + id + "/review/reviewers"),
                editor, List.of("/articles/" + id + "/review", "/articles/" + id + "/annotations", "/inbox/read-all"),
                chief, List.of("/articles/" + id + "/publish", "/users", "/users/1"));
        posts.forEach((who, paths) -> {
            for (String path : paths) {
                int code = who.postWithoutCsrf(path, "decision", "approve", "title", "t", "body", "b").statusCode();
                if (code != 400) {
                    accepted.add(path + " answered " + code);
                }
            }
        });
        assertEquals(List.of(), accepted);
        assertEquals(ArticleStatus.IN_REVIEW, Stories.status(id));
        assertEquals(200, owner.get("/articles").statusCode(), "logout without a token did nothing");
    }

    private static long publishedStory(Browser owner) {
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        Browser chief = Browser.login(TestUsers.create(Role.CHIEF));
        long id = Stories.inReview(owner);
        expect303(Stories.decide(editor, id, "approve", ""));
        expect303(chief.post("/articles/" + id + "/publish"));
        return id;
    }
}
