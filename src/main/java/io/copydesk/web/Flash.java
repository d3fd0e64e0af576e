package io.copydesk.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The one-line message shown after a POST-redirect-GET ("Revision 3 saved."). Carried by a short-lived
 * cookie and cleared as soon as a page displays it.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "copydesk-flash";

    @Inject
    RoutingContext http;

    private Message message;
    private boolean read;

    public record Message(boolean error, String text) {
    }

    /** 303 See Other to {@code path}, with a confirmation for the next page. */
    public static Response seeOther(String path, String text) {
        return redirect(path, new Message(false, text));
    }

    public static Response seeOtherWithError(String path, String text) {
        return redirect(path, new Message(true, text));
    }

    private static Response redirect(String path, Message message) {
        String value = URLEncoder.encode((message.error ? "e:" : "o:") + message.text, StandardCharsets.UTF_8);
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(60).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(path)).cookie(cookie).build();
    }

    /** The pending message, or null; reading it clears the cookie. */
    public Message message() {
        if (!read) {
            read = true;
            Cookie cookie = http.request().getCookie(COOKIE);
            if (cookie != null) {
                String raw = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
                message = raw.length() > 2 ? new Message(raw.startsWith("e:"), raw.substring(2)) : null;
                http.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0));
            }
        }
        return message;
    }
}
