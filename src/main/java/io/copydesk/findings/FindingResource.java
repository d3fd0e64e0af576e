package io.copydesk.findings;

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

/** Editors waive a quote flag with a reason. */
@Path("/articles/{id}/findings")
@Authenticated
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class FindingResource {

    @Inject
    FindingService findings;
    @Inject
    CurrentUser currentUser;

    @POST
    @Path("{findingId}/waive")
    public Response waive(@PathParam("id") long id, @PathParam("findingId") long findingId, @RestForm String reason) {
        findings.waive(id, findingId, currentUser.require(), reason);
        return Flash.seeOther("/articles/" + id + "#findings", "Quote flag waived. Your reason is in the story's history.");
    }
}
