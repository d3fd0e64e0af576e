package io.copydesk.publish;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.copydesk.article.Article;
import io.copydesk.article.Revision;
import io.copydesk.article.StoryText;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What readers and other systems get once a story is published: a public page, a JSON API and a
 * Markdown export. No login, no review markup; unpublished stories do not exist here.
 */
@Path("/")
public class PublicResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance story(Article article, Revision revision, List<StoryText.Paragraph> paragraphs);
    }

    /** A published story as JSON. */
    public record PublishedStory(String slug, String title, String author, Instant publishedAt, int revision,
            List<String> paragraphs, String url) {
    }

    public record StoryLink(String slug, String title, Instant publishedAt, String url) {
    }

    @GET
    @Path("p/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("slug") String slug) {
        Article article = published(slug);
        Revision revision = Revision.current(article);
        return Templates.story(article, revision, StoryText.layout(revision.body, List.of()));
    }

    @GET
    @Path("p/{slug}.md")
    @Produces("text/markdown; charset=UTF-8")
    public Response markdown(@PathParam("slug") String slug) {
        Article article = published(slug);
        Revision revision = Revision.current(article);
        String text = "# " + revision.title + "\n\n" + "By " + article.author.displayName + "\n\n" + revision.body + "\n";
        return Response.ok(text)
                .header("Content-Disposition", "attachment; filename=\"" + article.slug + ".md\"")
                .build();
    }

    @GET
    @Path("api/v1/stories")
    @Produces(MediaType.APPLICATION_JSON)
    public List<StoryLink> list() {
        return Article.listPublished(100).stream()
                .map(a -> new StoryLink(a.slug, a.title, a.publishedAt, "/p/" + a.slug))
                .toList();
    }

    @GET
    @Path("api/v1/stories/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    public PublishedStory json(@PathParam("slug") String slug) {
        Article article = published(slug);
        Revision revision = Revision.current(article);
        List<String> paragraphs = StoryText.paragraphs(revision.body).stream()
                .map(p -> revision.body.substring(p[0], p[1]))
                .toList();
        return new PublishedStory(article.slug, revision.title, article.author.displayName, article.publishedAt,
                revision.number, paragraphs, "/p/" + article.slug);
    }

    private static Article published(String slug) {
        Article article = Article.find("from Article a join fetch a.author where a.slug = ?1 and a.status = ?2", slug,
                io.copydesk.article.ArticleStatus.PUBLISHED).firstResult();
        if (article == null) {
            throw new NotFoundException();
        }
        return article;
    }
}
