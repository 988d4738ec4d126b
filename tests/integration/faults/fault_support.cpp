#include "fault_support.h"

#include "plugins/plugin_host.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace fs = std::filesystem;

namespace {
fs::path g_root;
}

IsolatedEnvironment::IsolatedEnvironment() {
    std::string pattern = (fs::temp_directory_path() / "parity-faults-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create a temporary directory");
    g_root = pattern;
    fs::create_directories(g_root / "config");
    fs::create_directories(g_root / "data");
    ::setenv("XDG_CONFIG_HOME", (g_root / "config").c_str(), 1);
    ::setenv("XDG_DATA_HOME", (g_root / "data").c_str(), 1);
    ::unsetenv("PARITY_AUDIT_KEY");
    ::unsetenv("PARITY_DB");
    ::setenv("PARITY_PLUGIN_PATH", "", 1);
}

IsolatedEnvironment::~IsolatedEnvironment() {
    std::error_code ignored;
    fs::remove_all(g_root, ignored);
}

const fs::path& IsolatedEnvironment::root() { return g_root; }

namespace parity::faults {

const FormCatalog& coreCatalog() {
    static const PluginHost plugins;
    static const FormCatalog catalog = FormCatalog::build(plugins);
    return catalog;
}

const fs::path& consentAnswersFile() {
    static const fs::path file = fs::path(PARITY_SOURCE_DIR) / "examples" / "answers" / "core.consent.json";
    return file;
}

nlohmann::json consentAnswers() { return nlohmann::json::parse(readFile(consentAnswersFile())); }

records::StoreLocation locationOf(const fs::path& database) { return records::StoreLocation::at(database); }

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + file.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::int64_t> parseIds(const std::vector<std::string>& lines) {
    std::vector<std::int64_t> ids;
    for (const std::string& line : lines) {
        if (line.empty() || line.find_first_not_of("0123456789") != std::string::npos)
            throw std::runtime_error("not a record id: '" + line + "'");
        ids.push_back(std::stoll(line));
    }
    return ids;
}

// ---- ChildProcess -------------------------------------------------------------------------

ChildProcess::ChildProcess(const std::string& program, const std::vector<std::string>& args,
                           const fs::path& stderrFile, const std::vector<std::string>& environment)
    : m_stderrFile(stderrFile) {
    int pipeFds[2];
    // O_CLOEXEC: a second child must not inherit this one's pipe, or EOF never comes.
    if (::pipe2(pipeFds, O_CLOEXEC) != 0)
        throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));

    std::map<std::string, std::string> env;
    for (char** e = environ; *e; ++e) {
        const std::string entry = *e;
        env[entry.substr(0, entry.find('='))] = entry;
    }
    for (const std::string& entry : environment)
        env[entry.substr(0, entry.find('='))] = entry;
    std::vector<char*> envp;
    for (auto& [_, entry] : env)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    std::vector<std::string> argStrings{program};
    argStrings.insert(argStrings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& arg : argStrings)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 1);
    posix_spawn_file_actions_addopen(&actions, 2, stderrFile.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    const int spawned = posix_spawn(&m_pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    if (spawned != 0) {
        ::close(pipeFds[0]);
        throw std::runtime_error("cannot start " + program + ": " + std::strerror(spawned));
    }
    m_out = pipeFds[0];
}

ChildProcess::~ChildProcess() {
    if (!m_reaped && m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
    }
    if (m_out >= 0)
        ::close(m_out);
}

bool ChildProcess::readUntil(Clock::time_point deadline) { return readSome(deadline, SIZE_MAX); }

bool ChildProcess::waitForLines(std::size_t count, Clock::time_point deadline) {
    readSome(deadline, count);
    return m_lines.size() >= count;
}

bool ChildProcess::readSome(Clock::time_point deadline, std::size_t stopAtLines) {
    while (m_out >= 0 && m_lines.size() < stopAtLines) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        pollfd p{m_out, POLLIN, 0};
        // poll's granularity is a millisecond; the last fraction is spent polling.
        const int ready = ::poll(&p, 1, left > 0 ? int(left) : 0);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
        if (ready == 0) {
            if (Clock::now() >= deadline)
                return true;
            continue;
        }
        char buffer[4096];
        const ssize_t got = ::read(m_out, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            ::close(m_out);
            m_out = -1;
            return false;
        }
        m_partial.append(buffer, std::size_t(got));
        for (std::size_t end; (end = m_partial.find('\n')) != std::string::npos;) {
            m_lines.push_back(m_partial.substr(0, end));
            m_partial.erase(0, end + 1);
        }
        if (Clock::now() >= deadline)
            return true;
    }
    return m_out >= 0;
}

int ChildProcess::killAndReap(int signal) {
    int status = 0;
    if (!m_reaped) {
        ::kill(m_pid, signal);
        if (::waitpid(m_pid, &status, 0) != m_pid)
            throw std::runtime_error("lost track of a child process");
        m_reaped = true;
    }
    return status;
}

int ChildProcess::finish() {
    drain();
    int status = 0;
    if (!m_reaped) {
        if (::waitpid(m_pid, &status, 0) != m_pid)
            throw std::runtime_error("lost track of a child process");
        m_reaped = true;
    }
    return status;
}

void ChildProcess::drain() {
    while (readUntil(Clock::now() + std::chrono::seconds(10))) {
    }
}

std::string ChildProcess::stderrText() const {
    std::error_code ec;
    return fs::exists(m_stderrFile, ec) ? readFile(m_stderrFile) : std::string();
}

// ---- RawDb ----------------------------------------------------------------------------------

RawDb::RawDb(const fs::path& file, bool create) {
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(file.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw std::runtime_error("cannot open " + file.string() + ": " + message);
    }
    sqlite3_busy_timeout(m_db, 10000);
}

RawDb::~RawDb() { sqlite3_close(m_db); }

std::string RawDb::tryExec(const std::string& sql) {
    char* error = nullptr;
    const int code = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error);
    std::string message = code == SQLITE_OK ? std::string() : error ? error : sqlite3_errstr(code);
    sqlite3_free(error);
    return message;
}

void RawDb::exec(const std::string& sql) {
    if (const std::string error = tryExec(sql); !error.empty())
        throw std::runtime_error(error + " (in: " + sql + ")");
}

namespace {

template <typename Visit>
void eachRow(sqlite3* db, const std::string& sql, Visit&& visit) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string(sqlite3_errmsg(db)) + " (in: " + sql + ")");
    int code;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW)
        visit(statement);
    const std::string error = sqlite3_errmsg(db);
    sqlite3_finalize(statement);
    if (code != SQLITE_DONE)
        throw std::runtime_error(error + " (in: " + sql + ")");
}

} // namespace

std::string RawDb::text(const std::string& sql) {
    std::optional<std::string> value;
    eachRow(m_db, sql, [&](sqlite3_stmt* s) {
        if (!value) {
            const auto* bytes = sqlite3_column_text(s, 0);
            value = bytes ? reinterpret_cast<const char*>(bytes) : "";
        }
    });
    if (!value)
        throw std::runtime_error("no row from: " + sql);
    return *value;
}

std::int64_t RawDb::integer(const std::string& sql) { return std::stoll(text(sql)); }

std::vector<std::int64_t> RawDb::integers(const std::string& sql) {
    std::vector<std::int64_t> values;
    eachRow(m_db, sql, [&](sqlite3_stmt* s) { values.push_back(sqlite3_column_int64(s, 0)); });
    return values;
}

} // namespace parity::faults
