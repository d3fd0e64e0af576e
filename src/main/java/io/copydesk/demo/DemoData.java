package io.copydesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.copydesk.CopydeskConfig;
import io.copydesk.article.Article;
import io.copydesk.article.ArticleService;
import io.copydesk.article.Texts;
import io.copydesk.review.ReviewService;
import io.copydesk.user.Role;
import io.copydesk.user.User;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Demo users and a story in review, loaded at start when {@code copydesk.demo-data=true} and the
 * database has no users yet. Never meant for production: the app says so loudly if it is on there.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    public static final String PASSWORD = "copydesk-demo";

    @Inject
    CopydeskConfig config;
    @Inject
    ArticleService articles;
    @Inject
    ReviewService reviews;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            LOG.warn("""

                    ************************************************************************
                    * DEMO DATA IS ON (copydesk.demo-data=true) outside dev mode.          *
                    * Demo accounts with the well-known password "copydesk-demo" exist.    *
                    * Turn it off and remove those accounts before real use.               *
                    ************************************************************************""");
        }
        if (User.count() > 0) {
            return;
        }
        // One bcrypt hash for all four accounts keeps start-up fast; they share the demo password anyway.
        User wendy = User.create("wendy", "Wendy Writer", Role.WRITER, PASSWORD);
        String hash = wendy.passwordHash;
        User eddie = user("eddie", "Eddie Editor", Role.EDITOR, hash);
        User erin = user("erin", "Erin Editor", Role.EDITOR, hash);
        user("carla", "Carla Chief", Role.CHIEF, hash);
        wendy.persist();

        String text = resource("/demo/kharkiv-article.txt");
        int firstBreak = text.indexOf('\n');
        String title = text.substring(0, firstBreak).strip();
        String body = Texts.normalizeBody(text.substring(firstBreak + 1));
        Article story = articles.create(wendy, title, body);
        reviews.assign(story.id, wendy, eddie.id);
        reviews.assign(story.id, wendy, erin.id);
        articles.submit(story.id, wendy);
        LOG.infof("Demo data loaded: users wendy, eddie, erin, carla (password %s) and one story in review.", PASSWORD);
    }

    private static User user(String username, String name, Role role, String hash) {
        User user = new User();
        user.username = username;
        user.displayName = name;
        user.role = role;
        user.passwordHash = hash;
        user.persist();
        return user;
    }

    private static String resource(String path) {
        try (InputStream in = DemoData.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Demo story missing: " + path, e);
        }
    }
}
