// The signed checkpoint of the audit chain's head, kept outside the database.
//
// Why: a hash chain shows any change, insertion, deletion or reordering of entries —
// unless someone removes the newest entries (the chain that is left is intact) or
// recomputes every hash after a change. The checkpoint records the last entry's number
// and hash, signed with an Ed25519 key that is not in the database. verify checks that
// the chain still holds that entry with that hash.
#pragma once

#include "audit/crypto.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace parity::audit {

struct Checkpoint {
    std::string databaseId;
    std::int64_t seq = 0;
    std::string hash;
};

class CheckpointFile {
public:
    /// `file` is where the checkpoint lives; `keyFile` the signing key (made if missing).
    CheckpointFile(std::filesystem::path file, std::filesystem::path keyFile);

    /// Records that the chain has reached `checkpoint`. Never moves backwards: a slower
    /// process that committed an earlier entry leaves a newer checkpoint alone.
    void advance(const Checkpoint& checkpoint);

    /// The checkpoint, or nothing if there is no file. Throws parity::CheckFailed if the
    /// file is unreadable or its signature does not match this key.
    std::optional<Checkpoint> read() const;

    const std::filesystem::path& path() const { return m_file; }

    /// <database>.checkpoint, beside the database file.
    static std::filesystem::path defaultPathFor(const std::filesystem::path& database);
    /// $PARITY_AUDIT_KEY, else $XDG_CONFIG_HOME/parity/audit-signing.key, else
    /// ~/.config/parity/audit-signing.key: deliberately not beside the database.
    static std::filesystem::path defaultKeyPath();

private:
    static std::string message(const Checkpoint& c);
    std::filesystem::path m_file;
    SigningKey m_key;
};

} // namespace parity::audit
