// The signed checkpoint of the audit chain's head, kept outside the database.
//
// Why: a hash chain shows any change, insertion, deletion or reordering of entries —
// unless someone removes the newest entries (the chain that is left is intact) or
// recomputes every hash after a change. The checkpoint records the last entry's number
// and hash, signed with an Ed25519 key that is not in the database. verify checks that
// the chain still holds that entry with that hash.
//
// The file has two fixed-size slots, each a complete signed checkpoint. A new checkpoint
// is written in place (pwrite + fdatasync) over the slot that does NOT hold the newest
// good one, so a write cut short by a crash or a power loss can only damage the slot
// being written: the other still holds the previous checkpoint. This costs one
// fdatasync per commit instead of the write-temporary + fsync + rename (+ directory
// sync) that replacing the whole file needs.
//
// The slot is written and synced by one writer thread per file while the caller goes on
// (its change is already committed and durable), holding the file lock until the data
// is on disk; the next write, of this process or another, waits for it. So at most the
// checkpoints asked for during one write are not yet on disk — after a power loss the
// checkpoint lags the trail by those commits, exactly as after a kill between COMMIT and
// the checkpoint write — and a slot is never written while the other is not yet durable.
// Format: docs/audit.md.
#pragma once

#include "audit/crypto.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace parity::audit {

struct Checkpoint {
    std::string databaseId;
    std::int64_t seq = 0;
    std::string hash;
};

/// What the checkpoint file holds, for verify.
struct CheckpointReading {
    Checkpoint newest;                  ///< the newest checkpoint whose signature verifies
    std::optional<Checkpoint> older;    ///< the other slot, when it verifies too
    /// Set when one slot does not verify (a write cut short by a crash or power loss, or
    /// an edit): which slot and what that means for verify. Empty otherwise.
    std::string damage;
    bool legacyFormat = false;          ///< a single-checkpoint file of format 1 (converted at the next write)
};

class CheckpointFile {
public:
    enum class Access { ReadWrite, ReadOnly };

    /// `file` is where the checkpoint lives; `keyFile` the signing key (made if missing,
    /// unless ReadOnly: then it is only read, and if it is missing or unreadable the
    /// checkpoint cannot be checked, which read() reports).
    CheckpointFile(std::filesystem::path file, std::filesystem::path keyFile, Access access = Access::ReadWrite);
    /// Waits for the newest checkpoint to reach the disk.
    ~CheckpointFile();
    CheckpointFile(const CheckpointFile&) = delete;
    CheckpointFile& operator=(const CheckpointFile&) = delete;

    /// Records that the chain has reached `checkpoint`. Never moves backwards: a slower
    /// process that committed an earlier entry leaves a newer checkpoint alone. Never
    /// overwrites a checkpoint file in which no slot verifies (that is evidence for
    /// verify): throws EnvironmentError instead. Throws EnvironmentError if read-only, or
    /// if the previous checkpoint could not be synced to disk (this one is then skipped:
    /// the checkpoint lags, which verify allows, and the next advance catches up).
    /// Returns at once: the slot is written and synced by the writer thread. While it
    /// works, later checkpoints wait and only the newest is written next (group commit),
    /// so a commit never waits for the checkpoint and the checkpoint lags by at most the
    /// commits of one write. A problem of the writer (a failed sync, a file it must not
    /// overwrite) is thrown by the next advance() or by waitUntilDurable().
    void advance(const Checkpoint& checkpoint);
    /// Waits until the newest checkpoint is on disk; throws EnvironmentError if the sync failed.
    void waitUntilDurable();

    /// The checkpoint, or nothing if there is no file. Throws parity::CheckFailed if no
    /// slot is readable and signed by this key (or the key is missing, read-only access).
    std::optional<CheckpointReading> read() const;

    const std::filesystem::path& path() const { return m_file; }

    /// <database>.checkpoint, beside the database file.
    static std::filesystem::path defaultPathFor(const std::filesystem::path& database);
    /// $PARITY_AUDIT_KEY, else $XDG_CONFIG_HOME/parity/audit-signing.key, else
    /// ~/.config/parity/audit-signing.key: deliberately not beside the database.
    static std::filesystem::path defaultKeyPath();

    static constexpr std::size_t kSlotSize = 512;   ///< one disk sector: a torn write rarely spans slots
    static constexpr std::size_t kSlotCount = 2;
    /// The writer starts a slot write at most this often. A commit after a quiet spell is
    /// checkpointed at once; during a burst the commits of one spacing fold into one slot
    /// write and sync. Why: the slot's fdatasync is a second flush of the disk beside
    /// SQLite's own; one per commit made a burst of submits wait on two flushes each.
    /// The cost: after a power loss (not a kill, the slot is then already written) the
    /// checkpoint may lag the trail by the commits of one spacing and one sync.
    static constexpr std::chrono::milliseconds kWriteSpacing{10};

private:
    struct Slot;
    using SlotBytes = std::array<char, kSlotSize>;
    /// Slot `index` of the file's bytes `file`: good, unreadable or not signed by this key.
    Slot examine(const std::string& file, std::size_t index) const;
    /// The reading of the file's bytes; throws CheckFailed if no slot verifies.
    CheckpointReading interpret(const std::string& file) const;
    SlotBytes slotFor(const Checkpoint& checkpoint) const;
    /// Writes a new file with these slots and renames it over the old one.
    void replaceWhole(const SlotBytes& first, const SlotBytes& second) const;

    /// A slot written and not yet synced: its file and the file lock, held until synced.
    struct PendingSync {
        int file = -1;
        int lock = -1;
    };
    /// Writes `checkpoint` into the slot that does not hold the newest good checkpoint;
    /// nothing to sync when the file was replaced whole or the checkpoint is not newer.
    std::optional<PendingSync> writeSlot(const Checkpoint& checkpoint);
    /// writeSlot and its fdatasync, releasing the file lock once the slot is on disk.
    void writeAndSync(const Checkpoint& checkpoint);
    /// The writer thread: writes and syncs the newest checkpoint asked for, until stopped.
    void writerLoop();
    void waitForWriter() const;

    std::filesystem::path m_file;
    std::filesystem::path m_keyFile;
    Access m_access;
    std::optional<SigningKey> m_key;
    std::string m_keyProblem;           ///< why there is no key (read-only access)
    /// Slot images this process wrote or verified, so that advancing need not verify an
    /// Ed25519 signature again on every commit.
    mutable std::array<std::optional<SlotBytes>, kSlotCount> m_known;
    std::thread m_writer;               ///< started by the first advance(), stopped by the destructor
    mutable std::mutex m_writerMutex;   ///< guards the members below
    mutable std::condition_variable m_work;  ///< a checkpoint was asked for, the writer must stop, or someone waits
    mutable std::condition_variable m_writerIdle;
    mutable bool m_writerBusy = false;  ///< a checkpoint is asked for or being written and synced
    bool m_stopping = false;
    bool m_writerWaiting = false;       ///< the writer sleeps on m_work (else it looks for work before it sleeps)
    mutable int m_waiters = 0;          ///< threads in waitForWriter: the writer skips its spacing for them
    std::chrono::steady_clock::time_point m_lastWrite{};  ///< when the writer last began a slot write
    std::optional<Checkpoint> m_requested;  ///< the newest checkpoint not yet taken by the writer
    std::string m_syncProblem;          ///< the writer's failure, thrown by the next advance()
};

} // namespace parity::audit
