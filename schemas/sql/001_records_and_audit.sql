-- Records (filled forms), their immutable versions, and the append-only audit trail.
-- Applied by host/core/src/store/migrations.cpp; the database's user_version is the
-- number of the last migration applied.

CREATE TABLE records (
    id              INTEGER PRIMARY KEY,
    form_id         TEXT    NOT NULL,
    client_id       TEXT    NOT NULL DEFAULT '',   -- copied from the answers, for search
    client_name     TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL CHECK (status IN ('draft', 'submitted', 'signed')),
    current_version INTEGER NOT NULL DEFAULT 0,     -- 0 while the record is a draft
    draft_answers   TEXT,                           -- JSON; only while status = 'draft'
    draft_form_version   TEXT,
    draft_plugin_id      TEXT,
    draft_plugin_version TEXT,
    created_by      TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX records_by_form ON records (form_id);
CREATE INDEX records_by_client ON records (client_id);

-- One row per submitted version: what was submitted, under which rules, by whom.
CREATE TABLE record_versions (
    record_id      INTEGER NOT NULL REFERENCES records (id),
    version        INTEGER NOT NULL CHECK (version >= 1),
    form_id        TEXT    NOT NULL,
    form_version   TEXT    NOT NULL,
    plugin_id      TEXT    NOT NULL DEFAULT '',    -- '' for a national core form
    plugin_version TEXT    NOT NULL DEFAULT '',
    answers        TEXT    NOT NULL,                -- JSON object, relevant answers only
    author         TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    reason         TEXT,                            -- required for versions after the first
    signed_by      TEXT,
    signed_at      TEXT,
    PRIMARY KEY (record_id, version),
    CHECK (version = 1 OR length(trim(reason)) > 0)
);

-- Nothing submitted is overwritten or deleted: only a signature may be added, once.
CREATE TRIGGER record_versions_are_not_deleted BEFORE DELETE ON record_versions
BEGIN
    SELECT RAISE(ABORT, 'submitted versions are never deleted');
END;
CREATE TRIGGER record_versions_are_not_changed BEFORE UPDATE ON record_versions
WHEN NEW.record_id IS NOT OLD.record_id OR NEW.version IS NOT OLD.version OR NEW.form_id IS NOT OLD.form_id
  OR NEW.form_version IS NOT OLD.form_version OR NEW.plugin_id IS NOT OLD.plugin_id
  OR NEW.plugin_version IS NOT OLD.plugin_version OR NEW.answers IS NOT OLD.answers
  OR NEW.author IS NOT OLD.author OR NEW.created_at IS NOT OLD.created_at OR NEW.reason IS NOT OLD.reason
  OR OLD.signed_by IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'submitted versions are never changed (a signature is added once)');
END;
CREATE TRIGGER records_are_not_deleted BEFORE DELETE ON records
WHEN OLD.status <> 'draft' OR OLD.current_version > 0
BEGIN
    SELECT RAISE(ABORT, 'submitted records are never deleted');
END;
CREATE TRIGGER records_status_moves_forward BEFORE UPDATE OF status ON records
WHEN (OLD.status = 'submitted' AND NEW.status = 'draft') OR (OLD.status = 'signed' AND NEW.status = 'draft')
BEGIN
    SELECT RAISE(ABORT, 'a submitted record cannot become a draft again');
END;

-- The audit trail: append-only, each entry chained to the one before by SHA-256.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,                  -- 1, 2, 3, ... with no gaps
    at        TEXT    NOT NULL,                     -- UTC, ISO 8601
    actor     TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    record_id INTEGER,
    form_id   TEXT,
    version   INTEGER,
    changes   TEXT    NOT NULL DEFAULT '[]',        -- JSON: [{"field", "old", "new"}]
    reason    TEXT    NOT NULL DEFAULT '',
    details   TEXT    NOT NULL DEFAULT '',
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
CREATE INDEX audit_by_record ON audit_log (record_id);

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be changed');
END;
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be deleted');
END;

-- Facts about this database. database_id ties the audit checkpoint file to this file.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('database_id', lower(hex(randomblob(16))));
