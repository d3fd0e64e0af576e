package io.copydesk.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The logged-in user of this request, loaded once by the identity provider (no further query).
 * Templates reach it as {@code inject:currentUser}.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    /** The user, or null for an anonymous visitor. Detached: use for checks and as a reference. */
    public User user() {
        return identity.isAnonymous() ? null : identity.getAttribute(Sessions.USER_ATTRIBUTE);
    }

    public User require() {
        User user = user();
        if (user == null) {
            throw new UnauthorizedException();
        }
        return user;
    }

    public boolean loggedIn() {
        return user() != null;
    }

    public boolean chief() {
        User user = user();
        return user != null && user.role == Role.CHIEF;
    }
}
