package io.copydesk.review;

import jakarta.inject.Inject;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.copydesk.article.Article;
import io.copydesk.user.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.copydesk.web.Flash;
import io.quarkus.security.Authenticated;

/** Notes on passages: create, reply, resolve or reopen, edit or delete your own comment. */
@Path("/articles/{id}/annotations")
@Authenticated
public class AnnotationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notes(Article article, List<Annotation> notes);

        static native TemplateInstance note(Article article, Annotation note);
    }

    @Inject
    AnnotationService annotations;
    @Inject
    CurrentUser currentUser;

    /** Every note of the story, one line each: the story page shows only the first ones in full. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@PathParam("id") long id) {
        Article article = Article.requireVisible(id, currentUser.require());
        return Templates.notes(article, annotations.threads(article));
    }

    /** One note with its thread and actions. */
    @GET
    @Path("{aid}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id, @PathParam("aid") long aid) {
        Article article = Article.requireVisible(id, currentUser.require());
        Annotation note = annotations.threads(article).stream().filter(a -> a.id == aid).findFirst()
                .orElseThrow(NotFoundException::new);
        return Templates.note(article, note);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("id") long id, @RestForm String kind, @RestForm String comment,
            @RestForm String quote, @RestForm Integer start, @RestForm Integer end, @RestForm Integer revision) {
        Annotation a = annotations.create(id, currentUser.require(), new AnnotationService.NewAnnotation(
                AnnotationKind.parse(kind), comment, quote, start, end, revision));
        return back(id, a.id, a.kind.label + " note added.");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{aid}/replies")
    public Response reply(@PathParam("id") long id, @PathParam("aid") long aid, @RestForm String body) {
        annotations.reply(id, aid, currentUser.require(), body);
        return back(id, aid, "Reply added.");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{aid}/resolve")
    public Response resolve(@PathParam("id") long id, @PathParam("aid") long aid) {
        annotations.resolve(id, aid, currentUser.require(), true);
        return back(id, aid, "Note resolved.");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{aid}/reopen")
    public Response reopen(@PathParam("id") long id, @PathParam("aid") long aid) {
        annotations.resolve(id, aid, currentUser.require(), false);
        return back(id, aid, "Note reopened.");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{aid}/comments/{cid}/edit")
    public Response edit(@PathParam("id") long id, @PathParam("aid") long aid, @PathParam("cid") long cid,
            @RestForm String body) {
        annotations.editComment(id, cid, currentUser.require(), body);
        return back(id, aid, "Comment updated.");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{aid}/comments/{cid}/delete")
    public Response delete(@PathParam("id") long id, @PathParam("aid") long aid, @PathParam("cid") long cid) {
        annotations.deleteComment(id, cid, currentUser.require());
        return back(id, aid, "Comment deleted.");
    }

    private static Response back(long id, long aid, String message) {
        return Flash.seeOther("/articles/" + id + "#note-" + aid, message);
    }
}
