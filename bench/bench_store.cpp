// Benchmarks of the record store and the audit trail.
//
//   BM_Submit        RecordService::submit of the core.consent example answers: validate,
//                    store the record and its version, append the audit entry, COMMIT
//                    (WAL, synchronous=FULL, as the service opens the database), advance
//                    the signed checkpoint (one slot rewritten in place; its fdatasync
//                    overlaps the next submit, and the next advance waits for it).
//   BM_RawInsert     the floor: the same bytes (the stored answers JSON and a blob the
//                    size of the audit row) inserted by plain SQLite into one plain table,
//                    same pragmas and open flags, one transaction per insert.
//                    Target: submit throughput >= 0.5 x raw insert throughput.
//   BM_Verify/N      AuditTrail::verify over a trail of N realistic entries (submitted,
//                    viewed, signed, amended), checked against its signed checkpoint.
//   BM_RawSha256/N   the floor: libsodium crypto_hash_sha256 over exactly the bytes verify
//                    hashes (each entry's previous hash and canonical encoding), in memory.
//                    Target: verify throughput >= 0.5 x raw SHA-256 throughput.
//
// The store benchmarks wait on the disk (fsync): they are compared in real (wall) time.
//
// A second mode measures memory instead of time:
//   parity_bench_store --verify-memory N [--db PATH]
// builds an N-entry trail (in a child process, big transactions), then verifies it and
// prints the peak resident set size of the verifying process (getrusage ru_maxrss) as
// one JSON line. Target for N = 1,000,000: peak RSS < 64 MiB.
//
// Everything is written in a temporary folder (database, checkpoint, signing key:
// XDG_CONFIG_HOME and XDG_DATA_HOME point there), removed at the end.
// bench/run_store_benchmarks.sh runs both modes and prints the ratios in words.
#include "audit/audit_trail.h"
#include "audit/checkpoint.h"
#include "catalog/form_catalog.h"
#include "plugins/plugin_host.h"
#include "records/record_service.h"
#include "store/database.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using parity::audit::AuditEntry;
using parity::audit::AuditTrail;
using parity::audit::CheckpointFile;

namespace {

fs::path g_dir;   // the temporary folder of this run

const parity::FormCatalog& catalog() {
    static const parity::PluginHost plugins;
    static const parity::FormCatalog built = parity::FormCatalog::build(plugins);
    return built;
}

const nlohmann::json& consentAnswers() {
    static const nlohmann::json answers = [] {
        const fs::path file = fs::path(PARITY_BENCH_SOURCE_DIR) / "examples" / "answers" / "core.consent.json";
        std::ifstream in(file);
        if (!in)
            throw std::runtime_error("cannot read " + file.string());
        return nlohmann::json::parse(in);
    }();
    return answers;
}

fs::path freshPath(const std::string& name) {
    static int counter = 0;
    return g_dir / (name + "-" + std::to_string(++counter) + ".db");
}

// ---- submit against raw inserts ---------------------------------------------------------

/// Commits through `commitOnce` until the write-ahead log `wal` has stopped growing for
/// 20 commits: it has reached its size and wrapped around at SQLite's automatic
/// checkpoint. Why: while a fresh WAL grows, every commit's sync also has to record the
/// file's new size (a journal commit of the file system) and costs about twice a steady
/// commit (measured: 8 ms against 4 ms here). A short benchmark on a fresh database
/// would time mostly that start — more of it for the raw insert, whose small commits
/// take longer to fill the log. Both sides are timed in the steady state instead.
void warmUp(const fs::path& wal, const std::function<void()>& commitOnce) {
    std::uintmax_t size = 0;
    for (int unchanged = 0, commits = 0; unchanged < 20 && commits < 20'000; ++commits) {
        commitOnce();
        std::error_code ec;
        const std::uintmax_t now = fs::file_size(wal, ec);
        unchanged = now == size ? unchanged + 1 : 0;
        size = now;
    }
}

/// One RecordService for every run of BM_Submit, warmed up once.
parity::records::RecordService& submitService() {
    static parity::records::RecordService* service = [] {
        const auto location = parity::records::StoreLocation::at(freshPath("submit"));
        auto* made = new parity::records::RecordService(location, catalog());   // lives to the end of the run
        warmUp(location.database.string() + "-wal",
               [made] { made->submit("core.consent", consentAnswers(), "bench-clerk"); });
        return made;
    }();
    return *service;
}

void BM_Submit(benchmark::State& state) {
    parity::records::RecordService& service = submitService();
    const nlohmann::json& answers = consentAnswers();
    for (auto _ : state)
        benchmark::DoNotOptimize(service.submit("core.consent", answers, "bench-clerk"));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Submit)->Unit(benchmark::kMicrosecond)->UseRealTime()->MinTime(2.0);

/// The bytes a submit writes, for the raw insert: the stored answers and an audit row.
struct SubmitBytes {
    std::string answers;
    std::string auditRow;
};

const SubmitBytes& submitBytes() {
    static const SubmitBytes bytes = [] {
        SubmitBytes b;
        const auto session = parity::records::RecordService(parity::records::StoreLocation::at(freshPath("sizes")),
                                                            catalog())
                                 .validate("core.consent", consentAnswers());
        const nlohmann::ordered_json stored = session->answersToStore();
        b.answers = stored.dump();
        AuditEntry entry;
        entry.seq = 1;
        entry.at = parity::audit::utcNow();
        entry.actor = "bench-clerk";
        entry.action = parity::audit::action::Submitted;
        entry.recordId = 1;
        entry.formId = "core.consent";
        entry.version = 1;
        entry.changes = parity::records::fieldChanges(nlohmann::json::object(), stored).dump();
        entry.prevHash = parity::audit::kGenesisHash;
        entry.hash = parity::audit::entryHash(entry);
        b.auditRow = parity::audit::canonicalEncoding(entry) + entry.prevHash + entry.hash;
        return b;
    }();
    return bytes;
}

void check(sqlite3* db, int code, const char* what) {
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW)
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

/// The raw side: one plain table, the same pragmas, prepared statements, one
/// transaction per insert. Kept open for every run of BM_RawInsert, warmed up once.
class RawTable {
public:
    RawTable() : m_file(freshPath("raw")) {
        check(m_db, sqlite3_open_v2(m_file.c_str(), &m_db,
                                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr),
              "open");
        check(m_db, sqlite3_exec(m_db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                                       "CREATE TABLE t (id INTEGER PRIMARY KEY, answers TEXT NOT NULL, audit TEXT NOT NULL)",
                                 nullptr, nullptr, nullptr),
              "setup");
        check(m_db, sqlite3_prepare_v2(m_db, "BEGIN IMMEDIATE", -1, &m_begin, nullptr), "prepare");
        check(m_db, sqlite3_prepare_v2(m_db, "INSERT INTO t (answers, audit) VALUES (?, ?)", -1, &m_insert, nullptr),
              "prepare");
        check(m_db, sqlite3_prepare_v2(m_db, "COMMIT", -1, &m_commit, nullptr), "prepare");
        warmUp(m_file.string() + "-wal", [this] { insert(); });
    }
    ~RawTable() {
        sqlite3_finalize(m_begin);
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_commit);
        sqlite3_close(m_db);
    }
    void insert() {
        const SubmitBytes& bytes = submitBytes();
        check(m_db, sqlite3_step(m_begin), "begin");
        sqlite3_reset(m_begin);
        sqlite3_bind_text(m_insert, 1, bytes.answers.data(), int(bytes.answers.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 2, bytes.auditRow.data(), int(bytes.auditRow.size()), SQLITE_STATIC);
        check(m_db, sqlite3_step(m_insert), "insert");
        sqlite3_reset(m_insert);
        check(m_db, sqlite3_step(m_commit), "commit");
        sqlite3_reset(m_commit);
    }

private:
    fs::path m_file;
    sqlite3* m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr, *m_insert = nullptr, *m_commit = nullptr;
};

void BM_RawInsert(benchmark::State& state) {
    static RawTable table;
    const SubmitBytes& bytes = submitBytes();
    for (auto _ : state)
        table.insert();
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(bytes.answers.size() + bytes.auditRow.size()));
}
BENCHMARK(BM_RawInsert)->Unit(benchmark::kMicrosecond)->UseRealTime()->MinTime(2.0);

// ---- verify against raw SHA-256 ---------------------------------------------------------

/// The entries a working trail is made of, as RecordService writes them.
std::vector<AuditEntry> entryPatterns() {
    const nlohmann::json& answers = consentAnswers();
    const auto changes = parity::records::fieldChanges(nlohmann::json::object(), answers).dump();
    nlohmann::json amended = answers;
    amended["staff_name"] = "Robin Testwell-Amended";
    std::vector<AuditEntry> patterns(4);
    for (AuditEntry& e : patterns) {
        e.actor = "bench-clerk";
        e.formId = "core.consent";
        e.version = 1;
    }
    patterns[0].action = parity::audit::action::Submitted;
    patterns[0].changes = changes;
    patterns[1].action = parity::audit::action::Viewed;
    patterns[1].version.reset();
    patterns[2].action = parity::audit::action::Signed;
    patterns[2].actor = "bench-supervisor";
    patterns[3].action = parity::audit::action::Amended;
    patterns[3].version = 2;
    patterns[3].changes = parity::records::fieldChanges(answers, amended).dump();
    patterns[3].reason = "staff name was misspelt";
    return patterns;
}

struct BuiltTrail {
    fs::path database;
    std::int64_t entries = 0;
    std::string hashed;                   ///< prevHash ‖ canonical encoding, every entry
    std::vector<std::size_t> ends;        ///< where each entry's bytes end in `hashed`
};

/// Appends `count` entries through AuditTrail::append, 50,000 per transaction, and
/// advances the checkpoint after each commit. Keeps the hashed bytes if `keep`.
void buildTrail(BuiltTrail& trail, std::int64_t count, bool keep) {
    parity::store::Database db(trail.database);
    AuditTrail audit(db, std::make_shared<CheckpointFile>(CheckpointFile::defaultPathFor(trail.database),
                                                          CheckpointFile::defaultKeyPath()));
    audit.startCheckpointIfNew();
    const auto patterns = entryPatterns();
    constexpr std::int64_t kBatch = 50'000;
    for (std::int64_t done = 0; done < count;) {
        parity::store::Transaction transaction(db);
        for (std::int64_t i = 0; i < kBatch && done < count; ++i, ++done) {
            AuditEntry e = patterns[std::size_t(done % std::int64_t(patterns.size()))];
            e.recordId = done / std::int64_t(patterns.size()) + 1;
            const AuditEntry written = audit.append(e);
            if (keep) {
                trail.hashed += written.prevHash;
                trail.hashed += parity::audit::canonicalEncoding(written);
                trail.ends.push_back(trail.hashed.size());
            }
        }
        transaction.commit();
        audit.checkpointAfterCommit();
    }
    trail.entries = count;
}

const BuiltTrail& builtTrail(std::int64_t count) {
    static std::map<std::int64_t, BuiltTrail> trails;
    auto it = trails.find(count);
    if (it == trails.end()) {
        BuiltTrail trail;
        trail.database = freshPath("trail-" + std::to_string(count));
        buildTrail(trail, count, true);
        it = trails.emplace(count, std::move(trail)).first;
    }
    return it->second;
}

void BM_Verify(benchmark::State& state) {
    const BuiltTrail& trail = builtTrail(state.range(0));
    parity::store::Database db(trail.database);
    AuditTrail audit(db, std::make_shared<CheckpointFile>(CheckpointFile::defaultPathFor(trail.database),
                                                          CheckpointFile::defaultKeyPath()));
    for (auto _ : state) {
        const auto report = audit.verify();
        if (!report.ok || report.entries != trail.entries) {
            state.SkipWithError(("the trail does not verify: " + report.problem).c_str());
            break;
        }
    }
    state.SetItemsProcessed(std::int64_t(state.iterations()) * trail.entries);
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(trail.hashed.size()));
}
BENCHMARK(BM_Verify)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_RawSha256(benchmark::State& state) {
    const BuiltTrail& trail = builtTrail(state.range(0));
    const auto* bytes = reinterpret_cast<const unsigned char*>(trail.hashed.data());
    unsigned char digest[crypto_hash_sha256_BYTES];
    for (auto _ : state) {
        std::size_t begin = 0;
        for (std::size_t end : trail.ends) {
            crypto_hash_sha256(digest, bytes + begin, end - begin);
            benchmark::DoNotOptimize(digest);
            begin = end;
        }
    }
    state.SetItemsProcessed(std::int64_t(state.iterations()) * trail.entries);
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(trail.hashed.size()));
}
BENCHMARK(BM_RawSha256)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- peak memory of a long verify ---------------------------------------------------------

long peakRssKib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;   // KiB on Linux
}

int verifyMemory(std::int64_t count, fs::path database) {
    if (database.empty())
        database = freshPath("trail-" + std::to_string(count));
    const auto buildStart = std::chrono::steady_clock::now();
    if (!fs::exists(database)) {
        // Built in a child: its memory is not this process's peak.
        std::cout.flush();
        const pid_t child = fork();
        if (child < 0)
            throw std::runtime_error("fork failed");
        if (child == 0) {
            try {
                BuiltTrail trail;
                trail.database = database;
                buildTrail(trail, count, false);
                _exit(0);
            } catch (const std::exception& e) {
                std::cerr << "building the trail: " << e.what() << '\n';
                _exit(1);
            }
        }
        int status = 0;
        waitpid(child, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            return 2;
    }
    const double buildSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - buildStart).count();

    const long before = peakRssKib();
    const auto start = std::chrono::steady_clock::now();
    parity::store::Database db(database);
    AuditTrail audit(db, std::make_shared<CheckpointFile>(CheckpointFile::defaultPathFor(database),
                                                          CheckpointFile::defaultKeyPath()));
    const auto report = audit.verify();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const long peak = peakRssKib();
    nlohmann::ordered_json out{{"entries", report.entries},      {"ok", report.ok},
                               {"problem", report.problem},      {"build_seconds", buildSeconds},
                               {"verify_seconds", seconds},      {"peak_rss_kib_before_verify", before},
                               {"peak_rss_kib", peak},           {"database_bytes", fs::file_size(database)}};
    std::cout << out.dump() << std::endl;
    return report.ok && report.entries == count ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    std::string pattern = (fs::temp_directory_path() / "parity-bench-store-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        std::cerr << "cannot create a temporary folder\n";
        return 2;
    }
    g_dir = pattern;
    // Never the user's key or data: a signing key made here is thrown away with the folder.
    setenv("XDG_CONFIG_HOME", (g_dir / "config").c_str(), 1);
    setenv("XDG_DATA_HOME", (g_dir / "data").c_str(), 1);
    unsetenv("PARITY_AUDIT_KEY");
    unsetenv("PARITY_DB");
    struct Cleanup {
        ~Cleanup() {
            std::error_code ignored;
            fs::remove_all(g_dir, ignored);
        }
    } cleanup;

    try {
        for (int i = 1; i < argc; ++i) {
            if (std::strcmp(argv[i], "--verify-memory") == 0) {
                if (i + 1 >= argc) {
                    std::cerr << "usage: " << argv[0] << " --verify-memory N [--db PATH]\n";
                    return 2;
                }
                const std::int64_t count = std::stoll(argv[i + 1]);
                fs::path database;
                if (i + 3 < argc && std::strcmp(argv[i + 2], "--db") == 0)
                    database = argv[i + 3];
                return verifyMemory(count, database);
            }
        }
        benchmark::Initialize(&argc, argv);
        if (benchmark::ReportUnrecognizedArguments(argc, argv))
            return 2;
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
    } catch (const std::exception& e) {
        std::cerr << "parity_bench_store: " << e.what() << '\n';
        return 2;
    }
    return 0;
}
