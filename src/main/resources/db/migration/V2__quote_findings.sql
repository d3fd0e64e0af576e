-- The review service's results: every quotation found in every revision, and editors' waivers.

CREATE SEQUENCE quote_finding_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quote_waiver_seq START WITH 1 INCREMENT BY 50;

-- One row per quotation (kind/status set) or unbalanced quotation mark (kind NULL) of a revision.
CREATE TABLE quote_finding (
    id              BIGINT       NOT NULL PRIMARY KEY,
    article_id      BIGINT       NOT NULL REFERENCES article (id),
    revision_number INTEGER      NOT NULL,
    ordinal         INTEGER      NOT NULL,
    start_offset    INTEGER      NOT NULL,
    end_offset      INTEGER      NOT NULL,
    quote_text      TEXT         NOT NULL,
    -- Normalised quote text: the same quote in another revision has the same key.
    quote_key       VARCHAR(64)  NOT NULL,
    kind            VARCHAR(20),
    status          VARCHAR(20),
    speaker_text    VARCHAR(500),
    speaker_name    VARCHAR(200),
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    cue_text        VARCHAR(500),
    cue_start       INTEGER,
    cue_end         INTEGER,
    message         VARCHAR(1000),
    -- Set when a later revision attributes this quote: the flag cleared by itself.
    cleared_in      INTEGER
);
CREATE INDEX ix_quote_finding_revision ON quote_finding (article_id, revision_number, ordinal);

CREATE TABLE quote_waiver (
    id              BIGINT        NOT NULL PRIMARY KEY,
    article_id      BIGINT        NOT NULL REFERENCES article (id),
    quote_key       VARCHAR(64)   NOT NULL,
    quote_text      TEXT          NOT NULL,
    revision_number INTEGER       NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    waived_by_id    BIGINT        NOT NULL REFERENCES app_user (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_quote_waiver UNIQUE (article_id, quote_key)
);
