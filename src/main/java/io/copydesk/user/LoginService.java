package io.copydesk.user;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;


import io.copydesk.CopydeskConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Checks passwords and session cookies, and slows down password guessing: failed logins are counted
 * per account and per client address in the database, and either lock out for a while.
 */
@ApplicationScoped
public class LoginService {

    /** Compared against when the username is unknown, so that the answer takes as long as for a real account. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-user-" + Instant.now(), User.BCRYPT_COST);

    @Inject
    CopydeskConfig config;

    /** Why a login was refused; the login page turns it into a message. */
    public enum Failure {
        BAD_CREDENTIALS, ACCOUNT_LOCKED, ADDRESS_BLOCKED
    }

    public record Result(User user, Failure failure, Instant retryAfter) {
        static Result ok(User user) {
            return new Result(user, null, null);
        }

        static Result failed(Failure failure, Instant retryAfter) {
            return new Result(null, failure, retryAfter);
        }
    }

    @Transactional
    public Result checkPassword(String username, String password, String address) {
        Instant now = Instant.now();
        LoginThrottle throttle = LoginThrottle.findById(address);
        if (throttle != null && throttle.blocked(now)) {
            return Result.failed(Failure.ADDRESS_BLOCKED, throttle.blockedUntil);
        }
        // Locked so that concurrent guesses against one account are all counted.
        User user = User.find("username", normalize(username)).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (user == null) {
            BcryptUtil.matches(password, DUMMY_HASH);
            return failedFromAddress(address, now);
        }
        if (user.lockedUntil != null && user.lockedUntil.isAfter(now)) {
            return Result.failed(Failure.ACCOUNT_LOCKED, user.lockedUntil);
        }
        if (!user.passwordMatches(password)) {
            user.failedLogins++;
            if (user.failedLogins >= config.login().maxFailures()) {
                user.failedLogins = 0;
                user.lockedUntil = now.plus(config.login().lockDuration());
                failedFromAddress(address, now);
                return Result.failed(Failure.ACCOUNT_LOCKED, user.lockedUntil);
            }
            return failedFromAddress(address, now);
        }
        if (!user.enabled) {
            // Said only to someone who knows the password; to anyone else it is a wrong password.
            return Result.failed(Failure.BAD_CREDENTIALS, null);
        }
        user.failedLogins = 0;
        user.lockedUntil = null;
        return Result.ok(user);
    }

    /** The user behind a session cookie, or null when the account is disabled or the session was ended. */
    @Transactional
    public User sessionUser(String username, int epoch) {
        User user = User.findByUsername(username).orElse(null);
        if (user == null || !user.enabled || user.sessionEpoch != epoch) {
            return null;
        }
        return user;
    }

    @Transactional
    public void endSessions(long userId) {
        User user = User.findById(userId);
        if (user != null) {
            user.endSessions();
        }
    }

    /** Counted in its own transaction, retried once when another instance inserted the row first. */
    private Result failedFromAddress(String address, Instant now) {
        LoginThrottle throttle;
        try {
            throttle = QuarkusTransaction.requiringNew().call(() -> countAddressFailure(address, now));
        } catch (RuntimeException concurrentInsert) {
            throttle = QuarkusTransaction.requiringNew().call(() -> countAddressFailure(address, now));
        }
        return throttle.blocked(now) ? Result.failed(Failure.ADDRESS_BLOCKED, throttle.blockedUntil)
                : Result.failed(Failure.BAD_CREDENTIALS, null);
    }

    private LoginThrottle countAddressFailure(String address, Instant now) {
        LoginThrottle throttle = LoginThrottle.findById(address, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle();
            throttle.address = address;
            throttle.persist();
        }
        Duration lock = config.login().lockDuration();
        throttle.countFailure(now, lock, config.login().addressMaxFailures(), lock);
        return throttle;
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
