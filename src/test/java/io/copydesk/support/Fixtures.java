package io.copydesk.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The sample articles in src/test/resources/fixtures. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Kharkiv article's headline (its first line). */
    public static String kharkivTitle() {
        String text = text("kharkiv-article.txt");
        return text.substring(0, text.indexOf('\n')).strip();
    }

    /** The Kharkiv article's body (everything after the headline). */
    public static String kharkivBody() {
        String text = text("kharkiv-article.txt");
        return text.substring(text.indexOf('\n') + 1).strip();
    }
}
