package io.copydesk.web;

import java.util.Map;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.copydesk.article.WorkflowException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Turns failures into pages a newsroom can read (or JSON under /api): the reason in plain words, a
 * way back, and never a stack trace.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance error(int status, String heading, String message);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return page(uri, 404, "Not found", "There is no such page, or you may not see it.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return page(uri, 403, "Not allowed", "Your role does not allow this.");
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return page(uri, 403, "Not allowed", "Your role does not allow this.");
    }

    @ServerExceptionMapper
    public Response workflow(WorkflowException e, UriInfo uri) {
        return page(uri, 409, "That did not work", e.getMessage());
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return page(uri, 409, "Someone else was faster",
                "Another person changed this story at the same moment. Nothing of yours was saved; go back, reload and try again.");
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (e instanceof jakarta.ws.rs.WebApplicationException web) {
            return web.getResponse(); // 405, 415 and friends keep their status
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return page(uri, 500, "Something went wrong",
                "The error was logged. Nothing you saved before is lost; try again in a moment.");
    }

    static Response page(UriInfo uri, int status, String heading, String message) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("status", status, "error", message)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, heading, message)).build();
    }
}
