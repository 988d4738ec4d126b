// DESIGN.md: "Killing the process at any instant loses nothing that was reported as
// saved, leaves no half-written record, and leaves a chain that verifies." And two
// processes writing one database at once lose nothing either; processes that start at
// the same moment on a new database, or a new installation, all get to work.
#include "fault_support.h"
#include "temp_dir.h"

#include "audit/checkpoint.h"
#include "audit/crypto.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <memory>
#include <random>
#include <set>

#include <signal.h>
#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using namespace parity::faults;
using parity::test::TempDir;

namespace {

const std::string kSubmitLoop = PARITY_FAULT_SUBMIT_LOOP;

std::vector<std::string> loopArgs(const fs::path& db) {
    return {"--db", db.string(), "--answers", consentAnswersFile().string()};
}

/// What the database holds after a crash, read with plain SQLite.
struct StoreContents {
    bool migrated = false;                   ///< the records table exists
    std::set<std::int64_t> records;          ///< every record id
    std::set<std::int64_t> completeRecords;  ///< submitted, version 1 stored, current_version 1
    std::set<std::int64_t> submittedEntries; ///< record ids with a 'submitted' audit entry
    std::int64_t auditEntries = 0;
};

/// integrity_check must say "ok"; then the rows, as plain SQL sees them.
StoreContents inspect(const fs::path& db) {
    StoreContents contents;
    if (!fs::exists(db))
        return contents;
    RawDb raw(db);
    const std::string integrity = raw.text("PRAGMA integrity_check");
    BOOST_TEST_REQUIRE(integrity == "ok", "PRAGMA integrity_check after a kill: " << integrity);
    if (raw.integer("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'records'") == 0)
        return contents;
    contents.migrated = true;
    for (auto id : raw.integers("SELECT id FROM records"))
        contents.records.insert(id);
    for (auto id : raw.integers("SELECT r.id FROM records r JOIN record_versions v ON v.record_id = r.id "
                                "AND v.version = 1 WHERE r.status = 'submitted' AND r.current_version = 1"))
        contents.completeRecords.insert(id);
    for (auto id : raw.integers("SELECT record_id FROM audit_log WHERE action = 'submitted' AND version = 1"))
        contents.submittedEntries.insert(id);
    contents.auditEntries = raw.integer("SELECT count(*) FROM audit_log");
    return contents;
}

/// The chain, through the same service the product uses (the checkpoint may lag the
/// database by the entry whose commit the kill interrupted: verify allows that).
parity::audit::VerifyReport verifyChain(const fs::path& db) {
    parity::records::RecordService service(locationOf(db), coreCatalog());
    return service.auditTrail().verify();
}

/// Every id that was reported must be a whole record with its audit entry; nothing
/// else may be in the database but whole records (at most one per kill unreported).
void checkNothingLost(const fs::path& db, const std::set<std::int64_t>& reported, const StoreContents& contents) {
    for (std::int64_t id : reported) {
        BOOST_TEST_REQUIRE(contents.records.count(id) == 1u, "record " << id << " was reported as saved but is gone");
        BOOST_TEST_REQUIRE(contents.submittedEntries.count(id) == 1u,
                           "record " << id << " has no 'submitted' audit entry");
    }
    BOOST_TEST_REQUIRE(contents.completeRecords == contents.records, "a half-written record is in " << db);
    BOOST_TEST_REQUIRE(contents.submittedEntries == contents.records,
                       "records and 'submitted' audit entries differ in " << db);
    BOOST_TEST_REQUIRE(contents.auditEntries == std::int64_t(contents.records.size()),
                       "an audit entry without its record (or the reverse) in " << db);
}

} // namespace

BOOST_AUTO_TEST_SUITE(Crash)

BOOST_AUTO_TEST_CASE(kill_9_at_random_instants_loses_nothing_reported_as_saved) {
    TempDir dir;
    const fs::path db = dir / "parity.db";
    constexpr int kRounds = 120;
    std::mt19937 random(20261123);   // fixed: a failure replays the same kill instants
    std::uniform_int_distribution<int> delayMicroseconds(0, 150'000);
    std::uniform_int_distribution<int> shortDelay(0, 1'500);

    std::set<std::int64_t> reported;
    std::size_t unreported = 0, kills = 0;
    std::size_t killsBeforeFirstId = 0, killsAfterCommitBeforeReport = 0, killsBeforeCommit = 0;
    for (int round = 0; round < kRounds; ++round) {
        ChildProcess child(kSubmitLoop, loopArgs(db), dir / "submit_loop.stderr");
        // Where the clock starts, by round:
        //   0 mod 4: at the spawn, 0-150 ms: kills land while the program starts, opens
        //            (and at first creates and migrates) the database, and submits;
        //   1 mod 4: at the round's first id, 0-150 ms: among submits, mostly while the
        //            disk syncs the WAL and the checkpoint (where the time goes);
        //   2, 3:    at the round's second id, 0-1.5 ms: in the next submit's validation,
        //            its transaction and its COMMIT.
        std::string from = "the spawn";
        std::chrono::microseconds delay{0};
        if (round % 4 == 0) {
            delay = std::chrono::microseconds(delayMicroseconds(random));
        } else {
            const std::size_t lines = round % 4 == 1 ? 1 : 2;
            BOOST_TEST_REQUIRE(child.waitForLines(lines, Clock::now() + 60s),
                               "round " << round << ": submit_loop printed no id: " << child.stderrText());
            from = lines == 1 ? "its first id" : "its second id";
            delay = std::chrono::microseconds(lines == 1 ? delayMicroseconds(random) : shortDelay(random));
        }
        child.readUntil(Clock::now() + delay);
        const int status = child.killAndReap(SIGKILL);
        BOOST_TEST_REQUIRE((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL),
                           "round " << round << ": submit_loop ended by itself: " << child.stderrText());
        ++kills;
        child.drain();   // what it wrote before the kill, still in the pipe
        for (std::int64_t id : parseIds(child.lines()))
            BOOST_TEST_REQUIRE(reported.insert(id).second, "round " << round << ": id " << id << " printed twice");

        const StoreContents contents = inspect(db);
        if (!contents.migrated) {
            BOOST_TEST_REQUIRE(reported.empty(), "ids were reported but the database has no records table");
            ++killsBeforeFirstId;
            continue;
        }
        BOOST_TEST_CONTEXT("round " << round << ", killed " << delay.count() << " us after " << from) {
            checkNothingLost(db, reported, contents);
            // A kill between COMMIT and the printf leaves one saved, unreported record.
            const std::size_t nowUnreported = contents.records.size() - reported.size();
            BOOST_TEST_REQUIRE(nowUnreported - unreported <= 1u);
            if (nowUnreported > unreported)
                ++killsAfterCommitBeforeReport;
            else if (child.lines().empty())
                ++killsBeforeFirstId;
            else
                ++killsBeforeCommit;
            unreported = nowUnreported;
            const auto report = verifyChain(db);
            BOOST_TEST_REQUIRE(report.ok, "entry " << report.firstBad.value_or(0) << ": " << report.problem);
            BOOST_TEST_REQUIRE(report.entries == std::int64_t(contents.records.size()));
        }
    }
    BOOST_TEST(kills == std::size_t(kRounds));
    BOOST_TEST(reported.size() > std::size_t(kRounds));   // the kills did land among submits
    BOOST_TEST_MESSAGE("kill -9: " << kills << " kills; " << reported.size() << " records reported as saved, all "
                                   << "present with their audit entries; " << reported.size() + unreported
                                   << " in the database; " << killsAfterCommitBeforeReport
                                   << " kills fell between a COMMIT and its id being printed, " << killsBeforeCommit
                                   << " after an id but before the next COMMIT, " << killsBeforeFirstId
                                   << " before the round's first COMMIT; integrity_check ok and the chain verifies "
                                      "after every kill");
}

BOOST_AUTO_TEST_CASE(two_processes_submitting_at_once_lose_nothing) {
    TempDir dir;
    const fs::path db = dir / "shared.db";
    // The database and the signing key exist already, as they do after Parity's first
    // run (processes creating them at the same moment: the two tests after this one).
    parity::audit::SigningKey::loadOrCreate(parity::audit::CheckpointFile::defaultKeyPath());
    { parity::records::RecordService made(locationOf(db), coreCatalog()); }

    constexpr std::size_t kEach = 50;
    ChildProcess first(kSubmitLoop, loopArgs(db), dir / "first.stderr");
    ChildProcess second(kSubmitLoop, loopArgs(db), dir / "second.stderr");
    const auto deadline = Clock::now() + 180s;
    bool firstOpen = true, secondOpen = true;   // until one stops: then the other cannot catch up
    // Until each has stored kEach and their ids interleave (the second starts a little
    // later; a fast first process could otherwise finish its kEach before it begins).
    auto interleaved = [&] {
        const auto firstIds = parseIds(first.lines()), secondIds = parseIds(second.lines());
        return !firstIds.empty() && !secondIds.empty() &&
               *std::min_element(secondIds.begin(), secondIds.end()) < *std::max_element(firstIds.begin(), firstIds.end()) &&
               *std::min_element(firstIds.begin(), firstIds.end()) < *std::max_element(secondIds.begin(), secondIds.end());
    };
    while ((first.lines().size() < kEach || second.lines().size() < kEach || !interleaved()) &&
           Clock::now() < deadline && firstOpen && secondOpen) {
        firstOpen = first.readUntil(Clock::now() + 2ms);
        secondOpen = second.readUntil(Clock::now() + 2ms);
    }
    BOOST_TEST_REQUIRE(first.lines().size() >= kEach, "first process: " << first.stderrText());
    BOOST_TEST_REQUIRE(second.lines().size() >= kEach, "second process: " << second.stderrText());
    first.killAndReap(SIGTERM);
    second.killAndReap(SIGTERM);
    first.drain();
    second.drain();

    const auto firstIds = parseIds(first.lines());
    const auto secondIds = parseIds(second.lines());
    std::set<std::int64_t> reported(firstIds.begin(), firstIds.end());
    reported.insert(secondIds.begin(), secondIds.end());
    BOOST_TEST(reported.size() == firstIds.size() + secondIds.size(), "an id was reported by both processes");
    // They really wrote at the same time: each one's ids fall between the other's.
    BOOST_TEST(*std::min_element(firstIds.begin(), firstIds.end()) < *std::max_element(secondIds.begin(), secondIds.end()));
    BOOST_TEST(*std::min_element(secondIds.begin(), secondIds.end()) < *std::max_element(firstIds.begin(), firstIds.end()));

    const StoreContents contents = inspect(db);
    BOOST_TEST_REQUIRE(contents.migrated);
    checkNothingLost(db, reported, contents);
    BOOST_TEST(contents.records.size() - reported.size() <= 2u);   // one per SIGTERM at most
    const auto report = verifyChain(db);
    BOOST_TEST(report.ok, "entry " << report.firstBad.value_or(0) << ": " << report.problem);
    BOOST_TEST(report.entries == std::int64_t(contents.records.size()));
    BOOST_TEST_MESSAGE("two processes: " << firstIds.size() << " + " << secondIds.size() << " records reported, "
                                         << contents.records.size() << " stored, chain verifies");
}

namespace {

/// Starts `count` submit_loops on `db` at once, waits until each has printed an id or
/// stopped, kills them, and returns what the ones that stopped said (empty if none did).
std::string startTogether(const fs::path& db, const fs::path& folder, int count,
                          const std::vector<std::string>& environment = {}) {
    std::vector<std::unique_ptr<ChildProcess>> children;
    for (int k = 0; k < count; ++k)
        children.push_back(std::make_unique<ChildProcess>(
            kSubmitLoop, loopArgs(db), folder / ("process-" + std::to_string(k) + ".stderr"), environment));
    for (auto& child : children)
        child->waitForLines(1, Clock::now() + 30s);   // or it stopped
    std::string problem;
    for (auto& child : children) {
        child->killAndReap(SIGKILL);
        child->drain();
        if (child->lines().empty())
            problem += "a process stopped: " + child->stderrText();
    }
    return problem;
}

} // namespace

// A process opening a database that another one is creating (it holds the write lock
// while the file is still in rollback-journal mode, as Parity does while it switches a
// new file to WAL) must wait for it, like any other writer, not give up. Regression test for a fixed bug: Database() runs PRAGMA journal_mode =
// WAL, which SQLite answers with SQLITE_BUSY at once, without calling the busy handler,
// when another connection holds a RESERVED lock on a rollback-mode file: "the database
// is busy (another Parity is writing); try again (database is locked) while PRAGMA
// journal_mode = WAL". Two clerks starting Parity on a new database at the same moment
// hit it (about one start in a hundred with four processes). Retry that pragma on
// SQLITE_BUSY until the busy timeout.
BOOST_AUTO_TEST_CASE(opening_a_database_that_another_process_is_creating_waits_for_it) {
    TempDir dir;
    parity::audit::SigningKey::loadOrCreate(parity::audit::CheckpointFile::defaultKeyPath());
    const fs::path db = dir / "parity.db";
    auto creator = std::make_unique<RawDb>(db, true);
    creator->exec("BEGIN IMMEDIATE; CREATE TABLE being_created (x)");
    ChildProcess probe(PARITY_FAULT_STORE_PROBE, {"--db", db.string(), "--answers", consentAnswersFile().string()},
                       dir / "probe.stderr");
    // Waiting, it prints nothing for as long as the lock is held; giving up, it reports.
    const bool gaveUp = probe.waitForLines(1, Clock::now() + 1s);
    creator->exec("ROLLBACK");
    creator.reset();
    probe.finish();
    BOOST_TEST_REQUIRE(probe.lines().size() == 1u, probe.stderrText());
    const auto report = nlohmann::json::parse(probe.lines().front());
    BOOST_TEST((!gaveUp && report["open"]["ok"] == true && report["submit"]["ok"] == true),
               "while another process held the lock: " << report.dump());
}

// Processes starting together on a new installation (no signing key yet) must all run,
// with one key. SigningKey::loadOrCreate checks for the file, then writes a new key to
// "<key>.new" and renames it into place. Two ways this goes wrong: the processes share
// "<key>.new", so one renames it away under the others and they stop ("cannot save the
// audit signing key ...: No such file or directory"); or each keeps the key it made,
// the last rename wins, and checkpoints signed with a losing key fail verification
// ("altered or made elsewhere"): a false alarm of tampering, for good. The race is
// narrow, so each attempt starts four processes on a migrated empty database (no
// migration lock to queue them) and the test stops at the first attempt that shows it
// (usually within a few dozen). Regression test for a fixed bug:
// write the new key to a unique temporary file (mkstemp), link(2) it to the key's name
// (EEXIST: another process won; load its key), or do the check-and-create under flock.
BOOST_AUTO_TEST_CASE(processes_starting_together_on_a_new_installation_agree_on_one_signing_key) {
    TempDir dir;
    const fs::path templateDb = dir / "template.db";
    { parity::records::RecordService made(locationOf(templateDb), coreCatalog()); }
    constexpr int kAttempts = 60;
    constexpr int kProcesses = 4;
    int attempt = 1;
    for (; attempt <= kAttempts; ++attempt) {
        const fs::path folder = dir / ("attempt-" + std::to_string(attempt));
        fs::create_directories(folder);
        const fs::path db = folder / "parity.db";
        fs::copy_file(templateDb, db);
        const fs::path key = folder / "audit-signing.key";
        std::string problem = startTogether(db, folder, kProcesses, {"PARITY_AUDIT_KEY=" + key.string()});
        if (problem.empty()) {
            auto location = locationOf(db);
            location.signingKey = key;
            try {
                parity::records::RecordService service(location, coreCatalog());
                const auto report = service.auditTrail().verify();
                if (!report.ok)
                    problem = report.problem;
            } catch (const std::exception& e) {
                problem = e.what();
            }
        }
        if (!problem.empty()) {
            BOOST_ERROR("attempt " << attempt << ": " << problem);
            break;
        }
    }
    BOOST_TEST_MESSAGE("first use by " << kProcesses << " processes at once: "
                                       << (attempt > kAttempts ? "one key in all " + std::to_string(kAttempts) +
                                                                     " attempts"
                                                               : "the race showed at attempt " +
                                                                     std::to_string(attempt)));
}

BOOST_AUTO_TEST_SUITE_END()
