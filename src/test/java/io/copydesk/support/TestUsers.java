package io.copydesk.support;

import java.util.concurrent.atomic.AtomicInteger;

import io.copydesk.user.Role;
import io.copydesk.user.User;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Creates accounts for a test: each test gets its own, so tests never depend on each other's data. */
public final class TestUsers {

    public static final String PASSWORD = "correct horse battery";
    /** Hashed once: bcrypt is slow on purpose, and tests create many users. */
    private static final String HASH = BcryptUtil.bcryptHash(PASSWORD, User.BCRYPT_COST);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private TestUsers() {
    }

    /** A new enabled account with the given role; returns its username. */
    public static String create(Role role) {
        return create(role, role.name().toLowerCase() + "-" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet());
    }

    public static String create(Role role, String username) {
        QuarkusTransaction.requiringNew().run(() -> {
            User user = new User();
            user.username = username;
            user.displayName = Character.toUpperCase(username.charAt(0)) + username.substring(1);
            user.role = role;
            user.passwordHash = HASH;
            user.persist();
        });
        return username;
    }

    public static User find(String username) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow());
    }
}
