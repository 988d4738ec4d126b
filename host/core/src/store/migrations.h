// Numbered schema migrations (schemas/sql/NNN_*.sql, embedded at build time), applied
// in order inside one transaction each; user_version is the last one applied.
#pragma once

#include <parity/identity.h>

#include <vector>

namespace parity::store {

class Database;

/// Defined in the source generated from schemas/sql/*.sql.
std::vector<EmbeddedForm> migrationSources();

/// The schema version this build of Parity writes.
int currentSchemaVersion();

/// Throws StoreError, changing nothing, if `db` was made by a newer Parity.
void refuseNewerSchema(Database& db);

/// Brings `db` up to currentSchemaVersion(). A database made by a newer Parity is
/// refused (StoreError) and left untouched.
void migrate(Database& db);

} // namespace parity::store
