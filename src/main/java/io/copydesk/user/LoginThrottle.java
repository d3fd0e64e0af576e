package io.copydesk.user;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Failed logins per client address, kept in the database so that every app instance sees the same
 * count: a password-guessing run cannot spread its attempts over instances.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends PanacheEntityBase {

    @Id
    public String address;
    public int failures;
    @Column(name = "window_start")
    public Instant windowStart;
    @Column(name = "blocked_until")
    public Instant blockedUntil;

    boolean blocked(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    /** Counts one failure in the current window; returns true when the address is now blocked. */
    boolean countFailure(Instant now, Duration window, int maxFailures, Duration block) {
        if (windowStart == null || windowStart.plus(window).isBefore(now)) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= maxFailures) {
            blockedUntil = now.plus(block);
            failures = 0;
            windowStart = now;
            return true;
        }
        return false;
    }
}
