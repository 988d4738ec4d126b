// What the fault tests share: an isolated environment, child processes whose output is
// read as it grows, raw SQLite access (to inspect and to tamper), and the core catalog.
#pragma once

#include "catalog/form_catalog.h"
#include "records/record_service.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include <sys/types.h>

struct sqlite3;

/// Global fixture: XDG_CONFIG_HOME (where the audit signing key is made) and XDG_DATA_HOME
/// point into one temporary folder for the whole run; PARITY_AUDIT_KEY and PARITY_DB are
/// cleared, PARITY_PLUGIN_PATH emptied. Child processes inherit this environment.
struct IsolatedEnvironment {
    IsolatedEnvironment();
    ~IsolatedEnvironment();
    static const std::filesystem::path& root();
};

namespace parity::faults {

using Clock = std::chrono::steady_clock;

/// The national core forms (core.consent, ...), built once per test program.
const FormCatalog& coreCatalog();

/// examples/answers/core.consent.json, a valid answer set.
const std::filesystem::path& consentAnswersFile();
nlohmann::json consentAnswers();

/// StoreLocation::at(database): the checkpoint beside it, the key from the environment.
records::StoreLocation locationOf(const std::filesystem::path& database);

/// A program started with stdout on a pipe (read as it grows) and stderr in a file.
class ChildProcess {
public:
    /// `environment` entries ("NAME=value") replace or add to this process's environment.
    ChildProcess(const std::string& program, const std::vector<std::string>& args,
                 const std::filesystem::path& stderrFile, const std::vector<std::string>& environment = {});
    /// Kills (SIGKILL) and reaps the child if it is still running.
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return m_pid; }
    /// Reads stdout until `deadline` or until it closes. Returns false once it is closed.
    /// The last millisecond is spent polling, so that `deadline` is kept to microseconds.
    bool readUntil(Clock::time_point deadline);
    /// Reads until at least `count` complete lines have arrived (returning at once when
    /// they have), the output closes, or `deadline` passes. True if the lines arrived.
    bool waitForLines(std::size_t count, Clock::time_point deadline);
    /// Sends `signal` and reaps the child; returns the wait status.
    int killAndReap(int signal);
    /// Reads all it writes and waits for it to end by itself; returns the wait status.
    int finish();
    /// After the child is gone: reads what it wrote before it died, to the end.
    void drain();

    /// Complete lines (ending in '\n') read so far; a torn last line is not included.
    const std::vector<std::string>& lines() const { return m_lines; }
    std::string stderrText() const;

private:
    bool readSome(Clock::time_point deadline, std::size_t stopAtLines);
    pid_t m_pid = -1;
    int m_out = -1;
    bool m_reaped = false;
    std::string m_partial;
    std::vector<std::string> m_lines;
    std::filesystem::path m_stderrFile;
};

/// A plain SQLite connection (no Parity pragmas, no migrations): to inspect and tamper.
class RawDb {
public:
    explicit RawDb(const std::filesystem::path& file, bool create = false);
    ~RawDb();
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    /// Runs `sql`; throws std::runtime_error with SQLite's message if it fails.
    void exec(const std::string& sql);
    /// Runs `sql`; returns SQLite's error message, or "" if it succeeded.
    std::string tryExec(const std::string& sql);
    /// The first column of the first row, as text / integer.
    std::string text(const std::string& sql);
    std::int64_t integer(const std::string& sql);
    /// The first column of every row.
    std::vector<std::int64_t> integers(const std::string& sql);
    sqlite3* handle() { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

std::string readFile(const std::filesystem::path& file);

/// Every id in `lines`, which must all be positive decimal numbers (else throws).
std::vector<std::int64_t> parseIds(const std::vector<std::string>& lines);

} // namespace parity::faults
