#include "audit/audit_trail.h"

#include "store/database.h"

#include <chrono>
#include <cstdio>

namespace parity::audit {

namespace {

const char* kSelectEntries =
    "SELECT seq, at, actor, action, record_id, form_id, version, changes, reason, details, prev_hash, hash "
    "FROM audit_log";

/// The entry the statement is on. `text(column)` reads a text column: a copy for an
/// AuditEntry, a view (valid until the next step) for an AuditEntryView.
template <class Entry, class ReadText>
Entry entryAt(const store::Statement& s, ReadText text) {
    Entry e;
    e.seq = s.integer(0);
    e.at = text(1);
    e.actor = text(2);
    e.action = text(3);
    if (!s.isNull(4))
        e.recordId = s.integer(4);
    if (!s.isNull(5))
        e.formId = text(5);
    if (!s.isNull(6))
        e.version = s.integer(6);
    e.changes = text(7);
    e.reason = text(8);
    e.details = text(9);
    e.prevHash = text(10);
    e.hash = text(11);
    return e;
}

AuditEntry readEntry(const store::Statement& s) {
    return entryAt<AuditEntry>(s, [&s](int column) { return s.text(column); });
}

AuditEntryView viewEntry(const store::Statement& s) {
    return entryAt<AuditEntryView>(s, [&s](int column) { return s.textView(column); });
}

} // namespace

std::string utcNow() {
    const auto now = std::chrono::floor<std::chrono::microseconds>(std::chrono::system_clock::now());
    const auto seconds = std::chrono::floor<std::chrono::seconds>(now);
    const std::time_t t = std::chrono::system_clock::to_time_t(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[96];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%06ldZ", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, long((now - seconds).count()));
    return text;
}

AuditTrail::AuditTrail(store::Database& db, std::shared_ptr<CheckpointFile> checkpoint)
    : m_db(db), m_checkpoint(std::move(checkpoint)) {}

std::string AuditTrail::databaseId() {
    store::Statement s(m_db, "SELECT value FROM meta WHERE key = 'database_id'");
    return s.step() ? s.text(0) : std::string();
}

AuditEntry AuditTrail::append(AuditEntry entry) {
    store::Statement last(m_db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (last.step()) {
        entry.seq = last.integer(0) + 1;
        entry.prevHash = last.text(1);
    } else {
        entry.seq = 1;
        entry.prevHash = kGenesisHash;
    }
    if (entry.at.empty())
        entry.at = utcNow();
    entry.hash = entryHash(entry);

    store::Statement insert(m_db,
                            "INSERT INTO audit_log (seq, at, actor, action, record_id, form_id, version, changes, "
                            "reason, details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, entry.seq).bind(2, entry.at).bind(3, entry.actor).bind(4, entry.action);
    if (entry.recordId)
        insert.bind(5, *entry.recordId);
    else
        insert.bindNull(5);
    if (entry.formId.empty())
        insert.bindNull(6);
    else
        insert.bind(6, entry.formId);
    if (entry.version)
        insert.bind(7, *entry.version);
    else
        insert.bindNull(7);
    insert.bind(8, entry.changes).bind(9, entry.reason).bind(10, entry.details).bind(11, entry.prevHash);
    insert.bind(12, entry.hash);
    insert.run();
    if (m_databaseId.empty())
        m_databaseId = databaseId();   // fixed when the database was made: read once per connection
    m_pending = Checkpoint{m_databaseId, entry.seq, entry.hash};
    return entry;
}

void AuditTrail::startCheckpointIfNew() {
    if (!m_checkpoint)
        return;
    try {
        if (m_checkpoint->read())
            return;
    } catch (const std::exception&) {
        return;   // a damaged or foreign checkpoint is for verify to report, not a reason to refuse to open
    }
    store::Statement count(m_db, "SELECT count(*) FROM audit_log");
    count.step();
    // Only for an empty trail: entries without a checkpoint stay suspicious for verify.
    if (count.integer(0) == 0) {
        m_checkpoint->advance({databaseId(), 0, kGenesisHash});
        // On disk before the first entry can be: a trail with entries and no checkpoint
        // file is what verify must call suspicious, so a kill may never leave one behind.
        m_checkpoint->waitUntilDurable();
    }
}

void AuditTrail::checkpointAfterCommit() {
    if (m_checkpoint && m_pending) {
        try {
            m_checkpoint->advance(*m_pending);
            m_checkpointProblem.clear();
        } catch (const std::exception& e) {
            // The change is committed: saying it failed would make a clerk enter it again.
            // The checkpoint lags (verify allows that) and the next write catches up.
            m_checkpointProblem = e.what();
        }
    }
    m_pending.reset();
}

void AuditTrail::waitForCheckpoint() {
    if (!m_checkpoint)
        return;
    try {
        m_checkpoint->waitUntilDurable();
    } catch (const std::exception& e) {
        m_checkpointProblem = e.what();
    }
}

VerifyReport AuditTrail::verify() {
    VerifyReport report;
    std::string expectedPrev = kGenesisHash;
    std::int64_t expectedSeq = 1;
    std::optional<CheckpointReading> reading;
    std::string checkpointProblem;
    if (m_checkpoint) {
        try {
            reading = m_checkpoint->read();
        } catch (const std::exception& e) {
            checkpointProblem = e.what();
        }
    }
    // Every checkpoint that verifies is checked against the chain: the newest slot and,
    // when it verifies too, the older one.
    std::vector<Checkpoint> signedHeads;
    if (reading) {
        report.checkpointSeq = reading->newest.seq;
        report.warning = reading->damage;
        signedHeads.push_back(reading->newest);
        if (reading->older)
            signedHeads.push_back(*reading->older);
    }
    const std::string thisDatabase = databaseId();
    for (const Checkpoint& head : signedHeads)
        if (head.databaseId != thisDatabase) {
            report.firstBad = 0;
            report.problem = "the checkpoint " + m_checkpoint->path().string() + " belongs to another database";
            return report;
        }
    auto fail = [&](std::int64_t seq, std::string problem) {
        report.firstBad = seq;
        report.problem = std::move(problem);
        return report;
    };

    store::Statement s(m_db, std::string(kSelectEntries) + " ORDER BY seq");
    bool newestMatched = reading && reading->newest.seq == 0;
    while (s.step()) {
        const AuditEntryView e = viewEntry(s);
        ++report.entries;
        if (e.seq != expectedSeq)
            return fail(expectedSeq, e.seq > expectedSeq
                                         ? "entry " + std::to_string(expectedSeq) + " is missing (the next entry is " +
                                               std::to_string(e.seq) + "): entries were deleted"
                                         : "entry " + std::to_string(e.seq) + " appears out of order");
        if (e.prevHash != expectedPrev)
            return fail(e.seq, "entry " + std::to_string(e.seq) + " does not follow entry " +
                                   std::to_string(e.seq - 1) + ": its previous-hash does not match (an entry was "
                                   "inserted, removed or reordered)");
        const std::string recomputed = entryHash(e);
        if (recomputed != e.hash)
            return fail(e.seq, "entry " + std::to_string(e.seq) + " was altered after it was written: its hash "
                                   "does not match its content");
        for (const Checkpoint& head : signedHeads)
            if (e.seq == head.seq && e.hash != head.hash)
                return fail(e.seq, "entry " + std::to_string(e.seq) + " differs from the signed checkpoint: the "
                                       "trail was rewritten up to here");
        newestMatched = newestMatched || (reading && e.seq == reading->newest.seq);
        expectedPrev.assign(e.hash);   // reuses the string's buffer
        ++expectedSeq;
    }
    if (!checkpointProblem.empty())
        return fail(report.entries, checkpointProblem);
    for (const Checkpoint& head : signedHeads)
        if (head.seq == 0 && head.hash != kGenesisHash)
            return fail(0, "the signed checkpoint at entry 0 does not hold the start of a chain");
    if (reading && !newestMatched)
        return fail(report.entries + 1, "the trail ends at entry " + std::to_string(report.entries) +
                                            " but the signed checkpoint records entry " +
                                            std::to_string(reading->newest.seq) + ": the newest entries were removed");
    if (m_checkpoint && !reading && report.entries > 0)
        return fail(report.entries, "the signed checkpoint " + m_checkpoint->path().string() +
                                        " is missing, so removal of the newest entries cannot be ruled out");
    report.ok = true;
    return report;
}

void AuditTrail::forEach(std::optional<std::int64_t> recordId, const std::function<void(const AuditEntry&)>& visit) {
    store::Statement s(m_db, std::string(kSelectEntries) + (recordId ? " WHERE record_id = ?" : "") + " ORDER BY seq");
    if (recordId)
        s.bind(1, *recordId);
    while (s.step())
        visit(readEntry(s));
}

} // namespace parity::audit
