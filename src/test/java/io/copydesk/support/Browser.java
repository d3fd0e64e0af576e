package io.copydesk.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A user at a browser, for tests: keeps cookies like a browser does, fills in the CSRF token on forms,
 * never follows redirects (tests assert on the 303), and parses pages with jsoup.
 */
public class Browser {

    private final Map<String, String> cookies = new HashMap<>();
    public final String username;
    /** Where the app is; empty for the app under test (RestAssured's default). */
    private final String base;

    private Browser(String username) {
        this(username, "");
    }

    private Browser(String username, String base) {
        this.username = username;
        this.base = base;
    }

    public static Browser anonymous() {
        return new Browser(null);
    }

    /** Logs in through the login form; fails the test if the login is refused. */
    public static Browser login(String username) {
        return loginAt("", username, TestUsers.PASSWORD);
    }

    /** Logs in to an app at another address (a separately started process). */
    public static Browser loginAt(String base, String username, String password) {
        Browser browser = new Browser(username, base);
        Response response = browser.submitLogin(username, password);
        String location = response.header("Location");
        if (response.statusCode() != 302 || location == null || location.contains("/login")) {
            throw new AssertionError("login of " + username + " failed: " + response.statusCode() + " " + location);
        }
        return browser;
    }

    /** The same session presented to another instance of the app. */
    public Browser on(String otherBase) {
        Browser other = new Browser(username, otherBase);
        other.cookies.putAll(cookies);
        return other;
    }

    public Response submitLogin(String username, String password) {
        Response response = request().contentType(ContentType.URLENC)
                .formParam("j_username", username)
                .formParam("j_password", password)
                .post("/j_security_check");
        keep(response);
        return response;
    }

    public Response get(String path) {
        Response response = request().get(path);
        keep(response);
        return response;
    }

    /** GET that must answer 200; returns the parsed page. */
    public Document page(String path) {
        Response response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.asString());
        }
        return Jsoup.parse(response.asString());
    }

    /** POSTs a form with the CSRF token, as the page's form would. */
    public Response post(String path, Object... fields) {
        return post(path, form(fields));
    }

    public Response post(String path, Map<String, String> fields) {
        String token = csrfToken();
        RequestSpecification spec = request().contentType(ContentType.URLENC);
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("csrf-token", token);
        all.forEach(spec::formParam);
        Response response = spec.post(path);
        keep(response);
        return response;
    }

    /** POSTs a multipart form (the story form), with the CSRF token. */
    public Response postMultipart(String path, Map<String, String> fields, String fileName, byte[] file) {
        String token = csrfToken();
        RequestSpecification spec = request();
        spec.multiPart("csrf-token", token);
        fields.forEach((k, v) -> spec.multiPart(k, v, "text/plain; charset=UTF-8"));
        if (fileName != null) {
            spec.multiPart("file", fileName, file, "text/plain");
        }
        Response response = spec.post(path);
        keep(response);
        return response;
    }

    /** A POST without the CSRF token, as a forged cross-site form would send it. */
    public Response postWithoutCsrf(String path, Object... fields) {
        RequestSpecification spec = request().contentType(ContentType.URLENC);
        form(fields).forEach(spec::formParam);
        return spec.post(path);
    }

    public String csrfToken() {
        if (!cookies.containsKey("csrf-token")) {
            get(username == null ? "/login" : "/articles");
        }
        return cookies.get("csrf-token");
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private RequestSpecification request() {
        RequestSpecification spec = given().redirects().follow(false).cookies(cookies);
        return base.isEmpty() ? spec : spec.baseUri(base);
    }

    private void keep(Response response) {
        response.getDetailedCookies().forEach(c -> {
            if (c.hasMaxAge() && c.getMaxAge() == 0 || c.getValue() == null || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
    }

    public static Map<String, String> form(Object... fields) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            map.put(String.valueOf(fields[i]), String.valueOf(fields[i + 1]));
        }
        return map;
    }

    public static Document parse(Response response) {
        return Jsoup.parse(response.asString());
    }
}
