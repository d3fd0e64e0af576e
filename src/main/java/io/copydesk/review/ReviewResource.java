package io.copydesk.review;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.copydesk.article.WorkflowException;
import io.copydesk.user.CurrentUser;
import io.copydesk.web.Flash;
import io.quarkus.security.Authenticated;

/** Review actions on a story: decisions, dismissing a request for changes, assigning reviewers. */
@Path("/articles/{id}/review")
@Authenticated
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ReviewResource {

    @Inject
    CurrentUser currentUser;
    @Inject
    ReviewService reviews;

    @POST
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm String comment) {
        DecisionKind kind = DecisionKind.parse(decision);
        if (kind == null) {
            throw new WorkflowException("Choose approve, request changes or comment.");
        }
        ReviewDecision saved = reviews.decide(id, currentUser.require(), kind, comment);
        String message = switch (kind) {
            case APPROVE -> "You approved revision " + saved.revisionNumber + ".";
            case REQUEST_CHANGES -> "Changes requested. The writer has been told.";
            case COMMENT -> "Comment added.";
        };
        return Flash.seeOther("/articles/" + id, message);
    }

    @POST
    @Path("{decisionId}/dismiss")
    public Response dismiss(@PathParam("id") long id, @PathParam("decisionId") long decisionId,
            @RestForm String reason) {
        reviews.dismissRequest(id, decisionId, currentUser.require(), reason);
        return Flash.seeOther("/articles/" + id, "Request for changes dismissed.");
    }

    @POST
    @Path("reviewers")
    public Response assign(@PathParam("id") long id, @RestForm Long reviewer) {
        if (reviewer == null) {
            throw new WorkflowException("Choose a reviewer.");
        }
        reviews.assign(id, currentUser.require(), reviewer);
        return Flash.seeOther("/articles/" + id, "Reviewer assigned.");
    }

    @POST
    @Path("reviewers/{reviewerId}/remove")
    public Response unassign(@PathParam("id") long id, @PathParam("reviewerId") long reviewerId) {
        reviews.unassign(id, currentUser.require(), reviewerId);
        return Flash.seeOther("/articles/" + id, "Reviewer removed.");
    }
}
