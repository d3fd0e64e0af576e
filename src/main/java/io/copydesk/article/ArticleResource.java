package io.copydesk.article;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.copydesk.CopydeskConfig;
import io.copydesk.desk.Dashboard;
import io.copydesk.desk.Dashboards;
import io.copydesk.desk.StoryPage;
import io.copydesk.desk.StoryPages;
import io.copydesk.desk.Timeline;
import io.copydesk.user.CurrentUser;
import io.copydesk.user.User;
import io.copydesk.web.Flash;
import io.copydesk.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The newsroom's story pages: dashboard, writing and editing, the story page, history and compare. */
@Path("/articles")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ArticleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Dashboard dashboard);

        static native TemplateInstance form(Article article, ArticleForm form, FormErrors errors);

        static native TemplateInstance show(StoryPage page);

        static native TemplateInstance history(Article article, List<RevisionSummary> revisions, int latest, int previous,
                List<Timeline.Entry> timeline);

        static native TemplateInstance compare(Article article, Revision from, Revision to, WordDiff.Result titleDiff,
                WordDiff.Result diff, List<RevisionSummary> revisions);

        static native TemplateInstance revision(Article article, Revision revision, List<StoryText.Paragraph> paragraphs,
                boolean canRestore);

        static native TemplateInstance conflict(Article article, ArticleForm form, Revision base, Revision theirs,
                WordDiff.Result theirChanges, WordDiff.Result yourChanges);
    }

    @Inject
    CurrentUser currentUser;
    @Inject
    ArticleService articles;
    @Inject
    StoryPages storyPages;
    @Inject
    Dashboards dashboards;
    @Inject
    Timeline timeline;
    @Inject
    Validator validator;
    @Inject
    CopydeskConfig config;

    @GET
    public TemplateInstance index(@QueryParam("status") String status, @QueryParam("page") int page) {
        return Templates.index(dashboards.build(currentUser.require(), ArticleStatus.fromSlug(status), page));
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return Templates.form(null, new ArticleForm(), FormErrors.none());
    }

    @POST
    @Consumes({ MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED })
    public Response create(@BeanParam ArticleForm form) {
        User me = currentUser.require();
        FormErrors errors = form.validate(validator, config.article().maxBodyChars());
        if (errors.any()) {
            return rerender(Templates.form(null, form, errors));
        }
        Article article = articles.create(me, form.title, form.body);
        return Flash.seeOther("/articles/" + article.id, "Story saved as a draft (revision 1). Send it to review when it is ready.");
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        return Templates.show(storyPages.build(load(id), currentUser.require()));
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        Article article = load(id);
        article.requireEditableBy(currentUser.require());
        return Templates.form(article, ArticleForm.of(Revision.current(article)), FormErrors.none());
    }

    @POST
    @Path("{id}/edit")
    @Consumes({ MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED })
    public Response edit(@PathParam("id") long id, @BeanParam ArticleForm form) {
        User me = currentUser.require();
        Article article = load(id);
        article.requireEditableBy(me);
        FormErrors errors = form.validate(validator, config.article().maxBodyChars());
        if (errors.any()) {
            return rerender(Templates.form(article, form, errors));
        }
        try {
            Revision saved = articles.edit(id, me, form.baseRevision, form.title, form.body, form.summary);
            if (saved == null) {
                return Flash.seeOther("/articles/" + id, "Nothing changed, so no new revision was saved.");
            }
            return Flash.seeOther("/articles/" + id, "Revision " + saved.number + " saved.");
        } catch (EditConflict conflict) {
            return conflictPage(load(id), form, conflict);
        }
    }

    @GET
    @Path("{id}/history")
    public TemplateInstance history(@PathParam("id") long id) {
        Article article = load(id);
        List<RevisionSummary> revisions = Revision.summaries(article);
        return Templates.history(article, revisions, article.currentRevision, article.currentRevision - 1,
                timeline.of(article, revisions));
    }

    @GET
    @Path("{id}/revisions/{number}")
    public TemplateInstance revision(@PathParam("id") long id, @PathParam("number") int number) {
        Article article = load(id);
        Revision revision = revisionOf(article, number);
        return Templates.revision(article, revision, StoryText.layout(revision.body, List.of()),
                article.editableBy(currentUser.require()) && number != article.currentRevision);
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") long id, @PathParam("number") int number) {
        Revision restored = articles.restore(id, currentUser.require(), number);
        return Flash.seeOther("/articles/" + id,
                "Revision " + number + " restored as revision " + restored.number + ". Nothing was deleted.");
    }

    @GET
    @Path("{id}/compare")
    public TemplateInstance compare(@PathParam("id") long id, @QueryParam("from") Integer from,
            @QueryParam("to") Integer to) {
        Article article = load(id);
        int toNumber = to == null ? article.currentRevision : to;
        int fromNumber = from == null ? Math.max(1, toNumber - 1) : from;
        Revision a = revisionOf(article, fromNumber);
        Revision b = revisionOf(article, toNumber);
        return Templates.compare(article, a, b, WordDiff.diff(a.title, b.title), WordDiff.diff(a.body, b.body),
                Revision.summaries(article));
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") long id) {
        articles.submit(id, currentUser.require());
        return Flash.seeOther("/articles/" + id, "Sent to review.");
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") long id) {
        articles.publish(id, currentUser.require());
        Article article = Article.findById(id);
        return Flash.seeOther("/articles/" + id, "Published at /p/" + article.slug + ".");
    }

    Article load(long id) {
        return Article.requireVisible(id, currentUser.require());
    }

    private static Revision revisionOf(Article article, int number) {
        Revision revision = Revision.findByNumber(article, number);
        if (revision == null) {
            throw new NotFoundException();
        }
        return revision;
    }

    private Response conflictPage(Article article, ArticleForm form, EditConflict conflict) {
        Revision base = Revision.findByNumber(article, conflict.baseRevision);
        Revision theirs = Revision.findByNumber(article, conflict.currentRevision);
        WordDiff.Result theirChanges = WordDiff.diff(base == null ? "" : base.body, theirs.body);
        WordDiff.Result yourChanges = WordDiff.diff(theirs.body, form.body);
        form.baseRevision = theirs.number;
        return Response.status(Response.Status.CONFLICT)
                .entity(Templates.conflict(article, form, base, theirs, theirChanges, yourChanges))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static Response rerender(TemplateInstance page) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }
}
