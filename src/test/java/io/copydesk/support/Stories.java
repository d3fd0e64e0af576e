package io.copydesk.support;

import java.util.Map;

import io.copydesk.article.Article;
import io.copydesk.article.ArticleStatus;
import io.copydesk.article.Revision;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/** Story helpers for tests: create and move stories through the pages, read the database state. */
public final class Stories {

    public static final String BODY = """
            The council voted on Tuesday to close the old bridge.

            “We had no choice,” said Mayor Ana Ruiz. “The steel is failing.”

            Repairs will take two years.""";

    private Stories() {
    }

    /** Creates a story through the new-story form and returns its id. */
    public static long create(Browser writer, String title, String body) {
        Response response = writer.postMultipart("/articles", Map.of("title", title, "body", body), null, null);
        if (response.statusCode() != 303) {
            throw new AssertionError("creating a story answered " + response.statusCode() + ": " + response.asString());
        }
        String location = response.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public static long create(Browser writer) {
        return create(writer, "Bridge to close", BODY);
    }

    /** Creates a story and sends it to review. */
    public static long inReview(Browser writer) {
        long id = create(writer);
        expect303(writer.post("/articles/" + id + "/submit"));
        return id;
    }

    public static Response edit(Browser who, long id, String title, String body) {
        int base = article(id).currentRevision;
        return who.postMultipart("/articles/" + id + "/edit",
                Map.of("title", title, "body", body, "baseRevision", String.valueOf(base)), null, null);
    }

    public static Response decide(Browser reviewer, long id, String decision, String comment) {
        return reviewer.post("/articles/" + id + "/review", "decision", decision, "comment", comment);
    }

    public static Article article(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Article a = Article.findById(id);
            if (a != null) {
                a.author.username.length(); // load before the session closes
            }
            return a;
        });
    }

    public static ArticleStatus status(long id) {
        return article(id).status;
    }

    public static Revision revision(long id, int number) {
        return QuarkusTransaction.requiringNew().call(() -> Revision.findByNumber(Article.findById(id), number));
    }

    public static long revisionCount(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Revision.count("article.id", id));
    }

    public static void expect303(Response response) {
        if (response.statusCode() != 303) {
            throw new AssertionError("expected 303, got " + response.statusCode() + ": " + response.asString());
        }
    }
}
