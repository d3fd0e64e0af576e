package io.copydesk.article;

import static io.copydesk.support.Stories.expect303;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.copydesk.support.Browser;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The whole story, from a writer's login to the public page. */
@QuarkusTest
class StoryWorkflowTest {

    @Test
    void draftToPublished_throughEveryStep() {
        Browser wendy = Browser.login(TestUsers.create(Role.WRITER));
        Browser eddie = Browser.login(TestUsers.create(Role.EDITOR));
        Browser carla = Browser.login(TestUsers.create(Role.CHIEF));

        long id = Stories.create(wendy, "Bridge to close after council vote", Stories.BODY);
        assertEquals(ArticleStatus.DRAFT, Stories.status(id));
        Document page = wendy.page("/articles/" + id);
        assertEquals("Bridge to close after council vote", page.selectFirst("h1.story-headline").text());
        assertEquals(3, page.select("#story-text p").size());

        expect303(wendy.post("/articles/" + id + "/submit"));
        assertEquals(ArticleStatus.IN_REVIEW, Stories.status(id));

        Response approve = Stories.decide(eddie, id, "approve", "");
        expect303(approve);
        assertEquals(ArticleStatus.APPROVED, Stories.status(id));

        expect303(carla.post("/articles/" + id + "/publish"));
        Article published = Stories.article(id);
        assertEquals(ArticleStatus.PUBLISHED, published.status);
        assertNotNull(published.slug);

        Document publicPage = Browser.anonymous().page("/p/" + published.slug);
        assertEquals("Bridge to close after council vote", publicPage.selectFirst("h1").text());
        assertTrue(publicPage.text().contains("The steel is failing."));
        assertTrue(publicPage.select("form, .side, [data-marks]").isEmpty(), "no review markup on the public page");
    }
}
