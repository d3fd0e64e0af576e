package io.copydesk.findings;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.copydesk.CopydeskConfig;
import io.copydesk.quotes.QuoteDetector;
import io.quarkus.security.Authenticated;

/**
 * The quote checker for other newsroom tools: POST plain UTF-8 text, get every quote with its kind,
 * status, speaker and cue, and the findings. Scripts authenticate with HTTP Basic.
 */
@Path("/api/v1/quotes/check")
@Authenticated
public class QuoteApiResource {

    @Inject
    QuoteDetector detector;
    @Inject
    CopydeskConfig config;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Response check(byte[] body) {
        int limit = config.api().maxCheckBytes();
        if (body.length > limit) {
            return tooLarge(limit);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("status", 400, "error", "The body is not UTF-8 text.")).build();
        }
        return Response.ok(detector.analyze(text)).build();
    }

    static Response tooLarge(int limit) {
        return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("status", 413, "error", "The text is larger than the limit of " + limit + " bytes."))
                .build();
    }
}
