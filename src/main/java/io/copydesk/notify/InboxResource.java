package io.copydesk.notify;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.copydesk.user.CurrentUser;
import io.copydesk.user.User;
import io.copydesk.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The in-app inbox: a user's own notifications, and nobody else's. */
@Path("/inbox")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class InboxResource {

    static final int SHOWN = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(List<Notification> notifications);
    }

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance list() {
        return Templates.inbox(Notification.inboxOf(currentUser.require(), SHOWN));
    }

    /** Marks one notification read and goes where it points. */
    @POST
    @Path("{nid}/open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response open(@PathParam("nid") long nid) {
        return Response.seeOther(URI.create(markRead(nid).link)).build();
    }

    @POST
    @Path("{nid}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response read(@PathParam("nid") long nid) {
        markRead(nid);
        return Flash.seeOther("/inbox", "Marked as read.");
    }

    @POST
    @Path("read-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response markAllRead() {
        long count = Notification.update("readAt = ?1 where recipient.id = ?2 and readAt is null", Instant.now(),
                currentUser.require().id);
        return Flash.seeOther("/inbox", count == 1 ? "1 notification marked as read." : count + " notifications marked as read.");
    }

    /** Another user's notification does not exist for you. */
    private Notification markRead(long nid) {
        User me = currentUser.require();
        Notification n = Notification.findById(nid);
        if (n == null || !n.recipient.id.equals(me.id)) {
            throw new NotFoundException();
        }
        if (n.readAt == null) {
            n.readAt = Instant.now();
        }
        return n;
    }
}
