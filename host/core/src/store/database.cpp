#include "store/database.h"

#include "store/migrations.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdlib>
#include <thread>

namespace parity::store {

bool StoreError::isBusy() const { return (m_code & 0xff) == SQLITE_BUSY || (m_code & 0xff) == SQLITE_LOCKED; }
bool StoreError::isFull() const { return (m_code & 0xff) == SQLITE_FULL; }
bool StoreError::isReadOnly() const { return (m_code & 0xff) == SQLITE_READONLY; }
bool StoreError::isConstraint() const { return (m_code & 0xff) == SQLITE_CONSTRAINT; }

namespace {

/// What a person should read for the common failures, before SQLite's own words.
std::string explain(int code) {
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return "the database is busy (another Parity is writing); try again";
    case SQLITE_FULL: return "the disk (or the database's size limit) is full; nothing was saved";
    case SQLITE_READONLY: return "the database is read-only here; nothing was saved";
    case SQLITE_NOTADB: return "this file is not a Parity database";
    case SQLITE_CORRUPT: return "the database file is damaged";
    case SQLITE_CANTOPEN: return "the database file cannot be opened";
    case SQLITE_IOERR: return "the disk reported an error; nothing was saved";
    default: return {};
    }
}

} // namespace

// ---- Statement ------------------------------------------------------------------------

Statement::Statement(Database& db, std::string_view sql) : m_db(db), m_sql(sql) {
    db.check(sqlite3_prepare_v2(db.handle(), m_sql.c_str(), int(m_sql.size()), &m_statement, nullptr),
             "preparing " + m_sql);
}

Statement::~Statement() { sqlite3_finalize(m_statement); }

Statement& Statement::bind(int index, std::int64_t value) {
    m_db.check(sqlite3_bind_int64(m_statement, index, value), "binding a value");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    m_db.check(sqlite3_bind_text(m_statement, index, value.data(), int(value.size()), SQLITE_TRANSIENT),
               "binding a value");
    return *this;
}

Statement& Statement::bindNull(int index) {
    m_db.check(sqlite3_bind_null(m_statement, index), "binding a value");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

bool Statement::step() {
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    m_db.check(code, m_sql);
    return false;
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_statement, column); }

std::string Statement::text(int column) const { return std::string(textView(column)); }

std::string_view Statement::textView(int column) const {
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return bytes ? std::string_view(bytes, std::size_t(sqlite3_column_bytes(m_statement, column))) : std::string_view();
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

// ---- Transaction ----------------------------------------------------------------------

Transaction::Transaction(Database& db) : m_db(db) { m_db.execute("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);   // nothing half-written
}

void Transaction::commit() {
    m_db.execute("COMMIT");
    m_done = true;
}

// ---- Database ---------------------------------------------------------------------------

Database::Database(const std::filesystem::path& file) : m_path(file) {
    std::error_code ec;
    if (file.has_parent_path())
        std::filesystem::create_directories(file.parent_path(), ec);
    const int code = sqlite3_open_v2(file.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (code != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError("cannot open the database " + file.string() + ": " + message, code);
    }
    sqlite3_extended_result_codes(m_db, 1);
    try {
        check(sqlite3_busy_timeout(m_db, 10000), "setting the busy timeout");
        // A file that is not a database fails here, on its first read.
        execute("PRAGMA foreign_keys = ON");
        // A database from a newer Parity is refused before anything writes to it.
        refuseNewerSchema(*this);
        switchToWal();
        execute("PRAGMA synchronous = FULL");
        migrate(*this);
    } catch (...) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

Database::~Database() { sqlite3_close(m_db); }

void Database::switchToWal() {
    // Changing the journal mode needs the write lock and SQLite does not wait for it here
    // (no busy handler): two processes creating one new database would collide. Retry
    // for as long as the busy timeout.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (;;) {
        try {
            Statement wal(*this, "PRAGMA journal_mode = WAL");   // returns a row: finish it here
            wal.run();
            return;
        } catch (const StoreError& e) {
            if (!e.isBusy() || std::chrono::steady_clock::now() > deadline)
                throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

void Database::check(int code, std::string_view what) const {
    if (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE)
        return;
    const std::string why = explain(code);
    throw StoreError(m_path.string() + ": " + (why.empty() ? std::string() : why + " (") + sqlite3_errmsg(m_db) +
                         (why.empty() ? "" : ")") + " while " + std::string(what),
                     code);
}

void Database::execute(std::string_view sql) {
    char* error = nullptr;
    const std::string text(sql);
    const int code = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    sqlite3_free(error);   // sqlite3_errmsg says the same
    check(code, "running " + text.substr(0, 80));
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::schemaVersion() {
    Statement s(*this, "PRAGMA user_version");
    s.step();
    return int(s.integer(0));
}

std::filesystem::path defaultDatabasePath() {
    if (const char* db = std::getenv("PARITY_DB"); db && *db)
        return db;
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data)
        return std::filesystem::path(data) / "parity" / "parity.db";
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : ".") / ".local" / "share" / "parity" / "parity.db";
}

} // namespace parity::store
