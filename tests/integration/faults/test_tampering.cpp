// Tampering behind Parity's back, with plain SQLite (the C API, as the sqlite3 shell
// would): every kind of edit to the audit trail, and to its signed checkpoint, is found
// by verify, which names the first entry that does not match.
#include "fault_support.h"
#include "run_command.h"
#include "temp_dir.h"

#include "audit/checkpoint.h"

#include <boost/test/unit_test.hpp>

#include <sqlite3.h>

namespace fs = std::filesystem;
using namespace parity::faults;
using parity::audit::AuditEntry;
using parity::audit::VerifyReport;
using parity::records::RecordService;
using parity::test::TempDir;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const char* kUpdateRefused = "the audit trail is append-only: entries cannot be changed";
const char* kDeleteRefused = "the audit trail is append-only: entries cannot be deleted";

/// A database with 7 entries made the ordinary way: 1-3 submitted, 4 signed (record 1),
/// 5 amended (record 2), 6 signed (record 2), 7 viewed (record 3). Each test case
/// tampers with its own copy of the database and of its checkpoint.
class Trail {
public:
    static constexpr std::int64_t kEntries = 7;

    Trail() {
        const fs::path db = m_dir / "source" / "parity.db";
        RecordService service(locationOf(db), coreCatalog());
        // Each change's checkpoint reaches the file before the next change, so that the
        // two slots hold entries 7 and 6 (the tests below tear or edit them). Without the
        // waits the writer may fold quick changes into one checkpoint, which is its job.
        auto settled = [&service](auto result) {
            service.auditTrail().waitForCheckpoint();
            return result;
        };
        auto answers = consentAnswers();
        const std::int64_t first = settled(service.submit("core.consent", answers, "clerk"));
        const std::int64_t second = settled(service.submit("core.consent", answers, "clerk"));
        const std::int64_t third = settled(service.submit("core.consent", answers, "clerk"));
        service.sign(first, "supervisor");
        service.auditTrail().waitForCheckpoint();
        answers["staff_name"] = "Robin Testwell-Amended";
        service.amend(second, answers, "staff name was misspelt", "clerk");
        service.auditTrail().waitForCheckpoint();
        service.sign(second, "supervisor");
        service.auditTrail().waitForCheckpoint();
        service.view(third, "auditor");
        const auto report = service.auditTrail().verify();
        BOOST_TEST_REQUIRE(report.ok, report.problem);
        BOOST_TEST_REQUIRE(report.entries == kEntries);
        BOOST_TEST_REQUIRE(report.checkpointSeq.value_or(0) == kEntries);
    }   // the service is closed: the WAL is folded into the file

    /// A fresh copy of the database and its checkpoint, named like the original.
    fs::path copy(const std::string& name) {
        const fs::path source = m_dir / "source" / "parity.db";
        const fs::path target = m_dir / name / "parity.db";
        fs::create_directories(target.parent_path());
        for (const char* suffix : {"", "-wal", ".checkpoint"})
            if (fs::exists(source.string() + suffix))
                fs::copy_file(source.string() + suffix, target.string() + suffix);
        return target;
    }

private:
    TempDir m_dir;
};

/// verify(), as `parity-cli audit verify` runs it.
VerifyReport verify(const fs::path& db) {
    RecordService service(locationOf(db), coreCatalog());
    return service.auditTrail().verify();
}

/// verify() through the store and trail alone: RecordService's constructor throws when
/// the checkpoint's signature is bad (startCheckpointIfNew reads it); this still reports.
VerifyReport verifyWithoutService(const fs::path& db) {
    parity::store::Database database(db);
    parity::audit::AuditTrail trail(database, std::make_shared<parity::audit::CheckpointFile>(
                                                  parity::audit::CheckpointFile::defaultPathFor(db),
                                                  parity::audit::CheckpointFile::defaultKeyPath()));
    return trail.verify();
}

std::string describe(const VerifyReport& r) {
    return (r.ok ? std::string("ok") : "broken") + ", first bad entry " +
           (r.firstBad ? std::to_string(*r.firstBad) : "none") + ": " + r.problem;
}

/// Every entry, read with plain SQLite.
std::vector<AuditEntry> readEntries(RawDb& raw) {
    std::vector<AuditEntry> entries;
    sqlite3_stmt* s = nullptr;
    BOOST_TEST_REQUIRE(sqlite3_prepare_v2(raw.handle(),
                                          "SELECT seq, at, actor, action, record_id, form_id, version, changes, "
                                          "reason, details, prev_hash, hash FROM audit_log ORDER BY seq",
                                          -1, &s, nullptr) == SQLITE_OK);
    auto text = [&](int column) {
        const auto* bytes = sqlite3_column_text(s, column);
        return bytes ? std::string(reinterpret_cast<const char*>(bytes), std::size_t(sqlite3_column_bytes(s, column)))
                     : std::string();
    };
    while (sqlite3_step(s) == SQLITE_ROW) {
        AuditEntry e;
        e.seq = sqlite3_column_int64(s, 0);
        e.at = text(1);
        e.actor = text(2);
        e.action = text(3);
        if (sqlite3_column_type(s, 4) != SQLITE_NULL)
            e.recordId = sqlite3_column_int64(s, 4);
        e.formId = text(5);
        if (sqlite3_column_type(s, 6) != SQLITE_NULL)
            e.version = sqlite3_column_int64(s, 6);
        e.changes = text(7);
        e.reason = text(8);
        e.details = text(9);
        e.prevHash = text(10);
        e.hash = text(11);
        entries.push_back(std::move(e));
    }
    sqlite3_finalize(s);
    return entries;
}

/// Writes `e` as row `e.seq` (the triggers must be gone).
void insertEntry(RawDb& raw, const AuditEntry& e) {
    sqlite3_stmt* s = nullptr;
    BOOST_TEST_REQUIRE(sqlite3_prepare_v2(raw.handle(),
                                          "INSERT INTO audit_log (seq, at, actor, action, record_id, form_id, "
                                          "version, changes, reason, details, prev_hash, hash) "
                                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                                          -1, &s, nullptr) == SQLITE_OK);
    sqlite3_bind_int64(s, 1, e.seq);
    sqlite3_bind_text(s, 2, e.at.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 3, e.actor.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 4, e.action.c_str(), -1, SQLITE_TRANSIENT);
    e.recordId ? sqlite3_bind_int64(s, 5, *e.recordId) : sqlite3_bind_null(s, 5);
    e.formId.empty() ? sqlite3_bind_null(s, 6) : sqlite3_bind_text(s, 6, e.formId.c_str(), -1, SQLITE_TRANSIENT);
    e.version ? sqlite3_bind_int64(s, 7, *e.version) : sqlite3_bind_null(s, 7);
    sqlite3_bind_text(s, 8, e.changes.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 9, e.reason.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 10, e.details.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 11, e.prevHash.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 12, e.hash.c_str(), -1, SQLITE_TRANSIENT);
    BOOST_TEST_REQUIRE(sqlite3_step(s) == SQLITE_DONE, sqlite3_errmsg(raw.handle()));
    sqlite3_finalize(s);
}

void dropTriggers(RawDb& raw) {
    raw.exec("DROP TRIGGER audit_log_is_append_only_update; DROP TRIGGER audit_log_is_append_only_delete");
}

/// Makes every checkpoint in the file (both slots) claim entry 5, as someone hiding a
/// truncation would: the lengths stay, the signatures no longer match.
void pointEverySlotAtEntry5(const fs::path& checkpoint) {
    std::string text = readFile(checkpoint);
    int edited = 0;
    for (std::size_t at = text.find("\nseq "); at != std::string::npos; at = text.find("\nseq ", at + 1)) {
        text[at + 5] = '5';
        ++edited;
    }
    BOOST_TEST_REQUIRE(edited == 2, text);
    parity::test::writeFile(checkpoint, text);
}

/// The byte offset of the slot that holds the checkpoint of entry `seq`.
std::size_t slotOf(const fs::path& checkpoint, std::int64_t seq) {
    const std::string text = readFile(checkpoint);
    const auto at = text.find("\nseq " + std::to_string(seq) + "\n");
    BOOST_TEST_REQUIRE(at != std::string::npos, text);
    return at / parity::audit::CheckpointFile::kSlotSize * parity::audit::CheckpointFile::kSlotSize;
}

/// Zeroes the second half of the slot that holds entry `seq`'s checkpoint: a write cut
/// short by a power loss.
void tearSlotOf(const fs::path& checkpoint, std::int64_t seq) {
    const std::size_t slot = slotOf(checkpoint, seq);
    std::string text = readFile(checkpoint);
    const std::size_t half = parity::audit::CheckpointFile::kSlotSize / 2;
    text.replace(slot + half, half, std::string(half, '\0'));
    parity::test::writeFile(checkpoint, text);
}

} // namespace

BOOST_AUTO_TEST_SUITE(Tampering)

BOOST_AUTO_TEST_CASE(the_triggers_refuse_to_change_or_delete_an_entry) {
    Trail trail;
    const fs::path db = trail.copy("triggers");
    {
        RawDb raw(db);
        BOOST_TEST(raw.tryExec("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3") == kUpdateRefused);
        BOOST_TEST(raw.tryExec("UPDATE audit_log SET hash = hash") == kUpdateRefused);
        BOOST_TEST(raw.tryExec("DELETE FROM audit_log WHERE seq = 7") == kDeleteRefused);
        BOOST_TEST(raw.tryExec("DELETE FROM audit_log") == kDeleteRefused);
        BOOST_TEST(raw.integer("SELECT count(*) FROM audit_log WHERE actor = 'mallory'") == 0);
        // Submitted versions are protected the same way.
        BOOST_TEST(raw.tryExec("UPDATE record_versions SET answers = '{}' WHERE record_id = 1") ==
                   "submitted versions are never changed (a signature is added once)");
        BOOST_TEST(raw.tryExec("DELETE FROM record_versions WHERE record_id = 1") == "submitted versions are never deleted");
        BOOST_TEST(raw.tryExec("DELETE FROM records WHERE id = 1") == "submitted records are never deleted");
    }
    // Through Parity's own connection the refusal is a StoreError with the same words.
    RecordService service(locationOf(db), coreCatalog());
    try {
        service.database().execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3");
        BOOST_ERROR("an audit entry was changed");
    } catch (const parity::store::StoreError& e) {
        BOOST_TEST(contains(e.what(), kUpdateRefused), e.what());
        BOOST_TEST(e.isConstraint(), e.what());
    }
    try {
        service.database().execute("DELETE FROM audit_log WHERE seq = 7");
        BOOST_ERROR("an audit entry was deleted");
    } catch (const parity::store::StoreError& e) {
        BOOST_TEST(contains(e.what(), kDeleteRefused), e.what());
    }
    const auto report = service.auditTrail().verify();
    BOOST_TEST(report.ok, describe(report));
    BOOST_TEST(report.entries == Trail::kEntries);
}

// (a) one field of one entry changed, the triggers dropped first.
BOOST_AUTO_TEST_CASE(a_changed_field_is_named_by_its_entry) {
    Trail trail;
    const fs::path db = trail.copy("changed");
    {
        RawDb raw(db);
        dropTriggers(raw);
        raw.exec("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3");
    }
    const auto report = verify(db);
    BOOST_TEST(!report.ok);
    BOOST_TEST(report.firstBad.value_or(-1) == 3, describe(report));
    BOOST_TEST(contains(report.problem, "entry 3 was altered after it was written"), describe(report));

    const auto cli = parity::test::runCli({"audit", "verify", "--db", db.string()});
    BOOST_TEST(cli.exitCode == 1, cli.out << cli.err);
    BOOST_TEST(contains(cli.out, "AUDIT TRAIL BROKEN at entry 3: entry 3 was altered"), cli.out);
    const auto json = parity::test::runCli({"audit", "verify", "--json", "--db", db.string()});
    BOOST_TEST(json.exitCode == 1, json.out << json.err);
    const auto out = nlohmann::json::parse(json.out);
    BOOST_TEST(out["ok"] == false);
    BOOST_TEST(out["first_bad_entry"] == 3);
}

// (b) an entry deleted from the middle.
BOOST_AUTO_TEST_CASE(a_deleted_entry_is_named) {
    Trail trail;
    const fs::path db = trail.copy("deleted");
    {
        RawDb raw(db);
        dropTriggers(raw);
        raw.exec("DELETE FROM audit_log WHERE seq = 2");
    }
    const auto report = verify(db);
    BOOST_TEST(!report.ok);
    BOOST_TEST(report.firstBad.value_or(-1) == 2, describe(report));
    BOOST_TEST(contains(report.problem, "entry 2 is missing"), describe(report));
}

// (c) a forged entry slipped in after entry 2, the later ones renumbered to make room;
// the forger even chained it correctly to entry 2. The entry after it no longer follows.
BOOST_AUTO_TEST_CASE(a_forged_entry_inserted_with_renumbering_breaks_the_chain_after_it) {
    Trail trail;
    const fs::path db = trail.copy("inserted");
    {
        RawDb raw(db);
        dropTriggers(raw);
        const auto entries = readEntries(raw);
        raw.exec("UPDATE audit_log SET seq = -seq WHERE seq >= 3; UPDATE audit_log SET seq = 1 - seq WHERE seq < 0");
        AuditEntry forged;
        forged.seq = 3;
        forged.at = entries[1].at;
        forged.actor = "mallory";
        forged.action = parity::audit::action::Viewed;
        forged.recordId = 1;
        forged.formId = "core.consent";
        forged.prevHash = entries[1].hash;
        forged.hash = parity::audit::entryHash(forged);
        insertEntry(raw, forged);
        BOOST_TEST_REQUIRE(raw.integer("SELECT count(*) FROM audit_log") == Trail::kEntries + 1);
    }
    const auto report = verify(db);
    BOOST_TEST(!report.ok);
    BOOST_TEST(report.firstBad.value_or(-1) == 4, describe(report));
    BOOST_TEST(contains(report.problem, "entry 4 does not follow entry 3"), describe(report));
}

// (d) two entries swapped.
BOOST_AUTO_TEST_CASE(two_swapped_entries_are_named_at_the_first) {
    Trail trail;
    const fs::path db = trail.copy("swapped");
    {
        RawDb raw(db);
        dropTriggers(raw);
        raw.exec("UPDATE audit_log SET seq = -1 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3; "
                 "UPDATE audit_log SET seq = 3 WHERE seq = -1");
    }
    const auto report = verify(db);
    BOOST_TEST(!report.ok);
    BOOST_TEST(report.firstBad.value_or(-1) == 2, describe(report));
    BOOST_TEST(contains(report.problem, "entry 2 does not follow entry 1"), describe(report));
}

// (e) the newest two entries removed: the chain left is intact; the checkpoint is not.
BOOST_AUTO_TEST_CASE(removing_the_newest_entries_is_caught_by_the_checkpoint) {
    Trail trail;
    const fs::path db = trail.copy("truncated");
    {
        RawDb raw(db);
        dropTriggers(raw);
        raw.exec("DELETE FROM audit_log WHERE seq > " + std::to_string(Trail::kEntries - 2));
    }
    const auto report = verify(db);
    BOOST_TEST(!report.ok);
    BOOST_TEST(report.entries == Trail::kEntries - 2);
    BOOST_TEST(report.firstBad.value_or(-1) == Trail::kEntries - 1, describe(report));
    BOOST_TEST(contains(report.problem, "the trail ends at entry 5 but the signed checkpoint records entry 7: the "
                                        "newest entries were removed"),
               describe(report));
}

// (f) entry 3 changed and every hash recomputed from there on: a consistent chain, but
// not the one the checkpoint signed.
BOOST_AUTO_TEST_CASE(a_recomputed_chain_is_caught_by_the_checkpoint) {
    Trail trail;
    const fs::path db = trail.copy("rechained");
    {
        RawDb raw(db);
        dropTriggers(raw);
        auto entries = readEntries(raw);
        entries[2].actor = "mallory";
        std::string previous = parity::audit::kGenesisHash;
        raw.exec("BEGIN; DELETE FROM audit_log");
        for (AuditEntry& e : entries) {
            e.prevHash = previous;
            e.hash = parity::audit::entryHash(e);
            previous = e.hash;
            insertEntry(raw, e);
        }
        raw.exec("COMMIT");
    }
    {
        // Without its checkpoint the rewritten chain would pass: the check is real.
        parity::store::Database database(db);
        parity::audit::AuditTrail withoutCheckpoint(database, nullptr);
        BOOST_TEST_REQUIRE(withoutCheckpoint.verify().ok);
    }
    // The checkpoint's older slot (entry 6) is met first: it no longer matches either.
    const auto report = verify(db);
    BOOST_TEST(!report.ok);
    BOOST_TEST(report.firstBad.value_or(-1) == Trail::kEntries - 1, describe(report));
    BOOST_TEST(contains(report.problem, "entry 6 differs from the signed checkpoint"), describe(report));

    // With the older slot torn, the newest (entry 7) catches it as before.
    tearSlotOf(parity::audit::CheckpointFile::defaultPathFor(db), Trail::kEntries - 1);
    const auto newestOnly = verify(db);
    BOOST_TEST(!newestOnly.ok);
    BOOST_TEST(newestOnly.firstBad.value_or(-1) == Trail::kEntries, describe(newestOnly));
    BOOST_TEST(contains(newestOnly.problem, "entry 7 differs from the signed checkpoint"), describe(newestOnly));
}

// (g) the checkpoint file edited to point at an earlier entry (to hide a truncation).
BOOST_AUTO_TEST_CASE(an_edited_checkpoint_fails_its_signature) {
    Trail trail;
    const fs::path db = trail.copy("checkpoint-edited");
    const fs::path checkpoint = parity::audit::CheckpointFile::defaultPathFor(db);
    pointEverySlotAtEntry5(checkpoint);

    const auto report = verifyWithoutService(db);
    BOOST_TEST(!report.ok);
    BOOST_TEST(report.firstBad.value_or(-1) == Trail::kEntries, describe(report));
    BOOST_TEST(contains(report.problem, "is not signed by this installation's audit key: it was altered or made "
                                        "elsewhere"),
               describe(report));

    // parity-cli audit verify says so and exits 1 (it fails in opening, before verify).
    const auto cli = parity::test::runCli({"audit", "verify", "--db", db.string()});
    BOOST_TEST(cli.exitCode == 1, cli.out << cli.err);
    BOOST_TEST(contains(cli.out + cli.err, "is not signed by this installation's audit key"), cli.out << cli.err);
}

// --json must stay JSON when the checkpoint is bad. Regression test for a fixed bug: RecordService's constructor called
// startCheckpointIfNew, whose read() throws CheckFailed for a bad signature, so verify
// never runs and the CLI prints one line on stderr. startCheckpointIfNew should leave a
// checkpoint it cannot read alone (verify reports it).
BOOST_AUTO_TEST_CASE(audit_verify_json_reports_a_bad_checkpoint_as_json) {
    Trail trail;
    const fs::path db = trail.copy("checkpoint-json");
    pointEverySlotAtEntry5(parity::audit::CheckpointFile::defaultPathFor(db));
    const auto json = parity::test::runCli({"audit", "verify", "--json", "--db", db.string()});
    BOOST_TEST(json.exitCode == 1, json.err);
    const bool isJson = nlohmann::json::accept(json.out);
    BOOST_TEST(isJson, "stdout: " << json.out << " stderr: " << json.err);
    BOOST_TEST((isJson && nlohmann::json::parse(json.out)["first_bad_entry"] == Trail::kEntries));
}

namespace {

/// Puts the checkpoint of another database of this installation, with `entries`
/// entries, in place of `db`'s.
void swapInCheckpointOfAnotherDatabase(const fs::path& db, int entries) {
    const fs::path other = db.parent_path() / "another.db";
    {
        RecordService service(locationOf(other), coreCatalog());
        for (int i = 0; i < entries; ++i)
            service.submit("core.consent", consentAnswers(), "clerk");
    }
    fs::copy_file(parity::audit::CheckpointFile::defaultPathFor(other),
                  parity::audit::CheckpointFile::defaultPathFor(db), fs::copy_options::overwrite_existing);
}

} // namespace

// A checkpoint signed by this installation, but for another database (with more entries
// than this one, so that no entry number of this trail matches the checkpoint's).
BOOST_AUTO_TEST_CASE(a_checkpoint_of_another_database_is_named_as_such) {
    Trail trail;
    const fs::path db = trail.copy("checkpoint-swapped");
    swapInCheckpointOfAnotherDatabase(db, Trail::kEntries + 2);
    const auto report = verify(db);
    BOOST_TEST(!report.ok);
    BOOST_TEST(contains(report.problem, "belongs to another database"), describe(report));
}

// The same with a shorter other database: verify meets the checkpoint's entry number
// while walking the chain and blames "the trail was rewritten up to here" instead.
// database id before walking the chain.
BOOST_AUTO_TEST_CASE(a_checkpoint_of_a_shorter_other_database_is_named_as_such) {
    Trail trail;
    const fs::path db = trail.copy("checkpoint-swapped-short");
    swapInCheckpointOfAnotherDatabase(db, 3);
    const auto report = verify(db);
    BOOST_TEST_REQUIRE(!report.ok);
    BOOST_TEST(contains(report.problem, "belongs to another database"), describe(report));
}

// (h) the checkpoint removed while the trail has entries.
BOOST_AUTO_TEST_CASE(a_removed_checkpoint_is_reported_missing) {
    Trail trail;
    const fs::path db = trail.copy("checkpoint-removed");
    fs::remove(parity::audit::CheckpointFile::defaultPathFor(db));
    const auto report = verify(db);
    BOOST_TEST(!report.ok);
    BOOST_TEST(report.firstBad.value_or(-1) == Trail::kEntries, describe(report));
    BOOST_TEST(contains(report.problem, "is missing, so removal of the newest entries cannot be ruled out"),
               describe(report));
    BOOST_TEST(!fs::exists(parity::audit::CheckpointFile::defaultPathFor(db)));   // opening did not re-create it
    const auto cli = parity::test::runCli({"audit", "verify", "--db", db.string()});
    BOOST_TEST(cli.exitCode == 1, cli.out << cli.err);
    BOOST_TEST(contains(cli.out, "AUDIT TRAIL BROKEN at entry 7"), cli.out);
}

// Only one slot edited: the other still verifies, so the edit is reported (a warning, as
// for a torn write) and the entries up to the other slot's checkpoint stay protected.
BOOST_AUTO_TEST_CASE(an_edited_newest_slot_falls_back_to_the_other_and_warns) {
    Trail trail;
    const fs::path db = trail.copy("checkpoint-one-slot-edited");
    const fs::path checkpoint = parity::audit::CheckpointFile::defaultPathFor(db);
    std::string text = readFile(checkpoint);
    text[text.find("\nseq 7\n") + 5] = '5';
    parity::test::writeFile(checkpoint, text);
    const auto report = verifyWithoutService(db);
    BOOST_TEST(report.ok, describe(report));
    BOOST_TEST(report.checkpointSeq.value_or(-1) == Trail::kEntries - 1);
    BOOST_TEST(contains(report.warning, "is not signed by this installation's key"), report.warning);
}

// A power loss while the checkpoint of entry 7 was written: that slot is torn, the other
// holds entry 6. Not an alarm: verify passes, says which slot is damaged and what is
// then protected by the chain alone; the CLI exits 0 and prints the warning.
BOOST_AUTO_TEST_CASE(a_torn_checkpoint_slot_is_no_tamper_alarm_but_is_reported) {
    Trail trail;
    const fs::path db = trail.copy("checkpoint-torn");
    const fs::path checkpoint = parity::audit::CheckpointFile::defaultPathFor(db);
    tearSlotOf(checkpoint, Trail::kEntries);
    const auto report = verify(db);
    BOOST_TEST(report.ok, describe(report));
    BOOST_TEST(report.entries == Trail::kEntries);
    BOOST_TEST(report.checkpointSeq.value_or(-1) == Trail::kEntries - 1);
    BOOST_TEST(contains(report.warning, "is unreadable (a write cut short by a crash or power loss, or an edit)"),
               report.warning);
    BOOST_TEST(contains(report.warning, "entries after entry 6 are protected by the hash chain alone"),
               report.warning);

    const auto cli = parity::test::runCli({"audit", "verify", "--db", db.string()});
    BOOST_TEST(cli.exitCode == 0, cli.out << cli.err);
    BOOST_TEST(contains(cli.out, "audit trail intact: 7 entries verified, signed checkpoint at entry 6 matches\n"
                                 "warning: slot "),
               cli.out);
    const auto json = parity::test::runCli({"audit", "verify", "--json", "--db", db.string()});
    BOOST_TEST(json.exitCode == 0, json.out << json.err);
    BOOST_TEST(contains(nlohmann::json::parse(json.out)["warning"].get<std::string>(), "is unreadable"), json.out);

    // The next change rewrites the torn slot: the warning is gone and the new head is signed.
    {
        RecordService service(locationOf(db), coreCatalog());
        service.submit("core.consent", consentAnswers(), "clerk");
    }
    const auto after = verify(db);
    BOOST_TEST(after.ok, describe(after));
    BOOST_TEST(after.warning.empty(), after.warning);
    BOOST_TEST(after.checkpointSeq.value_or(-1) == Trail::kEntries + 1);
}

// A torn slot does not hide a truncation that reaches past the other slot's checkpoint.
BOOST_AUTO_TEST_CASE(a_torn_slot_does_not_hide_removing_entries_the_other_slot_signed) {
    Trail trail;
    const fs::path db = trail.copy("checkpoint-torn-truncated");
    tearSlotOf(parity::audit::CheckpointFile::defaultPathFor(db), Trail::kEntries);
    {
        RawDb raw(db);
        dropTriggers(raw);
        raw.exec("DELETE FROM audit_log WHERE seq > 5");
    }
    const auto report = verify(db);
    BOOST_TEST(!report.ok);
    BOOST_TEST(contains(report.problem, "the trail ends at entry 5 but the signed checkpoint records entry 6"),
               describe(report));
    BOOST_TEST(!report.warning.empty());
}

// What two slots cannot do: with the newest slot damaged, removing only the entry that
// slot signed leaves a trail the older slot vouches for. verify cannot prove the removal,
// but it does not pass in silence: the warning names the entries the chain alone protects.
BOOST_AUTO_TEST_CASE(removing_the_entry_of_a_damaged_slot_is_not_passed_in_silence) {
    Trail trail;
    const fs::path db = trail.copy("checkpoint-torn-last-removed");
    tearSlotOf(parity::audit::CheckpointFile::defaultPathFor(db), Trail::kEntries);
    {
        RawDb raw(db);
        dropTriggers(raw);
        raw.exec("DELETE FROM audit_log WHERE seq = 7");
    }
    const auto report = verify(db);
    BOOST_TEST(report.entries == Trail::kEntries - 1);
    BOOST_TEST(contains(report.warning, "entries after entry 6 are protected by the hash chain alone"),
               describe(report) << " / warning: " << report.warning);
    const auto cli = parity::test::runCli({"audit", "verify", "--db", db.string()});
    BOOST_TEST(contains(cli.out, "warning: slot"), cli.out);
}

BOOST_AUTO_TEST_CASE(a_checkpoint_with_both_slots_torn_is_reported_unreadable) {
    Trail trail;
    const fs::path db = trail.copy("checkpoint-both-torn");
    const fs::path checkpoint = parity::audit::CheckpointFile::defaultPathFor(db);
    tearSlotOf(checkpoint, Trail::kEntries);
    tearSlotOf(checkpoint, Trail::kEntries - 1);
    const auto report = verify(db);
    BOOST_TEST(!report.ok);
    BOOST_TEST(contains(report.problem, "is unreadable"), describe(report));
    // And a write does not replace it: it stays for the auditor.
    const std::string bytes = readFile(checkpoint);
    {
        RecordService service(locationOf(db), coreCatalog());
        service.submit("core.consent", consentAnswers(), "clerk");
        service.auditTrail().waitForCheckpoint();   // the writer thread meets the refusal
        BOOST_TEST(contains(service.auditTrail().checkpointProblem(), "does not verify for this database"),
                   service.auditTrail().checkpointProblem());
    }
    BOOST_TEST((readFile(checkpoint) == bytes));
    BOOST_TEST(!verify(db).ok);
}

// A database whose checkpoint an earlier Parity wrote (format 1: one signed checkpoint,
// the whole file): verify reads it, tampering is still caught, and the next change
// converts it to two slots.
BOOST_AUTO_TEST_CASE(a_format_1_checkpoint_still_verifies_and_is_converted_by_the_next_change) {
    Trail trail;
    const fs::path db = trail.copy("checkpoint-format-1");
    const fs::path checkpoint = parity::audit::CheckpointFile::defaultPathFor(db);
    std::string databaseId, head;
    {
        RawDb raw(db);
        databaseId = raw.text("SELECT value FROM meta WHERE key = 'database_id'");
        head = raw.text("SELECT hash FROM audit_log WHERE seq = 7");
    }
    const auto key = parity::audit::SigningKey::loadOrCreate(parity::audit::CheckpointFile::defaultKeyPath());
    const std::string body =
        "parity-audit-checkpoint-1\ndatabase " + databaseId + "\nseq 7\nhash " + head + "\n";
    parity::test::writeFile(checkpoint, body + "signature " + key.sign(body) + "\n");

    const auto report = verify(db);
    BOOST_TEST(report.ok, describe(report));
    BOOST_TEST(report.checkpointSeq.value_or(-1) == Trail::kEntries);
    const fs::path truncated = trail.copy("checkpoint-format-1-truncated");
    fs::copy_file(checkpoint, parity::audit::CheckpointFile::defaultPathFor(truncated),
                  fs::copy_options::overwrite_existing);
    {
        RawDb raw(truncated);
        dropTriggers(raw);
        raw.exec("DELETE FROM audit_log WHERE seq = 7");
    }
    const auto truncatedReport = verify(truncated);
    BOOST_TEST(!truncatedReport.ok);
    BOOST_TEST(contains(truncatedReport.problem, "the signed checkpoint records entry 7"), describe(truncatedReport));

    {
        RecordService service(locationOf(db), coreCatalog());
        service.submit("core.consent", consentAnswers(), "clerk");
        BOOST_TEST(service.auditTrail().checkpointProblem().empty(), service.auditTrail().checkpointProblem());
    }
    const std::string converted = readFile(checkpoint);
    BOOST_TEST(converted.size() == 2 * parity::audit::CheckpointFile::kSlotSize);
    BOOST_TEST(converted.rfind("parity-audit-checkpoint-2\n", 0) == 0u);
    const auto after = verify(db);
    BOOST_TEST(after.ok, describe(after));
    BOOST_TEST(after.checkpointSeq.value_or(-1) == Trail::kEntries + 1);
    BOOST_TEST(after.warning.empty(), after.warning);
}

BOOST_AUTO_TEST_SUITE_END()
