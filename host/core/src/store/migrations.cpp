#include "store/migrations.h"

#include "store/database.h"

#include <sqlite3.h>

#include <algorithm>
#include <string>

namespace parity::store {
namespace {

/// The number at the start of "NNN_name.sql".
int migrationNumber(const std::string& fileName) { return std::stoi(fileName.substr(0, fileName.find('_'))); }

std::vector<EmbeddedForm> sortedMigrations() {
    std::vector<EmbeddedForm> all = migrationSources();
    std::sort(all.begin(), all.end(),
              [](const auto& a, const auto& b) { return migrationNumber(a.fileName) < migrationNumber(b.fileName); });
    return all;
}

} // namespace

int currentSchemaVersion() {
    const auto all = sortedMigrations();
    return all.empty() ? 0 : migrationNumber(all.back().fileName);
}

void refuseNewerSchema(Database& db) {
    const int have = db.schemaVersion();
    const int want = currentSchemaVersion();
    if (have > want)
        throw StoreError(db.path().string() + ": this database was made by a newer Parity (schema " +
                             std::to_string(have) + "; this Parity knows up to " + std::to_string(want) +
                             "). Update Parity to open it; nothing was changed.",
                         SQLITE_ERROR);
}

void migrate(Database& db) {
    refuseNewerSchema(db);
    const int have = db.schemaVersion();
    for (const EmbeddedForm& migration : sortedMigrations()) {
        const int number = migrationNumber(migration.fileName);
        if (number <= have)
            continue;
        Transaction transaction(db);
        // Another process may have migrated while this one waited for the lock.
        if (db.schemaVersion() >= number)
            continue;
        db.execute(migration.xml);
        db.execute("PRAGMA user_version = " + std::to_string(number));
        transaction.commit();
    }
}

} // namespace parity::store
