-- Three indexes no query uses, dropped: each cost one more page written (one more 4 KiB
-- WAL frame) on every submit, about a tenth of its time.
--   records_by_client: the records search matches any part of a client's id or name
--     (instr), which an index cannot serve; nothing looks a client id up exactly.
--   records_by_status: three values; the status filter of the records list reads the
--     table in id order anyway, and a scan of an agency's records is milliseconds.
--   audit_by_action: no view or command selects entries by action.
-- records_by_form (the form filter, compliance audits) and audit_by_record (a record's
-- trail) stay.
DROP INDEX IF EXISTS records_by_client;
DROP INDEX IF EXISTS records_by_status;
DROP INDEX IF EXISTS audit_by_action;
