package io.copydesk.bench;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.copydesk.article.Article;
import io.copydesk.article.ArticleService;
import io.copydesk.article.Revision;
import io.copydesk.review.AnnotationKind;
import io.copydesk.review.AnnotationService;
import io.copydesk.support.Browser;
import io.copydesk.support.Fixtures;
import io.copydesk.support.TestUsers;
import io.copydesk.user.Role;
import io.copydesk.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The story page of a story with 200 revisions and 500 annotations: server time per request and SQL
 * statements per page. Run with {@code ./mvnw test -Pbenchmark -Dtest=StoryPageBenchmark}; results go to
 * docs/benchmarks.md. Measures, never asserts.
 */
@QuarkusTest
@TestProfile(StoryPageBenchmark.WithStatistics.class)
@Tag("benchmark")
class StoryPageBenchmark {

    /**
     * Requests before measuring; with only 50 the JIT is still compiling and the medians are 2-3x too high. (Not
     * named copydesk.*: Quarkus rejects unknown properties under the application's own config root.)
     */
    static final int WARM_UP = Integer.getInteger("bench.warmup", 1000);

    public static class WithStatistics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.statistics", "true", "quarkus.log.category.\"org.hibernate\".level", "WARN",
                    "quarkus.http.access-log.enabled", "true", "quarkus.http.record-request-start-time", "true", "quarkus.http.access-log.pattern", "ACCESS %r %s %D ms %b");
        }
    }

    @Inject
    ArticleService articles;
    @Inject
    AnnotationService annotations;
    @Inject
    SessionFactory sessionFactory;

    @Test
    void storyWith200RevisionsAnd500Annotations() {
        String writerName = TestUsers.create(Role.WRITER);
        String editorName = TestUsers.create(Role.EDITOR);
        User writer = TestUsers.find(writerName);
        User editor = TestUsers.find(editorName);
        String body = Fixtures.kharkivBody();
        long id = QuarkusTransaction.requiringNew().call(() -> articles.create(writer, "Benchmark", body).id);
        QuarkusTransaction.requiringNew().run(() -> articles.submit(id, writer));
        for (int i = 2; i <= 200; i++) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> articles.edit(id, writer, n - 1, "Benchmark",
                    body + "\n\nUpdate " + n + ": the situation is developing.", "update " + n));
        }
        String[] words = body.split(" ");
        QuarkusTransaction.requiringNew().run(() -> {
            Revision current = Revision.current(Article.findById(id));
            for (int i = 0; i < 500; i++) {
                String passage = words[(i * 7) % (words.length - 3)];
                int start = current.body.indexOf(passage, (i * 13) % (current.body.length() / 2));
                if (start < 0) {
                    start = current.body.indexOf(passage);
                }
                annotations.create(id, editor, new AnnotationService.NewAnnotation(AnnotationKind.COMMENT,
                        "Note " + i, passage, start, start + passage.length(), current.number));
            }
        });
        Browser browser = Browser.login(editorName);
        String path = "/articles/" + id;
        for (int i = 0; i < WARM_UP; i++) {
            browser.get(path); // warm-up: the JIT needs a few hundred requests before the times settle
        }
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        browser.get(path);
        long statements = stats.getPrepareStatementCount();
        int runs = 200;
        long[] nanos = new long[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            bytes = browser.get(path).asByteArray().length;
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("| story page, 200 revisions, 500 notes | %d SQL statements | median %.1f ms, p90 %.1f ms (client-measured, loopback) | %d KB |%n",
                statements, nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, bytes / 1024);

        String history = "/articles/" + id + "/history";
        browser.get(history);
        stats.clear();
        browser.get(history);
        long historyStatements = stats.getPrepareStatementCount();
        long t = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            browser.get(history);
        }
        System.out.printf("| history page, same story | %d SQL statements | mean %.1f ms | |%n", historyStatements,
                (System.nanoTime() - t) / 1e6 / 50);

        long plain = QuarkusTransaction.requiringNew().call(() -> articles.create(writer, "Typical", body).id);
        QuarkusTransaction.requiringNew().run(() -> articles.submit(plain, writer));
        for (int i = 0; i < WARM_UP; i++) {
            browser.get("/articles/" + plain);
        }
        stats.clear();
        browser.get("/articles/" + plain);
        long plainStatements = stats.getPrepareStatementCount();
        long[] plainNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            browser.get("/articles/" + plain);
            plainNanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(plainNanos);
        System.out.printf("| story page, 1 revision, no notes (the Kharkiv article) | %d SQL statements | median %.1f ms (client-measured) | |%n",
                plainStatements, plainNanos[runs / 2] / 1e6);

        stats.clear();
        browser.get("/articles");
        System.out.printf("| dashboard | %d SQL statements | | |%n", stats.getPrepareStatementCount());

        long saveStart = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> articles.edit(id, writer, 200, "Benchmark", body + "\n\nFinal.", "final"));
        System.out.printf("| saving revision 201 (quote check + re-anchoring 500 notes + approval rules) | | %.1f ms | |%n",
                (System.nanoTime() - saveStart) / 1e6);
    }
}
