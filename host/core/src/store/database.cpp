#include "store/database.h"

#include "store/migrations.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include <unistd.h>

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

/// Every connection is opened without SQLite's connection mutex: a Database is used by one
/// thread at a time (the checkpoint writer thread touches only its own files), so the lock
/// SQLite takes in every call (each column read, each bind) protects nothing here. It was
/// 8% of an audit verify, which reads twelve columns of every entry.
constexpr int kOneThreadAtATime = SQLITE_OPEN_NOMUTEX;

} // namespace

// ---- Statement ------------------------------------------------------------------------

Statement::Statement(Database& db, std::string_view sql) : m_db(db), m_sql(sql) {
    m_statement = db.takePrepared(m_sql);
    if (!m_statement)
        db.check(sqlite3_prepare_v2(db.handle(), m_sql.c_str(), int(m_sql.size()), &m_statement, nullptr),
                 "preparing " + m_sql);
}

Statement::~Statement() { m_db.keepPrepared(std::move(m_sql), m_statement); }

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

Transaction::Transaction(Database& db) : m_db(db) {
    if (db.isReadOnly())
        throw StoreError(db.path().string() + ": the database is open read-only here; nothing was saved",
                         SQLITE_READONLY);
    Statement(m_db, "BEGIN IMMEDIATE").run();
}

Transaction::~Transaction() {
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);   // nothing half-written
}

void Transaction::commit() {
    Statement(m_db, "COMMIT").run();
    m_done = true;
}

// ---- Database ---------------------------------------------------------------------------

namespace {

/// `file` as an SQLite URI path: '%', '?' and '#' escaped.
std::string uriPath(const std::filesystem::path& file) {
    std::string out;
    for (const char c : std::filesystem::absolute(file).string()) {
        if (c == '%' || c == '?' || c == '#') {
            static const char* hex = "0123456789ABCDEF";
            out += '%';
            out += hex[(static_cast<unsigned char>(c) >> 4) & 0xf];
            out += hex[static_cast<unsigned char>(c) & 0xf];
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

Database::Database(const std::filesystem::path& file, Access access) : m_path(file) {
    try {
        if (access == Access::ReadOnly)
            openReadOnly(file);
        else
            openReadWrite(file);
    } catch (...) {
        close();
        throw;
    }
}

bool Database::isWritable(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return true;
    const std::filesystem::path folder = file.has_parent_path() ? file.parent_path() : ".";
    return ::access(file.c_str(), W_OK) == 0 && ::access(folder.c_str(), W_OK) == 0;
}

void Database::openReadWrite(const std::filesystem::path& file) {
    if (!isWritable(file))
        // Refused before SQLite opens it: SQLite would open it read-only without a word
        // and fail later, half-way into a change.
        throw StoreError(file.string() + ": the database is read-only here (this user cannot write the file or "
                                         "its folder); nothing was saved. It can still be read: records, audit "
                                         "log and audit verify open it read-only.",
                         SQLITE_READONLY);
    std::error_code ec;
    if (file.has_parent_path())
        std::filesystem::create_directories(file.parent_path(), ec);
    const int code = sqlite3_open_v2(file.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | kOneThreadAtATime,
                                     nullptr);
    if (code != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
        throw StoreError("cannot open the database " + file.string() + ": " + message, code);
    }
    sqlite3_extended_result_codes(m_db, 1);
    check(sqlite3_busy_timeout(m_db, 10000), "setting the busy timeout");
    // A file that is not a database fails here, on its first read.
    execute("PRAGMA foreign_keys = ON");
    // A database from a newer Parity is refused before anything writes to it.
    refuseNewerSchema(*this);
    switchToWal();
    execute("PRAGMA synchronous = FULL");
    migrate(*this);
}

void Database::openReadOnly(const std::filesystem::path& file) {
    m_readOnly = true;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        throw StoreError("there is no database at " + file.string(), SQLITE_CANTOPEN);
    auto open = [&](const std::string& name, int flags) {
        const int code = sqlite3_open_v2(name.c_str(), &m_db, flags | kOneThreadAtATime, nullptr);
        if (code != SQLITE_OK) {
            const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
            throw StoreError("cannot open the database " + file.string() + ": " + message, code);
        }
        sqlite3_extended_result_codes(m_db, 1);
        check(sqlite3_busy_timeout(m_db, 10000), "setting the busy timeout");
        execute("PRAGMA query_only = ON");   // a second lock on writing, inside SQLite
    };
    const std::filesystem::path wal = file.string() + "-wal", shm = file.string() + "-shm";
    const std::string immutable = "file:" + uriPath(file) + "?immutable=1";
    if (!std::filesystem::exists(wal, ec) && !std::filesystem::exists(shm, ec)) {
        // No log: the file is the whole database (a copy, or one no Parity has open).
        // immutable: SQLite neither creates -wal/-shm files nor takes locks.
        open(immutable, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    } else {
        open(file.string(), SQLITE_OPEN_READONLY);
        try {
            schemaVersion();   // the first read: a file that is not a database fails here
        } catch (const StoreError& e) {
            // SQLite reads a WAL database through its -shm file, which it cannot make in a
            // folder it may not write (sqlite.org/wal.html, "Read-Only Databases").
            const int primary = e.code() & 0xff;
            if (primary != SQLITE_READONLY && primary != SQLITE_CANTOPEN)
                throw;
            if (std::filesystem::exists(wal, ec) && std::filesystem::file_size(wal, ec) > 0)
                // immutable=1 would read the database without its log: the newest changes,
                // audit entries included, would silently be missing.
                throw StoreError(file.string() + ": the newest changes are in " + wal.string() +
                                     ", which SQLite can read only with its -shm file beside it or in a folder "
                                     "it may write; copy the database with its -wal file to a writable folder "
                                     "(or copy it after every Parity using it has closed)",
                                 e.code());
            close();
            open(immutable, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        }
    }
    refuseNewerSchema(*this);
    if (schemaVersion() == 0)
        throw StoreError(file.string() + ": this file is not a Parity database (it has no Parity tables)",
                         SQLITE_NOTADB);
}

Database::~Database() { close(); }

void Database::close() {
    for (auto& [sql, statement] : m_prepared)
        sqlite3_finalize(statement);
    m_prepared.clear();
    sqlite3_close(m_db);   // every statement is finalized: this closes
    m_db = nullptr;
}

sqlite3_stmt* Database::takePrepared(const std::string& sql) {
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end())
        return nullptr;
    sqlite3_stmt* statement = it->second;
    m_prepared.erase(it);   // in use: a nested Statement with the same SQL prepares its own
    return statement;
}

void Database::keepPrepared(std::string sql, sqlite3_stmt* statement) {
    if (!statement)
        return;
    // Reset also ends the statement's read of the database (its snapshot).
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    // Bounded: SQL built from filters (the records list) must not grow the cache forever.
    constexpr std::size_t kMaximum = 64;
    if (m_prepared.size() >= kMaximum || !m_prepared.emplace(std::move(sql), statement).second)
        sqlite3_finalize(statement);
}

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
