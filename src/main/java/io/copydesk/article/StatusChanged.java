package io.copydesk.article;

/** Fired inside the transaction of every workflow move, for notifications. */
public record StatusChanged(Article article, StatusChange change) {
}
