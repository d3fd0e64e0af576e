package io.copydesk.user;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The login page (the form posts to Quarkus' /j_security_check) and logout. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, String error, boolean loggedOut);
    }

    @Inject
    CurrentUser currentUser;
    @Inject
    LoginService logins;

    @GET
    public Response home() {
        return Response.seeOther(URI.create(currentUser.loggedIn() ? "/articles" : "/login")).build();
    }

    @GET
    @Path("login")
    public Response login(@QueryParam("error") String error, @QueryParam("out") String out,
            @CookieParam(LoginFailureCookie.NAME) String failureCookie) {
        if (currentUser.loggedIn() && error == null) {
            return Response.seeOther(URI.create("/articles")).build();
        }
        LoginFailureCookie.Value failure = LoginFailureCookie.read(failureCookie);
        String message = null;
        String username = "";
        if (error != null) {
            message = failure == null ? "Wrong username or password." : message(failure);
            username = failure == null ? "" : failure.username();
        }
        Response.ResponseBuilder response = Response.ok(Templates.login(username, message, out != null));
        if (failureCookie != null) {
            response.cookie(new NewCookie.Builder(LoginFailureCookie.NAME).value("").path("/login").maxAge(0).build());
        }
        return response.build();
    }

    /** Ends the session on the server (every cookie of this user stops working) and in the browser. */
    @POST
    @Path("logout")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        logins.endSessions(currentUser.require().id);
        return Response.seeOther(URI.create("/login?out"))
                .cookie(new NewCookie.Builder(Sessions.COOKIE).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }

    static String message(LoginFailureCookie.Value failure) {
        return switch (failure.failure()) {
            case BAD_CREDENTIALS -> "Wrong username or password.";
            case ACCOUNT_LOCKED -> "Too many failed attempts: this account is locked for "
                    + minutesUntil(failure.retryAfter()) + ". Try again later, or ask a chief editor to help.";
            case ADDRESS_BLOCKED -> "Too many failed logins from your network. Try again in "
                    + minutesUntil(failure.retryAfter()) + ".";
        };
    }

    private static String minutesUntil(Instant until) {
        if (until == null) {
            return "a few minutes";
        }
        long minutes = Math.max(1, (Duration.between(Instant.now(), until).getSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
