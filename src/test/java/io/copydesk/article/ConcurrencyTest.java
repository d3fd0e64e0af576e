package io.copydesk.article;

import static io.copydesk.support.Stories.expect303;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.copydesk.review.DecisionKind;
import io.copydesk.review.ReviewDecision;
import io.copydesk.support.AtOnce;
import io.copydesk.support.Browser;
import io.copydesk.support.NewsroomRules;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Concurrent requests on one story, sent at the same instant: no lost approval, no double publish. */
@QuarkusTest
@TestProfile(NewsroomRules.class)
class ConcurrencyTest {

    private static long statusChangesTo(long id, ArticleStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> StatusChange.count("article.id = ?1 and toStatus = ?2", id, status));
    }

    @Test
    void twoApprovalsAtOnce_bothCount_andTheStoryIsApprovedOnce() throws Exception {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser eddie = Browser.login(TestUsers.create(Role.EDITOR));
        Browser erin = Browser.login(TestUsers.create(Role.EDITOR));
        for (int round = 0; round < 5; round++) {
            long id = Stories.inReview(writer);
            eddie.csrfToken();
            erin.csrfToken();
            List<Integer> codes = AtOnce.statuses(List.of(
                    () -> eddie.post("/articles/" + id + "/review", "decision", "approve", "revision", "1"),
                    () -> erin.post("/articles/" + id + "/review", "decision", "approve", "revision", "1")));
            assertEquals(List.of(303, 303), codes);
            assertEquals(ArticleStatus.APPROVED, Stories.status(id));
            assertEquals(2, QuarkusTransaction.requiringNew().call(() -> ReviewDecision.count(
                    "article.id = ?1 and kind = ?2", id, DecisionKind.APPROVE)));
            assertEquals(1, statusChangesTo(id, ArticleStatus.APPROVED));
        }
    }

    @Test
    void twoPublishesAtOnce_publishExactlyOnce() throws Exception {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser eddie = Browser.login(TestUsers.create(Role.EDITOR));
        Browser erin = Browser.login(TestUsers.create(Role.EDITOR));
        Browser carla = Browser.login(TestUsers.create(Role.CHIEF));
        Browser cora = Browser.login(TestUsers.create(Role.CHIEF));
        for (int round = 0; round < 5; round++) {
            long id = Stories.inReview(writer);
            expect303(Stories.decide(eddie, id, "approve", ""));
            expect303(Stories.decide(erin, id, "approve", ""));
            carla.csrfToken();
            cora.csrfToken();
            List<Integer> codes = AtOnce.statuses(List.of(
                    () -> carla.post("/articles/" + id + "/publish"),
                    () -> cora.post("/articles/" + id + "/publish")));
            assertEquals(List.of(303, 409), codes.stream().sorted().toList());
            assertEquals(1, statusChangesTo(id, ArticleStatus.PUBLISHED));
        }
    }

    @Test
    void approveAndRequestChangesAtOnce_endInOneConsistentState() throws Exception {
        Browser writer = Browser.login(TestUsers.create(Role.WRITER));
        Browser eddie = Browser.login(TestUsers.create(Role.EDITOR));
        Browser erin = Browser.login(TestUsers.create(Role.EDITOR));
        Browser ed3 = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.inReview(writer);
        expect303(Stories.decide(eddie, id, "approve", ""));
        erin.csrfToken();
        ed3.csrfToken();
        AtOnce.statuses(List.of(
                () -> erin.post("/articles/" + id + "/review", "decision", "approve", "revision", "1"),
                () -> ed3.post("/articles/" + id + "/review", "decision", "request_changes", "comment", "Hold it")));
        // Whatever the order, the request for changes wins: it is recorded and nothing is approved over it.
        assertEquals(ArticleStatus.CHANGES_REQUESTED, Stories.status(id));
    }
}
