package io.copydesk.findings;

import static io.copydesk.support.Stories.expect303;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.copydesk.article.ArticleStatus;
import io.copydesk.quotes.Status;
import io.copydesk.support.Browser;
import io.copydesk.support.Fixtures;
import io.copydesk.support.Stories;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every revision is checked for unsourced quotes; open flags block approval until attributed or waived. */
@QuarkusTest
class QuoteFindingsTest {

    static final String ZELENSKY_ATTRIBUTION = " said Ukraine President Volodymyr Zelensky";

    private static List<QuoteFinding> findings(long id, int revision) {
        return QuarkusTransaction.requiringNew().call(() -> QuoteFinding.list(
                "article.id = ?1 and revisionNumber = ?2 order by ordinal", id, revision));
    }

    private static String unsourcedBody() {
        String body = Fixtures.kharkivBody();
        assertTrue(body.contains(ZELENSKY_ATTRIBUTION));
        return body.replace(ZELENSKY_ATTRIBUTION, "");
    }

    @Test
    void kharkivArticle_hasFourAttributedQuotes_andNoFlags() {
        Browser wendy = Browser.login(TestUsers.create(Role.WRITER));
        long id = Stories.create(wendy, Fixtures.kharkivTitle(), Fixtures.kharkivBody());

        List<QuoteFinding> found = findings(id, 1);
        assertEquals(4, found.stream().filter(f -> f.status == Status.ATTRIBUTED).count());
        assertEquals(0, found.stream().filter(QuoteFinding::needsSource).count());
        assertEquals(List.of("Oleh Sinegubov", "Oleh Sinegubov", "Volodymyr Zelensky"),
                found.stream().filter(f -> f.status == Status.ATTRIBUTED).map(f -> f.speakerName).limit(3).toList());

        Document page = wendy.page("/articles/" + id);
        assertEquals(4, page.select("#story-text span.q-attributed[id]").size());
        assertTrue(page.select("#story-text .q-unsourced").isEmpty());
        assertTrue(page.select("ol.findings li").isEmpty());
        Element first = page.selectFirst("#story-text #q-0");
        assertTrue(first.attr("aria-label").contains("Oleh Sinegubov"), first.attr("aria-label"));
        assertEquals("0", first.attr("tabindex"));
    }

    @Test
    void removingAnAttribution_flagsTheQuote_andBlocksApproval() {
        Browser wendy = Browser.login(TestUsers.create(Role.WRITER));
        Browser eddie = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.create(wendy, Fixtures.kharkivTitle(), Fixtures.kharkivBody());
        expect303(Stories.edit(wendy, id, Fixtures.kharkivTitle(), unsourcedBody()));
        expect303(wendy.post("/articles/" + id + "/submit"));

        List<QuoteFinding> open = findings(id, 2).stream().filter(QuoteFinding::needsSource).toList();
        assertEquals(1, open.size());
        assertEquals(Status.UNSOURCED, open.get(0).status);
        assertTrue(open.get(0).text.startsWith("“This is terror"));

        Document page = eddie.page("/articles/" + id);
        assertEquals(1, page.select("ol.findings li.finding-unsourced").size());
        assertTrue(page.selectFirst("#story-text .q-unsourced").text().startsWith("“This is terror"));
        Element approve = page.selectFirst("button[value=approve]");
        assertTrue(approve.hasAttr("disabled"));
        assertTrue(page.selectFirst("#approve-why").text().contains("1 quote has no clear source"));

        Response refused = Stories.decide(eddie, id, "approve", "");
        assertEquals(409, refused.statusCode());
        assertEquals(ArticleStatus.IN_REVIEW, Stories.status(id));
    }

    @Test
    void addingTheSourceBack_clearsTheFlagByItself() {
        Browser wendy = Browser.login(TestUsers.create(Role.WRITER));
        Browser eddie = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.create(wendy, Fixtures.kharkivTitle(), unsourcedBody());
        expect303(wendy.post("/articles/" + id + "/submit"));
        expect303(Stories.edit(wendy, id, Fixtures.kharkivTitle(), Fixtures.kharkivBody()));

        assertEquals(0, findings(id, 2).stream().filter(QuoteFinding::needsSource).count());
        QuoteFinding old = findings(id, 1).stream().filter(QuoteFinding::needsSource).findFirst().orElseThrow();
        assertEquals(2, old.clearedIn);
        expect303(Stories.decide(eddie, id, "approve", ""));
        assertEquals(ArticleStatus.APPROVED, Stories.status(id));
    }

    @Test
    void waivingWithAReason_unblocksApproval_andCarriesToLaterRevisions() {
        Browser wendy = Browser.login(TestUsers.create(Role.WRITER));
        Browser eddie = Browser.login(TestUsers.create(Role.EDITOR));
        long id = Stories.create(wendy, Fixtures.kharkivTitle(), unsourcedBody());
        expect303(wendy.post("/articles/" + id + "/submit"));
        long findingId = findings(id, 1).stream().filter(QuoteFinding::needsSource).findFirst().orElseThrow().id;

        assertEquals(409, wendy.post("/articles/" + id + "/findings/" + findingId + "/waive", "reason", "trust me")
                .statusCode(), "the writer cannot waive her own flag");
        assertEquals(409, eddie.post("/articles/" + id + "/findings/" + findingId + "/waive", "reason", " ")
                .statusCode(), "a waiver needs a reason");

        expect303(eddie.post("/articles/" + id + "/findings/" + findingId + "/waive",
                "reason", "Televised address; speaker is clear from the video."));
        Document page = eddie.page("/articles/" + id);
        assertTrue(page.select("ol.findings li").isEmpty());
        assertTrue(page.selectFirst(".findings-waived").text().contains("Televised address"));

        expect303(Stories.edit(wendy, id, Fixtures.kharkivTitle(), unsourcedBody() + "\n\nA new closing line."));
        QuoteWaiver waiver = QuarkusTransaction.requiringNew().call(() -> QuoteWaiver.find("article.id", id).firstResult());
        assertNotNull(waiver);
        assertEquals(1, waiver.revisionNumber);
        expect303(Stories.decide(eddie, id, "approve", ""));
        assertEquals(ArticleStatus.APPROVED, Stories.status(id));
    }
}
