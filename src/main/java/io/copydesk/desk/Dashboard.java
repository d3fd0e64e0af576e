package io.copydesk.desk;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.copydesk.article.ArticleStatus;

/** What the dashboard shows: the stories that matter to the viewer, grouped by status, and counts per status. */
public record Dashboard(ArticleStatus filter, List<Group> groups, Map<ArticleStatus, Long> counts,
        List<Row> awaitingMyReview, int page, boolean hasMore, boolean reviewer) {

    public record Row(long id, String title, ArticleStatus status, String author, Instant updatedAt, String updatedBy,
            List<String> reviewers, int revision) {
    }

    public record Group(ArticleStatus status, List<Row> rows) {
    }

    public long count(ArticleStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<ArticleStatus> statuses() {
        return List.of(ArticleStatus.values());
    }

    public boolean empty() {
        return groups.isEmpty() && awaitingMyReview.isEmpty();
    }
}
