package io.copydesk.notify;

/** Why a user is told something. */
public enum NotificationKind {
    ASSIGNED("Review requested"),
    MENTIONED("Mentioned"),
    REPLY("Reply"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    PUBLISHED("Published"),
    APPROVAL_STALE("Approval stale");

    public final String label;

    NotificationKind(String label) {
        this.label = label;
    }
}
