package io.copydesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.copydesk.article.ArticleStatus;
import io.copydesk.support.Fixtures;
import io.copydesk.support.NewsroomRules;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A day at the copy desk, in a real browser: the Kharkiv story from paste to publication, with two
 * editors, a fact-check note, a quote that loses and regains its source, and the chief publishing.
 * Screenshots of each step go to target/screenshots/day-*.png.
 */
@QuarkusTest
@TestProfile(NewsroomRules.class)
class CopyDeskDayTest {

    static final String ZELENSKY = " said Ukraine President Volodymyr Zelensky";

    @TestHTTPResource("/")
    URL base;

    @Test
    void kharkivStory_fromPasteToPublication() throws Exception {
        Chrome.requireBrowser();
        String wendyName = TestUsers.create(Role.WRITER, "wendy-" + System.nanoTime() % 100000);
        String eddieName = TestUsers.create(Role.EDITOR, "eddie-" + System.nanoTime() % 100000);
        String erinName = TestUsers.create(Role.EDITOR, "erin-" + System.nanoTime() % 100000);
        String carlaName = TestUsers.create(Role.CHIEF, "carla-" + System.nanoTime() % 100000);
        String body = Fixtures.kharkivBody();
        String url = base.toString();

        try (Chrome wendy = Chrome.open(url); Chrome eddie = Chrome.open(url); Chrome erin = Chrome.open(url);
                Chrome carla = Chrome.open(url)) {
            // Wendy pastes the article and sends it to review.
            wendy.login(wendyName, TestUsers.PASSWORD);
            wendy.go("/articles/new");
            wendy.find("#title").sendKeys(Fixtures.kharkivTitle());
            wendy.paste("#body", body);
            wendy.screenshot("day-01-new-story");
            wendy.clickAndWait(".form-actions button[type=submit]");
            long id = Long.parseLong(wendy.driver.getCurrentUrl().replaceAll(".*/articles/(\\d+).*", "$1"));
            assertEquals(4, wendy.all("#story-text .q-attributed[id]").size(), "four attributed quotes");
            assertTrue(wendy.all("#story-text .q-unsourced").isEmpty());
            wendy.clickAndWait("form[action$='/submit'] button");
            wendy.screenshot("day-02-in-review");

            // She deletes an attribution: the quote turns unsourced.
            wendy.go("/articles/" + id + "/edit");
            wendy.paste("#body", body.replace(ZELENSKY, ""));
            wendy.find("#summary").sendKeys("Tightened the Zelensky quote");
            wendy.clickAndWait(".form-actions button[type=submit]");
            WebElement unsourced = wendy.find("#story-text .q-unsourced");
            assertTrue(unsourced.getText().startsWith("“This is terror"));
            wendy.screenshot("day-03-unsourced-quote");

            // Eddie selects a passage and leaves a fact-check note; approval is blocked, and says why.
            eddie.login(eddieName, TestUsers.PASSWORD);
            eddie.go("/articles/" + id);
            eddie.selectInStory("city of 1.8 million");
            eddie.waitVisible(".selection-button").click();
            new Select(eddie.find("#note-kind")).selectByValue("fact-check");
            eddie.find("#note-comment").sendKeys("The city is 1.4 million further down. Which is it? @" + wendyName);
            eddie.screenshot("day-04-selecting-a-passage");
            eddie.clickAndWait("#annotate-form button[type=submit]");
            WebElement note = eddie.find("#story-text .ann-fact-check");
            assertEquals("city of 1.8 million", note.getText());
            WebElement approve = eddie.find("button[value=approve]");
            assertFalse(approve.isEnabled(), "approve is disabled while findings are open");
            String why = eddie.find("#approve-why").getText();
            assertTrue(why.contains("1 quote has no clear source"), why);
            assertTrue(why.contains("1 open fact-check note"), why);
            eddie.screenshot("day-05-approval-blocked");

            // Erin requests changes.
            erin.login(erinName, TestUsers.PASSWORD);
            erin.go("/articles/" + id);
            erin.find("#comment").sendKeys("Put the president's name back on his quote.");
            erin.clickAndWait("button[value=request_changes]");
            assertEquals(ArticleStatus.CHANGES_REQUESTED, Stories.status(id));

            // Wendy restores the attribution, replies to the note, and resubmits.
            wendy.go("/articles/" + id + "/edit");
            wendy.paste("#body", body.replace("city of 1.8 million", "city of 1.4 million"));
            wendy.find("#summary").sendKeys("Restored the attribution; fixed the population");
            wendy.clickAndWait(".form-actions button[type=submit]");
            assertTrue(wendy.all("#story-text .q-unsourced").isEmpty(), "the flag cleared by itself");
            WebElement anchored = wendy.find("#story-text .ann-fact-check");
            assertEquals("city of 1.4 million", anchored.getText(), "the note followed its passage");
            wendy.find(".note .reply-form textarea").sendKeys("Fixed: 1.4 million, as in the later paragraph.");
            wendy.clickAndWait(".note .reply-form button");
            wendy.clickAndWait("form[action$='/submit'] button");
            wendy.screenshot("day-06-resubmitted");

            // Eddie resolves the note. Erin, whose request blocks everyone else, approves first, on the page
            // that shows what changed since she reviewed; then Eddie does the same.
            eddie.go("/articles/" + id);
            eddie.clickAndWait(".note form[action$='/resolve'] button");
            erin.go("/articles/" + id);
            erin.clickAndWait(".stale-box a.button");
            assertTrue(erin.driver.getCurrentUrl().endsWith("/review/changes"));
            assertNotNull(erin.find("article.diff ins"));
            erin.screenshot("day-07-changes-since-review");
            erin.clickAndWait("button[value=approve]");
            eddie.go("/articles/" + id);
            eddie.clickAndWait(".stale-box a.button");
            eddie.clickAndWait("button[value=approve]");
            assertEquals(ArticleStatus.APPROVED, Stories.status(id));

            // Carla publishes; the public page has the story and no review markup.
            carla.login(carlaName, TestUsers.PASSWORD);
            carla.go("/articles/" + id);
            carla.screenshot("day-08-approved");
            carla.clickAndWait("form[action$='/publish'] button");
            carla.clickAndWait("a[href^='/p/']");
            assertEquals(Fixtures.kharkivTitle(), carla.find("h1").getText());
            assertTrue(carla.all(".q, .ann, .side, form, [data-marks]").isEmpty(), "no review markup in public");
            assertTrue(carla.find("article").getText().contains("city of 1.4 million"));
            carla.screenshot("day-09-published");
        }
    }

}
