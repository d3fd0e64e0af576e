-- Copydesk schema, part 1: users, stories, revisions, review decisions, audit trail.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.
-- Sequences step by 50 to match Hibernate's pooled id generator.

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE article_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE revision_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE status_change_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE review_decision_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE reviewer_assignment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE app_user (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(40)  NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    email           VARCHAR(200),
    password_hash   VARCHAR(100) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    session_epoch   INTEGER      NOT NULL,
    failed_logins   INTEGER      NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE article (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    slug             VARCHAR(160),
    title            VARCHAR(300) NOT NULL,
    status           VARCHAR(30)  NOT NULL,
    author_id        BIGINT       NOT NULL REFERENCES app_user (id),
    current_revision INTEGER      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_id    BIGINT       NOT NULL REFERENCES app_user (id),
    published_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_article_slug UNIQUE (slug)
);
CREATE INDEX ix_article_status_updated ON article (status, updated_at);
CREATE INDEX ix_article_author ON article (author_id, updated_at);

-- Revisions are append-only: the application never updates or deletes them.
CREATE TABLE revision (
    id             BIGINT       NOT NULL PRIMARY KEY,
    article_id     BIGINT       NOT NULL REFERENCES article (id),
    number         INTEGER      NOT NULL,
    title          VARCHAR(300) NOT NULL,
    body           TEXT         NOT NULL,
    summary        VARCHAR(500),
    author_id      BIGINT       NOT NULL REFERENCES app_user (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    word_count     INTEGER      NOT NULL,
    words_added    INTEGER      NOT NULL,
    words_removed  INTEGER      NOT NULL,
    restored_from  INTEGER,
    -- Newest revision at or before this one that was not a minor edit; approvals of it or later still count.
    approval_base  INTEGER      NOT NULL,
    CONSTRAINT uq_revision_article_number UNIQUE (article_id, number)
);

CREATE TABLE status_change (
    id              BIGINT      NOT NULL PRIMARY KEY,
    article_id      BIGINT      NOT NULL REFERENCES article (id),
    revision_number INTEGER     NOT NULL,
    from_status     VARCHAR(30),
    to_status       VARCHAR(30) NOT NULL,
    actor_id        BIGINT      NOT NULL REFERENCES app_user (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    note            VARCHAR(2000)
);
CREATE INDEX ix_status_change_article ON status_change (article_id, created_at);

CREATE TABLE review_decision (
    id              BIGINT      NOT NULL PRIMARY KEY,
    article_id      BIGINT      NOT NULL REFERENCES article (id),
    revision_number INTEGER     NOT NULL,
    reviewer_id     BIGINT      NOT NULL REFERENCES app_user (id),
    kind            VARCHAR(30) NOT NULL,
    comment         VARCHAR(10000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A chief may dismiss a request for changes, with a reason.
    dismissed_by_id BIGINT REFERENCES app_user (id),
    dismissed_at    TIMESTAMP WITH TIME ZONE,
    dismiss_reason  VARCHAR(2000)
);
CREATE INDEX ix_review_decision_article ON review_decision (article_id, created_at);

CREATE TABLE reviewer_assignment (
    id             BIGINT NOT NULL PRIMARY KEY,
    article_id     BIGINT NOT NULL REFERENCES article (id),
    reviewer_id    BIGINT NOT NULL REFERENCES app_user (id),
    assigned_by_id BIGINT NOT NULL REFERENCES app_user (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_reviewer_assignment UNIQUE (article_id, reviewer_id)
);
CREATE INDEX ix_reviewer_assignment_reviewer ON reviewer_assignment (reviewer_id);

CREATE TABLE login_throttle (
    address       VARCHAR(64) NOT NULL PRIMARY KEY,
    failures      INTEGER     NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE,
    blocked_until TIMESTAMP WITH TIME ZONE
);
