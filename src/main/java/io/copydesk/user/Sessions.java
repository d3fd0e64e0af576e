package io.copydesk.user;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/** How a logged-in user is represented: the principal name in the session cookie and the identity. */
final class Sessions {

    static final String USER_ATTRIBUTE = "copydesk.user";
    static final String COOKIE = "quarkus-credential";

    record Principal(String username, int epoch) {
    }

    private Sessions() {
    }

    static SecurityIdentity identity(User user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username + "#" + user.sessionEpoch))
                .addRole(user.role.name())
                .addAttribute(USER_ATTRIBUTE, user)
                .build();
    }

    static Principal parse(String name) {
        int hash = name == null ? -1 : name.lastIndexOf('#');
        if (hash <= 0) {
            return null;
        }
        try {
            return new Principal(name.substring(0, hash), Integer.parseInt(name.substring(hash + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static void clearCookie(RoutingContext http) {
        http.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true));
    }

    /** The client's address; behind the load balancer Quarkus resolves it from X-Forwarded-For. */
    static String clientAddress(RoutingContext http) {
        var remote = http.request().remoteAddress();
        return remote == null ? "unknown" : remote.host();
    }
}
