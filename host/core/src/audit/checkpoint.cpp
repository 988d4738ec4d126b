#include "audit/checkpoint.h"

#include "common/error.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace parity::audit {
namespace {

/// An exclusive lock on a file beside the checkpoint, for the read-compare-write.
class FileLock {
public:
    explicit FileLock(const std::filesystem::path& file) {
        m_fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0 || ::flock(m_fd, LOCK_EX) != 0)
            throw EnvironmentError("cannot lock " + file.string());
    }
    ~FileLock() {
        if (m_fd >= 0)
            ::close(m_fd);   // closing releases the lock
    }
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    int m_fd = -1;
};

void writeDurably(const std::filesystem::path& file, const std::string& text) {
    const std::filesystem::path temporary = file.string() + ".new";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw EnvironmentError("cannot write the audit checkpoint " + temporary.string());
    const bool written = ::write(fd, text.data(), text.size()) == ssize_t(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written || std::rename(temporary.c_str(), file.c_str()) != 0)
        throw EnvironmentError("cannot write the audit checkpoint " + file.string());
}

} // namespace

CheckpointFile::CheckpointFile(std::filesystem::path file, std::filesystem::path keyFile)
    : m_file(std::move(file)), m_key(SigningKey::loadOrCreate(keyFile)) {}

std::string CheckpointFile::message(const Checkpoint& c) {
    return "parity-audit-checkpoint-1\ndatabase " + c.databaseId + "\nseq " + std::to_string(c.seq) + "\nhash " +
           c.hash + "\n";
}

void CheckpointFile::advance(const Checkpoint& checkpoint) {
    FileLock lock(m_file.string() + ".lock");
    // Only the entry number matters for moving forward: the signature is verify's to check.
    {
        std::ifstream in(m_file);
        std::string magic, dbWord, databaseId, seqWord;
        std::int64_t seq = -1;
        if (in >> magic >> dbWord >> databaseId >> seqWord >> seq && databaseId == checkpoint.databaseId &&
            seq >= checkpoint.seq)
            return;
    }
    const std::string body = message(checkpoint);
    writeDurably(m_file, body + "signature " + m_key.sign(body) + "\n");
}

std::optional<Checkpoint> CheckpointFile::read() const {
    std::ifstream in(m_file);
    if (!in)
        return std::nullopt;
    std::string magic, dbWord, seqWord, hashWord, sigWord, signature;
    Checkpoint c;
    in >> magic >> dbWord >> c.databaseId >> seqWord >> c.seq >> hashWord >> c.hash >> sigWord >> signature;
    if (!in || magic != "parity-audit-checkpoint-1" || dbWord != "database" || seqWord != "seq" ||
        hashWord != "hash" || sigWord != "signature")
        throw CheckFailed("the audit checkpoint " + m_file.string() + " is unreadable");
    if (!m_key.verify(message(c), signature))
        throw CheckFailed("the audit checkpoint " + m_file.string() +
                          " is not signed by this installation's audit key: it was altered or made elsewhere");
    return c;
}

std::filesystem::path CheckpointFile::defaultPathFor(const std::filesystem::path& database) {
    return database.string() + ".checkpoint";
}

std::filesystem::path CheckpointFile::defaultKeyPath() {
    if (const char* key = std::getenv("PARITY_AUDIT_KEY"); key && *key)
        return key;
    if (const char* config = std::getenv("XDG_CONFIG_HOME"); config && *config)
        return std::filesystem::path(config) / "parity" / "audit-signing.key";
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : ".") / ".config" / "parity" / "audit-signing.key";
}

} // namespace parity::audit
