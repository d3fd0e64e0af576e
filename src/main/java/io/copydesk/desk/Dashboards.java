package io.copydesk.desk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;

import io.copydesk.article.Article;
import io.copydesk.article.ArticleStatus;
import io.copydesk.user.Role;
import io.copydesk.user.User;

/**
 * Builds the dashboard with a fixed number of queries whatever the number of stories: the visible
 * stories (one page), their reviewers, the counts per status and the stories awaiting my review.
 */
@ApplicationScoped
public class Dashboards {

    static final int PAGE_SIZE = 50;
    /** Dashboard order: what needs attention first. */
    static final List<ArticleStatus> ORDER = List.of(ArticleStatus.IN_REVIEW, ArticleStatus.CHANGES_REQUESTED,
            ArticleStatus.DRAFT, ArticleStatus.APPROVED, ArticleStatus.PUBLISHED);

    @Inject
    EntityManager em;

    public Dashboard build(User me, ArticleStatus filter, int page) {
        String visible = visibility(me);
        String where = visible + (filter == null ? "" : " and a.status = :status");
        var query = em.createQuery("select a from Article a join fetch a.author join fetch a.updatedBy where " + where
                + " order by a.updatedAt desc", Article.class)
                .setFirstResult(Math.max(0, page) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE + 1);
        bind(query, me, filter);
        List<Article> articles = query.getResultList();
        boolean hasMore = articles.size() > PAGE_SIZE;
        if (hasMore) {
            articles = articles.subList(0, PAGE_SIZE);
        }
        Map<Long, Set<String>> reviewers = reviewers(articles);
        Map<ArticleStatus, List<Dashboard.Row>> byStatus = new EnumMap<>(ArticleStatus.class);
        for (Article a : articles) {
            byStatus.computeIfAbsent(a.status, s -> new ArrayList<>()).add(row(a, reviewers));
        }
        List<Dashboard.Group> groups = new ArrayList<>();
        for (ArticleStatus s : ORDER) {
            if (byStatus.containsKey(s)) {
                groups.add(new Dashboard.Group(s, byStatus.get(s)));
            }
        }
        return new Dashboard(filter, groups, counts(me), awaitingReview(me, filter), Math.max(0, page), hasMore,
                me.role.reviews());
    }

    /** Writers see their own stories; editors every story past the draft stage; chiefs everything. */
    private static String visibility(User me) {
        return switch (me.role) {
            case CHIEF -> "1 = 1";
            case EDITOR -> "(a.author.id = :me or a.status <> :draft)";
            case WRITER -> "a.author.id = :me";
        };
    }

    private static void bind(jakarta.persistence.Query query, User me, ArticleStatus filter) {
        if (me.role != Role.CHIEF) {
            query.setParameter("me", me.id);
        }
        if (me.role == Role.EDITOR) {
            query.setParameter("draft", ArticleStatus.DRAFT);
        }
        if (filter != null) {
            query.setParameter("status", filter);
        }
    }

    private Map<ArticleStatus, Long> counts(User me) {
        var query = em.createQuery("select a.status, count(a) from Article a where " + visibility(me)
                + " group by a.status", Object[].class);
        bind(query, me, null);
        Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
        for (Object[] row : query.getResultList()) {
            counts.put((ArticleStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * In review, not written or last edited by me, and without my approval of the current text: assigned
     * to me, or unassigned so that any editor may pick it up.
     */
    private List<Dashboard.Row> awaitingReview(User me, ArticleStatus filter) {
        if (!me.role.reviews() || (filter != null && filter != ArticleStatus.IN_REVIEW)) {
            return List.of();
        }
        List<Article> articles = em.createQuery("""
                select a from Article a join fetch a.author join fetch a.updatedBy
                where a.status = :inReview and a.author.id <> :me
                  and (exists (select 1 from ReviewerAssignment r where r.article = a and r.reviewer.id = :me)
                       or not exists (select 1 from ReviewerAssignment r where r.article = a))
                  and not exists (select 1 from ReviewDecision d, Revision cur
                       where d.article = a and d.reviewer.id = :me and d.kind = io.copydesk.review.DecisionKind.APPROVE
                         and cur.article = a and cur.number = a.currentRevision and d.revisionNumber >= cur.approvalBase)
                order by a.updatedAt""", Article.class)
                .setParameter("inReview", ArticleStatus.IN_REVIEW)
                .setParameter("me", me.id)
                .setMaxResults(PAGE_SIZE)
                .getResultList();
        Map<Long, Set<String>> reviewers = reviewers(articles);
        return articles.stream().map(a -> row(a, reviewers)).toList();
    }

    /** Assigned reviewers and everyone who decided, per story, in two queries. */
    private Map<Long, Set<String>> reviewers(List<Article> articles) {
        Map<Long, Set<String>> names = new LinkedHashMap<>();
        if (articles.isEmpty()) {
            return names;
        }
        List<Long> ids = articles.stream().map(a -> a.id).toList();
        for (String jpql : List.of(
                "select r.article.id, u.displayName from ReviewerAssignment r join r.reviewer u where r.article.id in :ids order by u.displayName",
                "select distinct d.article.id, u.displayName from ReviewDecision d join d.reviewer u where d.article.id in :ids")) {
            for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
                names.computeIfAbsent((Long) row[0], k -> new LinkedHashSet<>()).add((String) row[1]);
            }
        }
        return names;
    }

    private static Dashboard.Row row(Article a, Map<Long, Set<String>> reviewers) {
        return new Dashboard.Row(a.id, a.title, a.status, a.author.displayName, a.updatedAt, a.updatedBy.displayName,
                List.copyOf(reviewers.getOrDefault(a.id, Set.of())), a.currentRevision);
    }
}
