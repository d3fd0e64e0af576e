package io.copydesk.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns the encrypted form-login cookie back into a user on every request. The cookie carries
 * "username#epoch"; the session is refused when the account was disabled or its epoch moved on
 * (logout, password change), so ending a session works on the server and on every instance.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    LoginService logins;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        Sessions.Principal principal = Sessions.parse(request.getPrincipal());
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> {
            User user = principal == null ? null : logins.sessionUser(principal.username(), principal.epoch());
            if (user == null) {
                if (http != null) {
                    // Without this the browser keeps sending the dead cookie and the login page redirects to itself.
                    Sessions.clearCookie(http);
                }
                throw new AuthenticationFailedException("session ended");
            }
            return Sessions.identity(user);
        });
    }
}
