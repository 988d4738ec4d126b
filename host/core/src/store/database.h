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
/// entry land together or not at all.
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
    /// Opens (creating if needed, with its folder) and applies the pragmas DESIGN.md
    /// fixes: WAL, synchronous=FULL, foreign keys, busy timeout. Then migrates.
    explicit Database(const std::filesystem::path& file);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void execute(std::string_view sql);
    const std::filesystem::path& path() const { return m_path; }
    sqlite3* handle() { return m_db; }
    /// Throws StoreError for `code` if it is not SQLITE_OK/ROW/DONE.
    void check(int code, std::string_view what) const;
    std::int64_t lastInsertId() const;
    int schemaVersion();

private:
    void switchToWal();
    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
};

/// $PARITY_DB, else $XDG_DATA_HOME/parity/parity.db, else ~/.local/share/parity/parity.db.
std::filesystem::path defaultDatabasePath();

} // namespace parity::store
