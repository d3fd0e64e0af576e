package io.copydesk.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.copydesk.user.CurrentUser;
import io.copydesk.user.User;

/** The header's unread count ({@code inject:inbox.unread}): one count query, only for logged-in pages. */
@RequestScoped
@Named("inbox")
public class Inbox {

    @Inject
    CurrentUser currentUser;
    private Long unread;

    public long unread() {
        if (unread == null) {
            User me = currentUser.user();
            // Error pages for requests refused before dispatch render on the I/O thread: no query there.
            unread = me == null || io.vertx.core.Context.isOnEventLoopThread() ? 0L : Notification.unreadCount(me.id);
        }
        return unread;
    }
}
