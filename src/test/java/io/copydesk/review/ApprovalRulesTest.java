package io.copydesk.review;

import static io.copydesk.support.Stories.expect303;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.copydesk.article.ArticleStatus;
import io.copydesk.notify.NotificationKind;
import io.copydesk.support.Browser;
import io.copydesk.support.NewsroomRules;
import io.copydesk.support.Notifications;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.copydesk.user.User;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Approval rules with two required approvals: stale approvals, self-approval, requests for changes. */
@QuarkusTest
@TestProfile(NewsroomRules.class)
class ApprovalRulesTest {

    static final String BODY = "The council voted on Tuesday to close the old bridge for repairs.\n\nWork starts in May.";

    @Inject
    MockMailbox mailbox;

    private static String rev(long id) {
        return String.valueOf(Stories.article(id).currentRevision);
    }

    private static Response approve(Browser editor, long id) {
        return editor.post("/articles/" + id + "/review", "decision", "approve", "comment", "", "revision", rev(id));
    }

    @Test
    void twoApprovalsAreNeeded() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser eddie = Browser.login(TestUsers.create(Role.EDITOR));
        Browser erin = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.create(writer, "Bridge", BODY);
        expect303(writer.post("/articles/" + id + "/submit"));

        expect303(approve(eddie, id));
        assertEquals(ArticleStatus.IN_REVIEW, Stories.status(id));
        assertEquals("1 of 2", writer.page("/articles/" + id).selectFirst(".approval-count strong").text());
        expect303(approve(erin, id));
        assertEquals(ArticleStatus.APPROVED, Stories.status(id));
        assertEquals(2, Notifications.count(writer.username, NotificationKind.APPROVED));
    }

    @Test
    void newRevision_makesApprovalsStale_approverSeesChanges_andReapprovesInOneClick() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser eddie = Browser.login(TestUsers.create(Role.EDITOR));
        Browser erin = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.create(writer, "Bridge", BODY);
        expect303(writer.post("/articles/" + id + "/submit"));
        expect303(approve(eddie, id));
        expect303(approve(erin, id));
        assertEquals(ArticleStatus.APPROVED, Stories.status(id));

        expect303(Stories.edit(writer, id, "Bridge", BODY.replace("Work starts in May.", "Work starts in June, the council said.")));

        assertEquals(ArticleStatus.IN_REVIEW, Stories.status(id), "approvals of revision 1 do not cover revision 2");
        assertEquals(1, Notifications.count(eddie.username, NotificationKind.APPROVAL_STALE));
        Document story = eddie.page("/articles/" + id);
        assertEquals("0 of 2", story.selectFirst(".approval-count strong").text());
        assertTrue(story.select("button[value=approve]").isEmpty(), "approval happens on the changes page");
        assertTrue(story.selectFirst(".stale-box a[href$=/review/changes]") != null);

        Document changes = eddie.page("/articles/" + id + "/review/changes");
        assertEquals(List.of("June, the council said"), changes.select("article.diff p:not(.legend) ins").eachText());
        assertEquals(List.of("May"), changes.select("article.diff p:not(.legend) del").eachText());
        assertEquals("2", changes.selectFirst("input[name=revision]").val());
        expect303(approve(eddie, id));
        expect303(approve(erin, id));
        assertEquals(ArticleStatus.APPROVED, Stories.status(id));
    }

    @Test
    void minorEdit_keepsApprovals() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser eddie = Browser.login(TestUsers.create(Role.EDITOR));
        Browser erin = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.create(writer, "Bridge", BODY);
        expect303(writer.post("/articles/" + id + "/submit"));
        expect303(approve(eddie, id));
        expect303(approve(erin, id));
        expect303(Stories.edit(writer, id, "Bridge", BODY.replace("old bridge", "ageing bridge")));
        assertEquals(ArticleStatus.APPROVED, Stories.status(id), "a one-word edit is below the threshold of three");
    }

    @Test
    void approvingATextYouDidNotSee_isRefused() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser eddie = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.create(writer, "Bridge", BODY);
        expect303(writer.post("/articles/" + id + "/submit"));
        String seen = rev(id);
        expect303(Stories.edit(writer, id, "Bridge", BODY + "\n\nA late paragraph with many new words in it."));
        Response r = eddie.post("/articles/" + id + "/review", "decision", "approve", "comment", "", "revision", seen);
        assertEquals(409, r.statusCode());
        assertTrue(Browser.parse(r).selectFirst(".lede").text().contains("changed while you were reading"));
    }

    @Test
    void editorWhoMadeTheLastEdit_cannotApprove_butAnotherCan() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser eddie = Browser.login(TestUsers.create(Role.EDITOR));
        Browser erin = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.create(writer, "Bridge", BODY);
        expect303(writer.post("/articles/" + id + "/submit"));
        expect303(Stories.edit(eddie, id, "Bridge", BODY.replace("Work starts in May.", "Repair work is due to start in May.")));

        Response own = approve(eddie, id);
        assertEquals(409, own.statusCode());
        assertTrue(Browser.parse(own).selectFirst(".lede").text().contains("You made the latest edit"));
        expect303(approve(erin, id));
        assertEquals(ArticleStatus.IN_REVIEW, Stories.status(id));
    }

    @Test
    void requestForChanges_blocksOthers_untilSameEditorApprovesOrChiefDismisses() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser eddie = Browser.login(TestUsers.create(Role.EDITOR));
        Browser erin = Browser.login(TestUsers.create(Role.EDITOR));
        Browser carla = Browser.login(TestUsers.create(Role.CHIEF));
        long id = Stories.create(writer, "Bridge", BODY);
        expect303(writer.post("/articles/" + id + "/submit"));
        expect303(Stories.decide(eddie, id, "request_changes", "Who decided? Name the council members."));
        assertEquals(1, Notifications.count(writer.username, NotificationKind.CHANGES_REQUESTED));
        expect303(writer.post("/articles/" + id + "/submit"));

        Response blocked = approve(erin, id);
        assertEquals(409, blocked.statusCode());
        assertTrue(Browser.parse(blocked).selectFirst(".lede").text().contains("requested changes"));

        long requestId = QuarkusTransaction.requiringNew().call(() -> ReviewDecision.<ReviewDecision>find(
                "article.id = ?1 and kind = ?2", id, DecisionKind.REQUEST_CHANGES).firstResult().id);
        assertEquals(409, erin.post("/articles/" + id + "/review/" + requestId + "/dismiss", "reason", "No").statusCode(),
                "only a chief dismisses");
        expect303(carla.post("/articles/" + id + "/review/" + requestId + "/dismiss", "reason", "The vote was unanimous; names are in the minutes."));
        expect303(approve(erin, id));
        expect303(approve(eddie, id));
        assertEquals(ArticleStatus.APPROVED, Stories.status(id));
    }

    @Test
    void assigningAReviewer_notifiesThem_byInboxAndMail() {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        String editorName = TestUsers.create(Role.EDITOR);
        QuarkusTransaction.requiringNew().run(() -> User.<User>findByUsername(editorName).orElseThrow().email = editorName + "@example.org");
        long editorId = TestUsers.find(editorName).id;
        long id = Stories.create(writer, "Bridge", BODY);
        mailbox.clear();
        expect303(writer.post("/articles/" + id + "/review/reviewers", "reviewer", editorId));

        assertEquals(1, Notifications.count(editorName, NotificationKind.ASSIGNED));
        assertEquals(1, mailbox.getMailsSentTo(editorName + "@example.org").size());
        Browser editor = Browser.login(editorName);
        expect303(writer.post("/articles/" + id + "/submit"));
        Document dashboard = editor.page("/articles");
        assertTrue(dashboard.select(".awaiting a").eachAttr("href").contains("/articles/" + id));
        assertEquals("1", editor.page("/articles").selectFirst(".main-nav .badge").text());
    }
}
