-- Annotations anchored to passages, their threads, and the in-app inbox.

CREATE SEQUENCE annotation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE annotation_comment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;

-- A text-quote selector (exact text with context before and after) plus the position it has in the
-- revision it was last anchored to. Re-anchored on every new revision; never silently dropped.
CREATE TABLE annotation (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL,
    article_id        BIGINT       NOT NULL REFERENCES article (id),
    kind              VARCHAR(20)  NOT NULL,
    author_id         BIGINT       NOT NULL REFERENCES app_user (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_revision  INTEGER      NOT NULL,
    quote             TEXT         NOT NULL,
    prefix            VARCHAR(200) NOT NULL,
    suffix            VARCHAR(200) NOT NULL,
    start_offset      INTEGER      NOT NULL,
    end_offset        INTEGER      NOT NULL,
    anchored_revision INTEGER      NOT NULL,
    -- How the last re-anchoring found the passage: EXACT, CONTEXT, FUZZY; ORPHANED when it was deleted.
    anchor_method     VARCHAR(20)  NOT NULL,
    orphaned_in       INTEGER,
    resolved          BOOLEAN      NOT NULL,
    resolved_by_id    BIGINT REFERENCES app_user (id),
    resolved_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_annotation_article ON annotation (article_id, resolved);

CREATE TABLE annotation_comment (
    id            BIGINT         NOT NULL PRIMARY KEY,
    annotation_id BIGINT         NOT NULL REFERENCES annotation (id),
    article_id    BIGINT         NOT NULL REFERENCES article (id),
    author_id     BIGINT         NOT NULL REFERENCES app_user (id),
    body          VARCHAR(10000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at     TIMESTAMP WITH TIME ZONE,
    deleted       BOOLEAN        NOT NULL
);
CREATE INDEX ix_annotation_comment_article ON annotation_comment (article_id, annotation_id, created_at);

CREATE TABLE notification (
    id           BIGINT        NOT NULL PRIMARY KEY,
    recipient_id BIGINT        NOT NULL REFERENCES app_user (id),
    kind         VARCHAR(30)   NOT NULL,
    article_id   BIGINT        REFERENCES article (id),
    actor_id     BIGINT        REFERENCES app_user (id),
    message      VARCHAR(1000) NOT NULL,
    link         VARCHAR(300)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, created_at);
