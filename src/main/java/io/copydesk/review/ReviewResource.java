package io.copydesk.review;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.copydesk.article.Article;
import io.copydesk.article.Revision;
import io.copydesk.article.WordDiff;
import io.copydesk.article.WorkflowException;
import io.copydesk.user.CurrentUser;
import io.copydesk.user.User;
import io.copydesk.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** Review actions on a story: decisions, dismissing a request for changes, assigning reviewers. */
@Path("/articles/{id}/review")
@Authenticated
public class ReviewResource {

    @Inject
    CurrentUser currentUser;
    @Inject
    ReviewService reviews;
    @Inject
    AnnotationService annotations;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance changes(Article article, Revision base, Revision current, WordDiff.Result titleDiff,
                WordDiff.Result diff, ReviewState review, List<String> blockers, boolean canReview);
    }

    /**
     * What changed since the last revision this editor reviewed, with the decision form: approvals are
     * given on the page that shows the changes.
     */
    @GET
    @Path("changes")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance changes(@PathParam("id") long id) {
        User me = currentUser.require();
        Article article = Article.requireVisible(id, me);
        Revision current = Revision.find("from Revision r join fetch r.author where r.article = ?1 and r.number = ?2",
                article, article.currentRevision).firstResult();
        ReviewState state = reviews.state(article, current);
        int last = Math.max(state.lastReviewedBy(me), annotations.lastAnnotatedRevision(article, me));
        Revision base = last > 0 ? Revision.findByNumber(article, last) : null;
        String baseTitle = base == null ? current.title : base.title;
        String baseBody = base == null ? current.body : base.body;
        boolean canReview = article.reviewableBy(me);
        List<String> blockers = canReview ? reviews.approvalBlockers(article, current, state, me) : List.of();
        return Templates.changes(article, base, current, WordDiff.diff(baseTitle, current.title),
                WordDiff.diff(baseBody, current.body), state, blockers, canReview);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm String comment,
            @RestForm Integer revision) {
        DecisionKind kind = DecisionKind.parse(decision);
        if (kind == null) {
            throw new WorkflowException("Choose approve, request changes or comment.");
        }
        ReviewDecision saved = reviews.decide(id, currentUser.require(), kind, comment, revision);
        String message = switch (kind) {
            case APPROVE -> "You approved revision " + saved.revisionNumber + ".";
            case REQUEST_CHANGES -> "Changes requested. The writer has been told.";
            case COMMENT -> "Comment added.";
        };
        return Flash.seeOther("/articles/" + id, message);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{decisionId}/dismiss")
    public Response dismiss(@PathParam("id") long id, @PathParam("decisionId") long decisionId,
            @RestForm String reason) {
        reviews.dismissRequest(id, decisionId, currentUser.require(), reason);
        return Flash.seeOther("/articles/" + id, "Request for changes dismissed.");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("reviewers")
    public Response assign(@PathParam("id") long id, @RestForm Long reviewer) {
        if (reviewer == null) {
            throw new WorkflowException("Choose a reviewer.");
        }
        reviews.assign(id, currentUser.require(), reviewer);
        return Flash.seeOther("/articles/" + id, "Reviewer assigned.");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("reviewers/{reviewerId}/remove")
    public Response unassign(@PathParam("id") long id, @PathParam("reviewerId") long reviewerId) {
        reviews.unassign(id, currentUser.require(), reviewerId);
        return Flash.seeOther("/articles/" + id, "Reviewer removed.");
    }
}
