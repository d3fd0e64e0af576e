package io.copydesk.article;

import io.copydesk.user.User;

/**
 * Fired inside the transaction that saved a revision, so that the quote checker, annotation anchoring
 * and approval rules update in the same commit. {@code previous} is null for a story's first revision.
 */
public record RevisionSaved(Article article, Revision previous, Revision revision, User by) {
}
