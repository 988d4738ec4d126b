// Hostile environments: a file that is not a database, a read-only database, a full
// disk, a database from a newer Parity and one from an older Parity. Each is refused
// (or migrated) with a message a person can act on, half-writes nothing, and leaves a
// database that still opens.
#include "fault_support.h"
#include "run_command.h"
#include "temp_dir.h"

#include "audit/checkpoint.h"
#include "store/migrations.h"

#include <boost/test/unit_test.hpp>

#include <sqlite3.h>

#include <map>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using namespace parity::faults;
using parity::records::RecordService;
using parity::store::StoreError;
using parity::test::TempDir;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

/// The names in `folder`, sorted.
std::vector<std::string> listing(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

struct Counts {
    std::int64_t records, versions, entries;
    bool operator==(const Counts&) const = default;
};
std::ostream& operator<<(std::ostream& out, const Counts& c) {
    return out << c.records << " records, " << c.versions << " versions, " << c.entries << " audit entries";
}

/// Every table, index and trigger with its SQL, in name order.
std::string schemaOf(const fs::path& db) {
    RawDb raw(db);
    return raw.text("SELECT group_concat(type || ' ' || name || ': ' || coalesce(sql, ''), char(10)) FROM "
                    "(SELECT * FROM sqlite_master ORDER BY name)");
}

Counts countsOf(const fs::path& db) {
    RawDb raw(db);
    return {raw.integer("SELECT count(*) FROM records"), raw.integer("SELECT count(*) FROM record_versions"),
            raw.integer("SELECT count(*) FROM audit_log")};
}

void requireChainVerifies(RecordService& service, std::int64_t entries) {
    const auto report = service.auditTrail().verify();
    BOOST_TEST_REQUIRE(report.ok, "entry " << report.firstBad.value_or(0) << ": " << report.problem);
    BOOST_TEST(report.entries == entries);
}

constexpr uid_t kNobody = 65534;

/// Runs store_probe on `db` and returns its JSON report. As root it runs as uid 65534
/// (and `dir` is handed to that user, only so that it can reach `db`): root ignores
/// file modes, the tests need the kernel to refuse.
nlohmann::json runProbe(const TempDir& dir, const fs::path& db, const std::vector<std::string>& environment) {
    std::vector<std::string> args{"--db", db.string(), "--answers", consentAnswersFile().string()};
    if (::geteuid() == 0) {
        args.insert(args.end(), {"--as-uid", std::to_string(kNobody)});
        BOOST_TEST_REQUIRE(::chown(dir.path().c_str(), kNobody, kNobody) == 0);
    }
    ChildProcess child(PARITY_FAULT_STORE_PROBE, args, dir / "probe.stderr", environment);
    const int status = child.finish();
    BOOST_TEST_REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0), "store_probe failed: " << child.stderrText());
    BOOST_TEST_REQUIRE(child.lines().size() == 1u);
    return nlohmann::json::parse(child.lines().front());
}

/// The same with this installation's signing key (as root: a copy the probe's user owns).
nlohmann::json probe(const TempDir& dir, const fs::path& db) {
    std::vector<std::string> environment;
    if (::geteuid() == 0) {
        const fs::path key = dir / "probe-audit-signing.key";
        fs::copy_file(parity::audit::CheckpointFile::defaultKeyPath(), key, fs::copy_options::overwrite_existing);
        BOOST_TEST_REQUIRE(::chown(key.c_str(), kNobody, kNobody) == 0);
        environment.push_back("PARITY_AUDIT_KEY=" + key.string());
    }
    return runProbe(dir, db, environment);
}

/// parity-cli with `args`, as the probe's user when run as root (root ignores file
/// modes), with this installation's signing key (as root: a copy that user can read).
parity::test::CommandResult cliWithoutWriteAccess(const TempDir& dir, const std::vector<std::string>& args) {
    fs::path key = parity::audit::CheckpointFile::defaultKeyPath();
    std::vector<std::string> command;
    if (::geteuid() == 0) {
        BOOST_TEST_REQUIRE(::chown(dir.path().c_str(), kNobody, kNobody) == 0);
        const fs::path copy = dir / "auditor-signing.key";
        fs::copy_file(key, copy, fs::copy_options::overwrite_existing);
        BOOST_TEST_REQUIRE(::chown(copy.c_str(), kNobody, kNobody) == 0);
        key = copy;
    }
    command.push_back("PARITY_AUDIT_KEY=" + key.string());
    if (::geteuid() == 0)
        command.insert(command.end(), {"/usr/bin/setpriv", "--reuid=" + std::to_string(kNobody),
                                       "--regid=" + std::to_string(kNobody), "--clear-groups"});
    command.push_back(PARITY_CLI_PATH);
    command.insert(command.end(), args.begin(), args.end());
    return parity::test::runCommand("/usr/bin/env", command);
}

/// Makes `folder` and every file in it read-only (files 0444, folder 0555).
void writeProtect(const fs::path& folder) {
    const auto readOnly = fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read;
    for (const auto& entry : fs::directory_iterator(folder))
        fs::permissions(entry.path(), readOnly);
    fs::permissions(folder, readOnly | fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec);
}

void writeUnprotect(const fs::path& folder) {
    fs::permissions(folder, fs::perms::owner_all);
    for (const auto& entry : fs::directory_iterator(folder))
        fs::permissions(entry.path(), fs::perms::owner_read | fs::perms::owner_write);
}

/// Every file in `folder` with its bytes.
std::map<std::string, std::string> snapshot(const fs::path& folder) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(folder))
        files[entry.path().filename().string()] = readFile(entry.path());
    return files;
}

} // namespace

BOOST_AUTO_TEST_SUITE(BadEnvironments)

BOOST_AUTO_TEST_CASE(a_text_file_is_refused_as_not_a_parity_database_and_left_unchanged) {
    TempDir dir;
    std::string longText;
    for (int line = 1; line <= 200; ++line)
        longText += "Client notes, line " + std::to_string(line) + ": this is a text file, not a database.\n";
    for (const std::string& text : {longText, std::string("hello\n")}) {
        BOOST_TEST_CONTEXT(text.size() << "-byte text file") {
            const fs::path file = dir / "notes.db";
            parity::test::writeFile(file, text);
            for (int attempt = 1; attempt <= 2; ++attempt) {   // the first attempt left nothing behind
                try {
                    RecordService service(locationOf(file), coreCatalog());
                    BOOST_ERROR("a text file opened as a database");
                } catch (const StoreError& e) {
                    BOOST_TEST(contains(e.what(), "this file is not a Parity database"), e.what());
                    BOOST_TEST(contains(e.what(), file.string()), e.what());
                    BOOST_TEST((e.code() & 0xff) == SQLITE_NOTADB);
                    BOOST_TEST(!e.isFull());
                    BOOST_TEST(!e.isReadOnly());
                }
            }
            BOOST_TEST((readFile(file) == text));
            BOOST_TEST(listing(dir.path()) == std::vector<std::string>{"notes.db"});   // no -wal, -shm, checkpoint

            // The CLI says the same, as an environment error (exit 3).
            const auto cli = parity::test::runCli({"records", "--db", file.string()});
            BOOST_TEST(cli.exitCode == 3, cli.err);
            BOOST_TEST(contains(cli.err, "this file is not a Parity database"), cli.err);
            BOOST_TEST((readFile(file) == text));
            fs::remove(file);
        }
    }
}

// query_only makes the service's own connection read-only: the StoreError path of a
// write that SQLite refuses, taken by the real submit/sign code.
BOOST_AUTO_TEST_CASE(a_read_only_connection_refuses_the_write_as_read_only_and_keeps_nothing_of_it) {
    TempDir dir;
    const fs::path db = dir / "parity.db";
    RecordService service(locationOf(db), coreCatalog());
    const auto answers = consentAnswers();
    const std::int64_t first = service.submit("core.consent", answers, "clerk");
    service.database().execute("PRAGMA query_only = 1");
    try {
        service.submit("core.consent", answers, "clerk");
        BOOST_ERROR("a read-only connection stored a record");
    } catch (const StoreError& e) {
        BOOST_TEST(e.isReadOnly(), e.what());
        BOOST_TEST(contains(e.what(), "the database is read-only here; nothing was saved"), e.what());
    }
    try {
        service.sign(first, "supervisor");
        BOOST_ERROR("a read-only connection signed a record");
    } catch (const StoreError& e) {
        BOOST_TEST(e.isReadOnly(), e.what());
    }
    BOOST_TEST(countsOf(db) == (Counts{1, 1, 1}));
    BOOST_TEST(parity::store::statusName(service.load(first).summary.status) == "submitted");
    requireChainVerifies(service, 1);

    service.database().execute("PRAGMA query_only = 0");
    const std::int64_t second = service.submit("core.consent", answers, "clerk");
    BOOST_TEST(second == first + 1);
    requireChainVerifies(service, 2);
}

// The operating system's read-only: the file 0444 in a folder 0555. Root ignores modes,
// so as root the probe program drops to uid 65534 first: the refusal is the kernel's.
BOOST_AUTO_TEST_CASE(a_write_protected_database_is_refused_as_read_only_and_left_unchanged) {
    TempDir dir;
    const fs::path folder = dir / "records";
    const fs::path db = folder / "parity.db";
    {
        RecordService service(locationOf(db), coreCatalog());
        service.submit("core.consent", consentAnswers(), "clerk");
    }   // closed: the WAL is checkpointed into the file and removed
    const auto checkpoint = parity::audit::CheckpointFile::defaultPathFor(db);
    const std::string dbBytes = readFile(db), checkpointBytes = readFile(checkpoint);
    const auto before = listing(folder);
    fs::permissions(db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(checkpoint, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);

    const nlohmann::json report = probe(dir, db);
    BOOST_TEST_MESSAGE("store_probe on a write-protected database: " << report.dump());
    // Refused when opening or when writing; either way as read-only, in words.
    const nlohmann::json& refusal = report["open"]["ok"].get<bool>() ? report["submit"] : report["open"];
    BOOST_TEST_REQUIRE(!refusal["ok"].get<bool>(), "a write-protected database took a record: " << report.dump());
    BOOST_TEST(refusal.value("readonly", false), report.dump());
    BOOST_TEST(contains(refusal["error"].get<std::string>(), "read-only"), report.dump());

    fs::permissions(folder, fs::perms::owner_all);
    fs::permissions(db, fs::perms::owner_read | fs::perms::owner_write);
    fs::permissions(checkpoint, fs::perms::owner_read | fs::perms::owner_write);
    BOOST_TEST((readFile(db) == dbBytes));
    BOOST_TEST((readFile(checkpoint) == checkpointBytes));
    BOOST_TEST(listing(folder) == before);
    RecordService service(locationOf(db), coreCatalog());
    BOOST_TEST(countsOf(db) == (Counts{1, 1, 1}));
    requireChainVerifies(service, 1);
    service.submit("core.consent", consentAnswers(), "clerk");
    requireChainVerifies(service, 2);
}

// max_page_count caps the file as a full disk would: SQLite answers SQLITE_FULL.
BOOST_AUTO_TEST_CASE(a_full_disk_fails_the_submit_as_full_and_keeps_nothing_of_it) {
    TempDir dir;
    const fs::path db = dir / "parity.db";
    RecordService service(locationOf(db), coreCatalog());
    const auto answers = consentAnswers();
    service.submit("core.consent", answers, "clerk");
    std::int64_t pages = 0;
    {
        parity::store::Statement count(service.database(), "PRAGMA page_count");
        count.step();
        pages = count.integer(0);
    }
    service.database().execute("PRAGMA max_page_count = " + std::to_string(pages + 3));

    std::int64_t saved = 1, lastId = 1;
    std::optional<std::string> failure;
    for (int attempt = 0; attempt < 1000 && !failure; ++attempt) {
        try {
            lastId = service.submit("core.consent", answers, "clerk");
            ++saved;
        } catch (const StoreError& e) {
            BOOST_TEST(e.isFull(), e.what());
            failure = e.what();
        }
    }
    BOOST_TEST_REQUIRE(failure.has_value(), "1000 submits fitted in " << pages + 3 << " pages");
    BOOST_TEST_MESSAGE("full after " << saved << " records: " << *failure);
    BOOST_TEST(contains(*failure, "is full; nothing was saved"), *failure);
    BOOST_TEST(saved >= 2);   // the limit was reached by submitting, not set below the file

    // Nothing of the failed submit: no record row, no version, no audit entry.
    BOOST_TEST(countsOf(db) == (Counts{saved, saved, saved}));
    {
        RawDb raw(db);
        BOOST_TEST(raw.integer("SELECT max(id) FROM records") == lastId);
        BOOST_TEST(raw.integer("SELECT count(*) FROM audit_log WHERE record_id > " + std::to_string(lastId)) == 0);
    }
    requireChainVerifies(service, saved);

    service.database().execute("PRAGMA max_page_count = 1073741823");
    const std::int64_t next = service.submit("core.consent", answers, "clerk");
    BOOST_TEST(next == lastId + 1);
    BOOST_TEST(countsOf(db) == (Counts{saved + 1, saved + 1, saved + 1}));
    requireChainVerifies(service, saved + 1);
}

// An auditor's read-only copy (file 0444, folder 0555; as root, run as uid 65534):
// records, audit log and audit verify work and write nothing; show refuses because a
// view must be logged; submit refuses as read-only. Nothing in the folder changes.
BOOST_AUTO_TEST_CASE(a_write_protected_database_can_be_listed_logged_and_verified) {
    TempDir dir;
    const fs::path folder = dir / "records";
    const fs::path db = folder / "parity.db";
    {
        RecordService service(locationOf(db), coreCatalog());
        const std::int64_t first = service.submit("core.consent", consentAnswers(), "clerk");
        service.submit("core.consent", consentAnswers(), "clerk");
        service.sign(first, "supervisor");
    }   // closed: no -wal or -shm left, as in a copy made after Parity closed
    const auto before = snapshot(folder);
    writeProtect(folder);

    const auto records = cliWithoutWriteAccess(dir, {"records", "--json", "--db", db.string()});
    BOOST_TEST(records.exitCode == 0, records.err);
    BOOST_TEST((records.exitCode == 0 && nlohmann::json::parse(records.out).size() == 2u), records.out);

    const auto log = cliWithoutWriteAccess(dir, {"audit", "log", "--json", "--db", db.string()});
    BOOST_TEST(log.exitCode == 0, log.err);
    BOOST_TEST((log.exitCode == 0 && nlohmann::json::parse(log.out).size() == 3u), log.out);

    const auto verify = cliWithoutWriteAccess(dir, {"audit", "verify", "--db", db.string()});
    BOOST_TEST(verify.exitCode == 0, verify.out << verify.err);
    BOOST_TEST(verify.out == "audit trail intact: 3 entries verified, signed checkpoint at entry 3 matches\n",
               verify.out << verify.err);

    const auto show = cliWithoutWriteAccess(dir, {"show", "1", "--db", db.string(), "--user", "auditor"});
    BOOST_TEST(show.exitCode == 3, show.out << show.err);
    BOOST_TEST(show.out.empty(), show.out);
    BOOST_TEST(contains(show.err, "record 1 was not shown"), show.err);
    BOOST_TEST(contains(show.err, "is read-only here, and every showing of a record is logged as a view"), show.err);

    const auto submit = cliWithoutWriteAccess(dir, {"submit", "--form", "core.consent", "--answers",
                                                    consentAnswersFile().string(), "--user", "clerk", "--db",
                                                    db.string()});
    BOOST_TEST(submit.exitCode == 3, submit.out << submit.err);
    BOOST_TEST(contains(submit.err, "the database is read-only here"), submit.err);
    BOOST_TEST(contains(submit.err, "nothing was saved"), submit.err);

    writeUnprotect(folder);
    BOOST_TEST((snapshot(folder) == before), "the read-only folder changed");
    RecordService service(locationOf(db), coreCatalog());
    requireChainVerifies(service, 3);
}

// A copy taken while Parity was running: the newest changes are still in the -wal file.
// With its -shm file the copy is read in full (the newest entries included); without
// it, in a folder SQLite may not write, SQLite cannot read the log, and reading the
// database without it would silently miss the newest entries: refused, saying why.
BOOST_AUTO_TEST_CASE(a_read_only_copy_with_its_write_ahead_log_is_read_in_full_or_refused) {
    TempDir dir;
    const fs::path live = dir / "live" / "parity.db";
    RecordService service(locationOf(live), coreCatalog());
    for (int i = 0; i < 3; ++i)
        service.submit("core.consent", consentAnswers(), "clerk");
    service.auditTrail().waitForCheckpoint();   // copied once its checkpoint is written, as a backup would be
    BOOST_TEST_REQUIRE(fs::file_size(live.string() + "-wal") > 0u);
    auto copyTo = [&](const std::string& name, std::vector<std::string> suffixes) {
        const fs::path target = dir / name / "parity.db";
        fs::create_directories(target.parent_path());
        for (const std::string& suffix : suffixes)
            fs::copy_file(live.string() + suffix, target.string() + suffix);
        writeProtect(target.parent_path());
        return target;
    };
    const fs::path whole = copyTo("with-shm", {"", "-wal", "-shm", ".checkpoint"});
    const fs::path noIndex = copyTo("without-shm", {"", "-wal", ".checkpoint"});

    const auto verify = cliWithoutWriteAccess(dir, {"audit", "verify", "--db", whole.string()});
    BOOST_TEST(verify.exitCode == 0, verify.out << verify.err);
    BOOST_TEST(contains(verify.out, "audit trail intact: 3 entries verified"), verify.out << verify.err);

    const auto refused = cliWithoutWriteAccess(dir, {"audit", "verify", "--db", noIndex.string()});
    BOOST_TEST(refused.exitCode == 3, refused.out << refused.err);
    BOOST_TEST(contains(refused.err, "the newest changes are in " + noIndex.string() + "-wal"), refused.err);
    writeUnprotect(whole.parent_path());
    writeUnprotect(noIndex.parent_path());
}

BOOST_AUTO_TEST_CASE(a_database_from_a_newer_parity_is_refused_naming_both_versions_and_left_alone) {
    TempDir dir;
    const fs::path db = dir / "future.db";
    {
        RawDb raw(db, true);
        raw.exec("PRAGMA journal_mode = WAL; CREATE TABLE things_from_the_future (what TEXT); "
                 "INSERT INTO things_from_the_future VALUES ('kept'); PRAGMA user_version = 999");
    }
    const std::string bytes = readFile(db);
    const int current = parity::store::currentSchemaVersion();
    for (int attempt = 1; attempt <= 2; ++attempt) {
        try {
            RecordService service(locationOf(db), coreCatalog());
            BOOST_ERROR("a newer database opened");
        } catch (const StoreError& e) {
            BOOST_TEST(contains(e.what(), "made by a newer Parity"), e.what());
            BOOST_TEST(contains(e.what(), "schema 999"), e.what());
            BOOST_TEST(contains(e.what(), "knows up to " + std::to_string(current)), e.what());
            BOOST_TEST(contains(e.what(), "nothing was changed"), e.what());
        }
    }
    BOOST_TEST((readFile(db) == bytes));
    BOOST_TEST(!fs::exists(parity::audit::CheckpointFile::defaultPathFor(db)));
    RawDb raw(db);
    BOOST_TEST(raw.integer("PRAGMA user_version") == 999);
    BOOST_TEST(raw.text("SELECT group_concat(name) FROM sqlite_master") == "things_from_the_future");
    BOOST_TEST(raw.text("SELECT what FROM things_from_the_future") == "kept");
    BOOST_TEST(raw.text("PRAGMA integrity_check") == "ok");
}

// The same, for a newer database in rollback-journal mode: opening it must not switch
// it to WAL either ("nothing was changed"). Regression test for a fixed bug: Database() runs PRAGMA journal_mode = WAL before migrate() reads
// user_version; read the version first and refuse before any pragma that writes.
BOOST_AUTO_TEST_CASE(a_refused_newer_database_keeps_its_journal_mode) {
    TempDir dir;
    const fs::path db = dir / "future.db";
    {
        RawDb raw(db, true);
        raw.exec("CREATE TABLE things_from_the_future (what TEXT); PRAGMA user_version = 999");
    }
    const std::string bytes = readFile(db);
    BOOST_CHECK_THROW(RecordService(locationOf(db), coreCatalog()), StoreError);
    RawDb raw(db);
    BOOST_TEST(raw.integer("PRAGMA user_version") == 999);
    BOOST_TEST(raw.text("PRAGMA journal_mode") == "delete");
    BOOST_TEST((readFile(db) == bytes));
}

// A signing key that exists but cannot be read (wrong owner after a restore, say) must
// be reported, never silently replaced: a new key makes every checkpoint signed so far
// fail ("altered or made elsewhere"). Regression test for a fixed bug: SigningKey::loadOrCreate treated "cannot open" as "does not exist" and renames
// a new key over it; it should create only when the file does not exist (ENOENT) and
// throw EnvironmentError naming the file otherwise.
BOOST_AUTO_TEST_CASE(an_unreadable_signing_key_is_reported_and_not_replaced) {
    TempDir dir;
    const fs::path keyFolder = dir / "config";
    const fs::path key = keyFolder / "audit-signing.key";
    parity::audit::SigningKey::loadOrCreate(key);
    const std::string keyBytes = readFile(key);
    if (::geteuid() == 0)   // the probe's user owns the folder, root keeps the key (0600)
        BOOST_TEST_REQUIRE(::chown(keyFolder.c_str(), kNobody, kNobody) == 0);
    else
        fs::permissions(key, fs::perms::none);

    const nlohmann::json report = runProbe(dir, dir / "parity.db", {"PARITY_AUDIT_KEY=" + key.string()});
    BOOST_TEST_MESSAGE("store_probe with an unreadable signing key: " << report.dump());
    fs::permissions(key, fs::perms::owner_read | fs::perms::owner_write);
    BOOST_TEST(!report["open"]["ok"].get<bool>(), report.dump());
    BOOST_TEST(contains(report["open"].value("error", ""), key.string()), report.dump());
    BOOST_TEST((readFile(key) == keyBytes), "the signing key " << key << " was replaced");
}

// A submit that throws must have stored nothing; one that stored must say so. The
// checkpoint is written after COMMIT, and if writing it fails the exception reaches
// the caller although the record is saved: a clerk told "not saved" submits it again.
// (A folder where the checkpoint's lock file goes: even root cannot open it to write.)
// A failure to advance the checkpoint must not throw out of submit/amend/sign; the
// checkpoint may lag (verify allows that) and the next advance catches up.
BOOST_AUTO_TEST_CASE(a_checkpoint_that_cannot_be_written_does_not_report_a_saved_record_as_failed) {
    TempDir dir;
    const fs::path db = dir / "parity.db";
    const auto checkpoint = parity::audit::CheckpointFile::defaultPathFor(db);
    RecordService service(locationOf(db), coreCatalog());
    service.submit("core.consent", consentAnswers(), "clerk");
    service.auditTrail().waitForCheckpoint();   // the checkpoint is on disk; now its lock breaks
    fs::remove(checkpoint.string() + ".lock");
    fs::create_directory(checkpoint.string() + ".lock");

    std::optional<std::int64_t> id;
    std::string error;
    try {
        id = service.submit("core.consent", consentAnswers(), "clerk");
    } catch (const parity::Error& e) {
        error = e.what();
    }
    const std::int64_t records = countsOf(db).records;
    BOOST_TEST_MESSAGE("submit with an unwritable checkpoint: " << (id ? "returned an id" : "threw: " + error)
                                                                  << "; records stored: " << records);
    BOOST_TEST((id ? records == 2 : records == 1),
               "the submit " << (id ? "returned an id" : "failed (" + error + ")") << " and " << records
                             << " records are stored");
    // The checkpoint writer syncs in the background: its failure is known once it is done.
    service.auditTrail().waitForCheckpoint();
    BOOST_TEST(!service.auditTrail().checkpointProblem().empty());
    // Either way the chain verifies: the checkpoint lags one entry behind, as after a kill.
    fs::remove(checkpoint.string() + ".lock");
    requireChainVerifies(service, records);
    service.submit("core.consent", consentAnswers(), "clerk");
    requireChainVerifies(service, records + 1);
}

BOOST_AUTO_TEST_CASE(an_older_database_is_migrated_to_the_current_schema_and_keeps_its_data) {
    TempDir dir;
    const fs::path db = dir / "old.db";
    const auto location = locationOf(db);
    const std::string answers = consentAnswers().dump();
    std::string hash;
    {
        // What Parity with schema 1 left: 001 applied, one submitted record with its
        // audit entry, and the signed checkpoint of that entry.
        RawDb raw(db, true);
        raw.exec("PRAGMA journal_mode = WAL");
        raw.exec(readFile(fs::path(PARITY_SOURCE_DIR) / "schemas" / "sql" / "001_records_and_audit.sql"));
        raw.exec("PRAGMA user_version = 1");
        const std::string at = "2026-01-05T10:00:00.000000Z";
        raw.exec("INSERT INTO records (id, form_id, client_id, client_name, status, current_version, created_by, "
                 "created_at, updated_at) VALUES (7, 'core.consent', 'C-20431', 'María Ejemplo Ficticia', "
                 "'submitted', 1, 'old-clerk', '" + at + "', '" + at + "')");
        sqlite3_stmt* insert = nullptr;
        BOOST_TEST_REQUIRE(sqlite3_prepare_v2(raw.handle(),
                                              "INSERT INTO record_versions (record_id, version, form_id, "
                                              "form_version, answers, author, created_at) VALUES "
                                              "(7, 1, 'core.consent', '1.0.0', ?, 'old-clerk', ?)",
                                              -1, &insert, nullptr) == SQLITE_OK);
        sqlite3_bind_text(insert, 1, answers.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, at.c_str(), -1, SQLITE_TRANSIENT);
        BOOST_TEST_REQUIRE(sqlite3_step(insert) == SQLITE_DONE);
        sqlite3_finalize(insert);
        parity::audit::AuditEntry entry;
        entry.seq = 1;
        entry.at = at;
        entry.actor = "old-clerk";
        entry.action = parity::audit::action::Submitted;
        entry.recordId = 7;
        entry.formId = "core.consent";
        entry.version = 1;
        entry.prevHash = parity::audit::kGenesisHash;
        entry.hash = hash = parity::audit::entryHash(entry);
        raw.exec("INSERT INTO audit_log (seq, at, actor, action, record_id, form_id, version, prev_hash, hash) "
                 "VALUES (1, '" + at + "', 'old-clerk', 'submitted', 7, 'core.consent', 1, '" + entry.prevHash +
                 "', '" + hash + "')");
        const std::string databaseId = raw.text("SELECT value FROM meta WHERE key = 'database_id'");
        parity::audit::CheckpointFile(location.checkpoint, location.signingKey).advance({databaseId, 1, hash});
    }

    RecordService service(location, coreCatalog());
    BOOST_TEST(service.database().schemaVersion() == parity::store::currentSchemaVersion());
    {
        RawDb raw(db);
        BOOST_TEST(raw.integer("PRAGMA user_version") == parity::store::currentSchemaVersion());
        // 002 made these two indexes, 004 dropped them again (with 001's records_by_client).
        BOOST_TEST(raw.integer("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                               "('records_by_status', 'audit_by_action', 'records_by_client')") == 0);
        BOOST_TEST(raw.integer("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                               "('records_by_form', 'audit_by_record')") == 2);
        BOOST_TEST(raw.text("PRAGMA integrity_check") == "ok");
    }
    // Every later migration applied: the same tables, indexes and triggers as a new database.
    {
        const fs::path fresh = dir / "fresh.db";
        RecordService made(locationOf(fresh), coreCatalog());
        BOOST_TEST(schemaOf(db) == schemaOf(fresh));
    }
    const auto record = service.load(7);
    BOOST_TEST(record.summary.createdBy == "old-clerk");
    BOOST_TEST(record.summary.clientName == "María Ejemplo Ficticia");
    BOOST_TEST(parity::store::statusName(record.summary.status) == "submitted");
    BOOST_TEST_REQUIRE(record.versions.size() == 1u);
    BOOST_TEST(record.current()->answers.dump() == answers);
    requireChainVerifies(service, 1);

    const std::int64_t next = service.submit("core.consent", consentAnswers(), "clerk");
    BOOST_TEST(next == 8);
    requireChainVerifies(service, 2);
    BOOST_TEST(countsOf(db) == (Counts{2, 2, 2}));
}

BOOST_AUTO_TEST_SUITE_END()
