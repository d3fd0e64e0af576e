package io.copydesk.it;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A logged-in demo user talking to an app process over HTTP (cookies kept, CSRF token sent). */
final class Client {

    final String base;
    final Map<String, String> cookies = new HashMap<>();

    private Client(String base) {
        this.base = base;
    }

    static Client login(String base, String username) {
        Client c = new Client(base);
        Response r = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", "copydesk-demo")
                .post(base + "/j_security_check");
        if (r.statusCode() != 302 || r.header("Location").contains("error")) {
            throw new AssertionError("login failed for " + username + ": " + r.statusCode());
        }
        c.keep(r);
        c.get("/articles");
        return c;
    }

    /** The same session, presented to another instance. */
    Client on(String otherBase) {
        Client c = new Client(otherBase);
        c.cookies.putAll(cookies);
        return c;
    }

    Response get(String path) {
        Response r = given().redirects().follow(false).cookies(cookies).get(base + path);
        keep(r);
        return r;
    }

    Response post(String path, Object... fields) {
        var spec = given().redirects().follow(false).cookies(cookies).contentType(ContentType.URLENC)
                .formParam("csrf-token", cookies.get("csrf-token"));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            spec.formParam(String.valueOf(fields[i]), String.valueOf(fields[i + 1]));
        }
        Response r = spec.post(base + path);
        keep(r);
        return r;
    }

    long createStory(String title, String body) {
        Response r = post("/articles", "title", title, "body", body);
        if (r.statusCode() != 303) {
            throw new AssertionError("create answered " + r.statusCode());
        }
        String location = r.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    Response edit(long id, int base, String title, String body) {
        return post("/articles/" + id + "/edit", "title", title, "body", body, "baseRevision", base);
    }

    private void keep(Response r) {
        r.getDetailedCookies().forEach(c -> {
            if (c.getValue() == null || c.getValue().isEmpty() || (c.hasMaxAge() && c.getMaxAge() == 0)) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
    }
}
