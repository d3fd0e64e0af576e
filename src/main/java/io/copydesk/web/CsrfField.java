package io.copydesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF token for forms, as the quarkus-rest-csrf filter left it on the request. Unlike
 * {@code inject:csrf.token} it renders empty instead of failing when the filter did not run (an
 * error page for a request refused before it), so the error page itself still renders.
 */
@RequestScoped
@Named("csrfField")
public class CsrfField {

    @Inject
    RoutingContext http;

    public String token() {
        Object token = http.get("csrf_token");
        return token == null ? "" : token.toString();
    }
}
