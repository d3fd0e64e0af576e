package io.copydesk.support;

import java.util.List;

import io.copydesk.notify.Notification;
import io.copydesk.notify.NotificationKind;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads a user's inbox from the database, for assertions. */
public final class Notifications {

    private Notifications() {
    }

    public static List<Notification> of(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.list(
                "recipient.username = ?1 order by createdAt, id", username));
    }

    public static long count(String username, NotificationKind kind) {
        return of(username).stream().filter(n -> n.kind == kind).count();
    }
}
