// A thin RAII layer over SQLite: one connection, prepared statements, transactions.
// Every return code is checked; failures throw parity::StoreError with the statement
// and sqlite3_errmsg, so a clerk's dialog and a log say the same true thing.
#pragma once

#include "common/error.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace parity::store {

/// A database problem. `code` is SQLite's extended result code.
class StoreError : public EnvironmentError {
public:
    StoreError(const std::string& message, int code) : EnvironmentError(message), m_code(code) {}
    int code() const { return m_code; }
    bool isBusy() const;
    bool isFull() const;
    bool isReadOnly() const;
    bool isConstraint() const;

private:
    int m_code;
};

class Database;

/// A prepared statement. Statements are kept prepared by their Database and reused for
/// the same SQL (reset and unbound in between): preparing costs as much as running the
/// small statements of a submit.
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<std::string>& value);

    /// Steps once. True while there is a row to read.
    bool step();
    /// Steps to completion, for statements that return no rows.
    void run();
    void reset();

    std::int64_t integer(int column) const;
    std::string text(int column) const;
    /// The column's bytes without copying; valid until the next step/reset.
    std::string_view textView(int column) const;
    bool isNull(int column) const;

private:
    Database& m_db;
    sqlite3_stmt* m_statement = nullptr;
    std::string m_sql;
};

/// BEGIN IMMEDIATE ... COMMIT, rolled back if not committed: a change and its audit
/// entry land together or not at all. On a read-only Database it throws StoreError
/// (SQLITE_READONLY) at once, saying so, before anything is attempted.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

class Database {
public:
    enum class Access {
        /// Opens (creating if needed, with its folder) and applies the pragmas DESIGN.md
        /// fixes: WAL, synchronous=FULL, foreign keys, busy timeout. Then migrates. An
        /// existing database that this user cannot write (the file or its folder) is
        /// refused as read-only before SQLite touches it.
        ReadWrite,
        /// Opens an existing database for reading only (an auditor's copy, a write-
        /// protected file or folder, read-only media): never creates, migrates, switches
        /// the journal or writes anything; every write is refused. A database made by a
        /// newer Parity is still refused; an older one is read as it is.
        ReadOnly,
    };
    explicit Database(const std::filesystem::path& file, Access access = Access::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void execute(std::string_view sql);
    const std::filesystem::path& path() const { return m_path; }
    sqlite3* handle() { return m_db; }
    bool isReadOnly() const { return m_readOnly; }
    /// Throws StoreError for `code` if it is not SQLITE_OK/ROW/DONE.
    void check(int code, std::string_view what) const;
    std::int64_t lastInsertId() const;
    int schemaVersion();

    /// False if `file` exists and this user cannot write it or its folder (where SQLite
    /// keeps the -wal and -shm files and Parity the checkpoint). True for a new file.
    static bool isWritable(const std::filesystem::path& file);

private:
    friend class Statement;
    void openReadWrite(const std::filesystem::path& file);
    void openReadOnly(const std::filesystem::path& file);
    void switchToWal();
    void close();
    /// A prepared statement for `sql` from the cache, or null.
    sqlite3_stmt* takePrepared(const std::string& sql);
    /// Resets `statement` and keeps it for the next Statement with the same SQL.
    void keepPrepared(std::string sql, sqlite3_stmt* statement);

    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
    bool m_readOnly = false;
    std::unordered_map<std::string, sqlite3_stmt*> m_prepared;
};

/// $PARITY_DB, else $XDG_DATA_HOME/parity/parity.db, else ~/.local/share/parity/parity.db.
std::filesystem::path defaultDatabasePath();

} // namespace parity::store
