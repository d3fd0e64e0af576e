package io.copydesk.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks a username and password, from the login form or from HTTP Basic on /api. Written instead of
 * quarkus-security-jpa's generated provider because that one cannot count failures, lock accounts,
 * refuse disabled accounts or tell the login page why it refused.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    LoginService logins;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = http == null ? "unknown" : Sessions.clientAddress(http);
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> {
            LoginService.Result result = logins.checkPassword(username, password, address);
            if (result.user() == null) {
                if (http != null) {
                    LoginFailureCookie.write(http, result.failure(), username, result.retryAfter());
                }
                throw new AuthenticationFailedException(result.failure().name());
            }
            return Sessions.identity(result.user());
        });
    }
}
