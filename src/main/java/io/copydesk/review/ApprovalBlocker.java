package io.copydesk.review;

import java.util.List;

import io.copydesk.article.Article;

/**
 * Something that must be cleared before a story can be approved: open unsourced quotes, open fact-check
 * or legal notes. Each feature contributes its own; the approve button lists their reasons.
 */
public interface ApprovalBlocker {

    /** Reasons, in words for the editor; empty when nothing blocks. */
    List<String> blockers(Article article);
}
