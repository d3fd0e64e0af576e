package io.copydesk.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A newsroom account. Passwords are stored as bcrypt hashes only. */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntity {

    public static final int BCRYPT_COST = 10;

    public String username;
    @Column(name = "display_name")
    public String displayName;
    public String email;
    @Column(name = "password_hash")
    public String passwordHash;
    @Enumerated(EnumType.STRING)
    public Role role;
    public boolean enabled = true;
    /** Bumped on logout, password change and disabling: every session cookie minted before is refused. */
    @Column(name = "session_epoch")
    public int sessionEpoch;
    @Column(name = "failed_logins")
    public int failedLogins;
    @Column(name = "locked_until")
    public Instant lockedUntil;
    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public static User create(String username, String displayName, Role role, String password) {
        User user = new User();
        user.username = username;
        user.displayName = displayName;
        user.role = role;
        user.setPassword(password);
        return user;
    }

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<User> listAllByName() {
        return list("order by displayName");
    }

    /** Everyone who may review: enabled editors and chiefs. */
    public static List<User> listReviewers() {
        return list("enabled = true and role in ?1 order by displayName", List.of(Role.EDITOR, Role.CHIEF));
    }

    public void setPassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
    }

    public boolean passwordMatches(String password) {
        return password != null && BcryptUtil.matches(password, passwordHash);
    }

    /** Ends every session of this user on every instance (the epoch is part of the session cookie). */
    public void endSessions() {
        sessionEpoch++;
    }

    public boolean isChief() {
        return role == Role.CHIEF;
    }
}
