package io.copydesk.publish;

import static io.copydesk.support.Stories.expect303;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.copydesk.support.Browser;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.test.junit.QuarkusTest;

/** Published stories are public as a page, JSON and Markdown; nothing else is. */
@QuarkusTest
class PublicPageTest {

    private static String publish(String title) {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        Browser chief = Browser.login(TestUsers.create(Role.CHIEF));
        long id = Stories.create(writer, title, Stories.BODY);
        expect303(writer.post("/articles/" + id + "/submit"));
        expect303(Stories.decide(editor, id, "approve", ""));
        expect303(chief.post("/articles/" + id + "/publish"));
        return Stories.article(id).slug;
    }

    @Test
    void publishedStory_isAvailableAsJsonAndMarkdown() {
        String slug = publish("Council closes bridge");
        assertTrue(slug.startsWith("council-closes-bridge"), slug);
        given().get("/api/v1/stories/" + slug).then().statusCode(200)
                .body("title", equalTo("Council closes bridge"))
                .body("paragraphs.size()", equalTo(3))
                .body("paragraphs[1]", equalTo("“We had no choice,” said Mayor Ana Ruiz. “The steel is failing.”"));
        given().get("/api/v1/stories").then().statusCode(200).body("slug", hasItem(slug));
        String markdown = given().get("/p/" + slug + ".md").then().statusCode(200).extract().asString();
        assertTrue(markdown.startsWith("# Council closes bridge\n"));
    }

    @Test
    void sameTitleTwice_getsDistinctAddresses() {
        String first = publish("Same headline");
        String second = publish("Same headline");
        assertTrue(!first.equals(second), first + " vs " + second);
    }

    @Test
    void unpublishedStory_doesNotExistPublicly() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser editor = Browser.login(TestUsers.create(Role.EDITOR));
        String title = "Approved but unpublished " + System.nanoTime();
        long id = Stories.create(writer, title, Stories.BODY);
        expect303(writer.post("/articles/" + id + "/submit"));
        expect303(Stories.decide(editor, id, "approve", ""));
        String wouldBeSlug = io.copydesk.article.Texts.slugify(title);
        assertEquals(404, given().redirects().follow(false).get("/p/" + wouldBeSlug).statusCode());
        assertEquals(404, given().redirects().follow(false).get("/api/v1/stories/" + wouldBeSlug).statusCode());
        assertEquals(null, Stories.article(id).slug);
    }
}
