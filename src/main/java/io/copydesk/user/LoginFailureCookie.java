package io.copydesk.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Form login redirects to a fixed error page; this short-lived cookie tells that page why the login
 * failed and which username was typed, so the user sees a precise message and does not retype it.
 */
public final class LoginFailureCookie {

    static final String NAME = "copydesk-login";

    public record Value(LoginService.Failure failure, String username, Instant retryAfter) {
    }

    private LoginFailureCookie() {
    }

    static void write(RoutingContext http, LoginService.Failure failure, String username, Instant retryAfter) {
        String raw = failure.name() + "|" + (retryAfter == null ? "" : retryAfter.getEpochSecond()) + "|"
                + (username == null ? "" : username);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        http.response().addCookie(Cookie.cookie(NAME, value).setPath("/login").setMaxAge(120).setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(http.request().isSSL()));
    }

    /** Decodes the cookie; anything malformed counts as a plain wrong-password failure. */
    public static Value read(String cookie) {
        if (cookie == null || cookie.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cookie), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            LoginService.Failure failure = LoginService.Failure.valueOf(parts[0]);
            Instant retry = parts[1].isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(parts[1]));
            return new Value(failure, parts.length > 2 ? parts[2] : "", retry);
        } catch (RuntimeException e) {
            return new Value(LoginService.Failure.BAD_CREDENTIALS, "", null);
        }
    }
}
