package io.copydesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import jakarta.inject.Inject;

import io.copydesk.CopydeskConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Bodies above {@code copydesk.http.max-body-size} are refused before they are read, with a page that
 * says what happened, or JSON under /api. Vert.x's own hard limit (quarkus.http.limits.max-body-size) is
 * set a little higher: it answers an empty 413 before any filter runs, so it only catches bodies sent
 * without a Content-Length.
 */
@ApplicationScoped
public class BodyLimit {

    @Inject
    CopydeskConfig config;

    void register(@Observes Filters filters) {
        long max = config.http().maxBodySize().asLongValue();
        filters.register(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && tooLong(length, max)) {
                boolean api = rc.normalizedPath().startsWith("/api/");
                rc.response().setStatusCode(413).putHeader("Connection", "close")
                        .putHeader("Content-Type", api ? "application/json" : "text/html; charset=UTF-8")
                        .end(api ? "{\"status\":413,\"error\":\"The request body is larger than " + megabytes(max) + ".\"}"
                                : page(megabytes(max)));
                return;
            }
            rc.next();
        }, 1000);
    }

    private static boolean tooLong(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    private static String page(String limit) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Too large · Copydesk</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/static/copydesk.css"></head><body class="app"><main id="main">
                <section class="narrow error-page"><p class="error-code">413</p><h1>That was too large</h1>
                <p class="lede">What you sent is larger than %s, so nothing was saved. Your text is still in the
                form: go back with your browser, shorten it or split the story, and save again.</p>
                <p><a href="/articles">Stories</a></p></section></main></body></html>""".formatted(limit);
    }
}
