-- Values an agency sets for its jurisdiction's settings (parity/settings.h): facts the
-- law leaves to the agency or that Parity could not verify. Every change is audited.
CREATE TABLE jurisdiction_settings (
    plugin_id TEXT NOT NULL,
    key       TEXT NOT NULL,
    value     TEXT NOT NULL,
    set_by    TEXT NOT NULL,
    set_at    TEXT NOT NULL,
    PRIMARY KEY (plugin_id, key)
);
