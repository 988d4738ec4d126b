// The append-only, hash-chained audit trail in the database (table audit_log), with
// its signed checkpoint outside it. What verify guarantees: docs/audit.md.
#pragma once

#include "audit/audit_entry.h"
#include "audit/checkpoint.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace parity::store {
class Database;
}

namespace parity::audit {

struct VerifyReport {
    bool ok = false;
    std::int64_t entries = 0;                  ///< entries read
    std::optional<std::int64_t> firstBad;      ///< the first entry that does not match
    std::string problem;                       ///< what is wrong, in words; empty when ok
    std::optional<std::int64_t> checkpointSeq; ///< the signed checkpoint's entry, if any
    /// Not a broken trail, but something an auditor must know: one slot of the checkpoint
    /// does not verify (see CheckpointReading::damage). Empty when there is nothing to say.
    std::string warning;
};

class AuditTrail {
public:
    /// `checkpoint` may be null (then truncation of the newest entries cannot be seen).
    AuditTrail(store::Database& db, std::shared_ptr<CheckpointFile> checkpoint);

    /// Appends inside the caller's open transaction: sets seq, at (if empty), prevHash and
    /// hash. Call checkpointAfterCommit() once the transaction has committed.
    AuditEntry append(AuditEntry entry);
    /// Writes the first checkpoint (entry 0) for a database whose trail is empty, so that
    /// from its first entry on a missing checkpoint means tampering, not a crash.
    void startCheckpointIfNew();
    /// Records the chain head in the checkpoint file (after a commit).
    void checkpointAfterCommit();

    /// Recomputes the whole chain, streaming (memory does not grow with the trail), and
    /// checks it against the signed checkpoint.
    VerifyReport verify();

    /// Entries in order; of one record if `recordId` is given. `visit` sees each entry.
    void forEach(std::optional<std::int64_t> recordId, const std::function<void(const AuditEntry&)>& visit);

    std::string databaseId();
    /// Why the last checkpoint write failed (the change itself was committed), or "".
    const std::string& checkpointProblem() const { return m_checkpointProblem; }
    /// Waits until the checkpoint writer has put the newest checkpoint on disk (it syncs in
    /// the background); a failure becomes checkpointProblem(). For tests and shutdown.
    void waitForCheckpoint();

private:
    store::Database& m_db;
    std::shared_ptr<CheckpointFile> m_checkpoint;
    std::optional<Checkpoint> m_pending;
    std::string m_databaseId;
    std::string m_checkpointProblem;
};

/// The current UTC time as audit entries write it.
std::string utcNow();

} // namespace parity::audit
