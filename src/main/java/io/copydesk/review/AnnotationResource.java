package io.copydesk.review;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.copydesk.user.CurrentUser;
import io.copydesk.web.Flash;
import io.quarkus.security.Authenticated;

/** Notes on passages: create, reply, resolve or reopen, edit or delete your own comment. */
@Path("/articles/{id}/annotations")
@Authenticated
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AnnotationResource {

    @Inject
    AnnotationService annotations;
    @Inject
    CurrentUser currentUser;

    @POST
    public Response create(@PathParam("id") long id, @RestForm String kind, @RestForm String comment,
            @RestForm String quote, @RestForm Integer start, @RestForm Integer end, @RestForm Integer revision) {
        Annotation a = annotations.create(id, currentUser.require(), new AnnotationService.NewAnnotation(
                AnnotationKind.parse(kind), comment, quote, start, end, revision));
        return back(id, a.id, a.kind.label + " note added.");
    }

    @POST
    @Path("{aid}/replies")
    public Response reply(@PathParam("id") long id, @PathParam("aid") long aid, @RestForm String body) {
        annotations.reply(id, aid, currentUser.require(), body);
        return back(id, aid, "Reply added.");
    }

    @POST
    @Path("{aid}/resolve")
    public Response resolve(@PathParam("id") long id, @PathParam("aid") long aid) {
        annotations.resolve(id, aid, currentUser.require(), true);
        return back(id, aid, "Note resolved.");
    }

    @POST
    @Path("{aid}/reopen")
    public Response reopen(@PathParam("id") long id, @PathParam("aid") long aid) {
        annotations.resolve(id, aid, currentUser.require(), false);
        return back(id, aid, "Note reopened.");
    }

    @POST
    @Path("{aid}/comments/{cid}/edit")
    public Response edit(@PathParam("id") long id, @PathParam("aid") long aid, @PathParam("cid") long cid,
            @RestForm String body) {
        annotations.editComment(id, cid, currentUser.require(), body);
        return back(id, aid, "Comment updated.");
    }

    @POST
    @Path("{aid}/comments/{cid}/delete")
    public Response delete(@PathParam("id") long id, @PathParam("aid") long aid, @PathParam("cid") long cid) {
        annotations.deleteComment(id, cid, currentUser.require());
        return back(id, aid, "Comment deleted.");
    }

    private static Response back(long id, long aid, String message) {
        return Flash.seeOther("/articles/" + id + "#note-" + aid, message);
    }
}
