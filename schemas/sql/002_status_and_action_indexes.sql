-- Indexes for the records list (filter by status) and the audit views (by action).
CREATE INDEX records_by_status ON records (status);
CREATE INDEX audit_by_action ON audit_log (action);
