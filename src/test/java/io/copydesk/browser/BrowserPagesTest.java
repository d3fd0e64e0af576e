package io.copydesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import io.copydesk.support.Browser;
import io.copydesk.support.Fixtures;
import io.copydesk.support.NewsroomRules;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The other everyday screens in a real browser: edit conflicts, compare, login failures, keyboard, accessibility. */
@QuarkusTest
@TestProfile(NewsroomRules.class)
class BrowserPagesTest {

    /** axe-core, installed from the npm registry by .ci/run (or: npm install --prefix .ci/node axe-core). */
    static final Path AXE = Path.of(System.getProperty("browser.axe", ".ci/node/node_modules/axe-core/axe.min.js"));

    @TestHTTPResource("/")
    URL base;

    @Test
    void twoPeopleEditingAtOnce_secondGetsTheConflictPage_andMerges() throws Exception {
        Chrome.requireBrowser();
        String writerName = TestUsers.create(Role.WRITER);
        String editorName = TestUsers.create(Role.EDITOR);
        long id = Stories.inReview(Browser.login(writerName));
        try (Chrome writer = Chrome.open(base.toString()); Chrome editor = Chrome.open(base.toString())) {
            writer.login(writerName, TestUsers.PASSWORD);
            editor.login(editorName, TestUsers.PASSWORD);
            writer.go("/articles/" + id + "/edit");
            editor.go("/articles/" + id + "/edit");
            editor.paste("#body", Stories.BODY.replace("two years", "three years"));
            editor.clickAndWait(".form-actions button[type=submit]");
            writer.paste("#body", Stories.BODY + "\n\nThe mayor apologised.");
            writer.clickAndWait(".form-actions button[type=submit]");

            assertTrue(writer.find(".conflict-banner").getText().contains("Someone saved while you were editing"));
            assertTrue(writer.find("#body").getAttribute("value").endsWith("The mayor apologised."), "typed text kept");
            assertEquals("three", writer.all(".conflict-grid section").get(0).findElement(By.cssSelector("ins")).getText());
            writer.screenshot("conflict-page");
            writer.paste("#body", Stories.BODY.replace("two years", "three years") + "\n\nThe mayor apologised.");
            writer.clickAndWait(".form-actions button[type=submit]");
            assertTrue(writer.find(".flash").getText().contains("Revision 3 saved"));
        }
    }

    @Test
    void compareTwoRevisions_fromTheHistory() throws Exception {
        Chrome.requireBrowser();
        String writerName = TestUsers.create(Role.WRITER);
        Browser http = Browser.login(writerName);
        long id = Stories.create(http, "Bridge", Stories.BODY);
        Stories.edit(http, id, "Bridge", Stories.BODY.replace("Tuesday", "Monday"));
        Stories.edit(http, id, "Bridge", Stories.BODY.replace("Tuesday", "Monday") + "\n\nTraffic will be diverted.");
        try (Chrome writer = Chrome.open(base.toString())) {
            writer.login(writerName, TestUsers.PASSWORD);
            writer.go("/articles/" + id + "/history");
            writer.find("input[name=from][value='1']").click();
            writer.find("input[name=to][value='3']").click();
            writer.clickAndWait(".compare-form button[type=submit]");
            assertTrue(writer.driver.getCurrentUrl().contains("from=1") && writer.driver.getCurrentUrl().contains("to=3"));
            List<String> inserted = writer.all("article.diff p:not(.legend) ins").stream().map(e -> e.getText()).toList();
            assertEquals(List.of("Monday", "Traffic will be diverted."), inserted);
            writer.screenshot("compare-revisions");
            writer.go("/articles/" + id + "/history");
            writer.screenshot("history");
        }
    }

    @Test
    void loginFailures_showClearMessages() throws Exception {
        Chrome.requireBrowser();
        String username = TestUsers.create(Role.EDITOR);
        try (Chrome chrome = Chrome.open(base.toString())) {
            chrome.login(username, "wrong password");
            assertEquals("⚠ Wrong username or password.", chrome.find("#login-error").getText());
            assertEquals(username, chrome.find("#j_username").getAttribute("value"), "username kept");
            chrome.screenshot("login-wrong-password");
            for (int i = 0; i < 4; i++) {
                chrome.find("#j_password").sendKeys("guess " + i);
                chrome.clickAndWait("form button[type=submit]");
            }
            assertTrue(chrome.find("#login-error").getText().contains("locked for 15 minutes"));
            chrome.screenshot("login-locked");
        }
    }

    @Test
    void keyboard_movesBetweenFlagsAndNotes_andFormsWorkWithoutAMouse() throws Exception {
        Chrome.requireBrowser();
        String writerName = TestUsers.create(Role.WRITER);
        String editorName = TestUsers.create(Role.EDITOR);
        Browser http = Browser.login(writerName);
        long id = Stories.create(http, "Unsourced", "“We will rebuild the bridge.”\n\nNobody said it.\n\n“Soon, very soon.”");
        Stories.expect303(http.post("/articles/" + id + "/submit"));
        try (Chrome editor = Chrome.open(base.toString())) {
            editor.login(editorName, TestUsers.PASSWORD);
            editor.go("/articles/" + id);
            new Actions(editor.driver).sendKeys("j").perform();
            String first = (String) editor.js("return document.activeElement.id");
            new Actions(editor.driver).sendKeys("j").perform();
            String second = (String) editor.js("return document.activeElement.id");
            assertTrue(first.startsWith("q-") && second.startsWith("q-") && !first.equals(second), first + " " + second);
            assertTrue(((String) editor.js("return document.activeElement.getAttribute('aria-label')")).contains("No source"));

            // A note added with the keyboard only: tab to the fields, type, Enter.
            editor.find("#note-quote").sendKeys("Nobody said it");
            new Select(editor.find("#note-kind")).selectByValue("style");
            editor.find("#note-comment").sendKeys("Cut this line.");
            editor.find("#note-comment").sendKeys(Keys.TAB, Keys.ENTER);
            editor.waitFor(By.cssSelector(".ann-style"));
            assertEquals("Nobody said it", editor.find(".ann-style").getText());
            editor.screenshot("keyboard-focus");
        }
    }

    @Test
    void mainPages_passAnAutomatedAccessibilityAudit() throws Exception {
        Chrome.requireBrowser();
        boolean required = Boolean.getBoolean("browser.required");
        if (!Files.exists(AXE) && required) {
            throw new IllegalStateException("axe-core missing at " + AXE);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(AXE), "axe-core not installed");
        String axe = Files.readString(AXE);
        String writerName = TestUsers.create(Role.WRITER);
        String editorName = TestUsers.create(Role.EDITOR);
        Browser http = Browser.login(writerName);
        long id = Stories.create(http, Fixtures.kharkivTitle(), Fixtures.kharkivBody().replace(" said Ukraine President Volodymyr Zelensky", ""));
        Stories.expect303(http.post("/articles/" + id + "/submit"));
        Stories.expect303(Browser.login(editorName).post("/articles/" + id + "/annotations", "kind", "fact-check",
                "comment", "Source?", "quote", "1.8 million"));
        Stories.edit(http, id, Fixtures.kharkivTitle(), Fixtures.kharkivBody());

        List<String> problems = new ArrayList<>();
        try (Chrome chrome = Chrome.open(base.toString())) {
            audit(chrome, axe, "/login", problems);
            chrome.login(editorName, TestUsers.PASSWORD);
            for (String path : List.of("/articles", "/articles/new", "/articles/" + id, "/articles/" + id + "/history",
                    "/articles/" + id + "/compare?from=1&to=2", "/articles/" + id + "/review/changes", "/inbox", "/account")) {
                audit(chrome, axe, path, problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    @SuppressWarnings("unchecked")
    private static void audit(Chrome chrome, String axe, String path, List<String> problems) {
        chrome.go(path);
        chrome.js(axe);
        assertEquals("object", chrome.js("return typeof axe"), "axe-core loaded on " + path);
        Object result = chrome.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length,
                                                            target: v.nodes[0].target.join(' ') }))))
                   .catch(e => done([{ id: 'axe-error', impact: 'critical', nodes: 0, target: String(e) }]));""");
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            problems.add(path + ": " + v.get("id") + " (" + v.get("impact") + ", " + v.get("nodes") + " nodes, e.g. "
                    + v.get("target") + ")");
        }
    }
}
