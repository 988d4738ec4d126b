#include "audit/checkpoint.h"

#include "common/error.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <system_error>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace parity::audit {

namespace {

const char* kMagic = "parity-audit-checkpoint-2";
const char* kLegacyMagic = "parity-audit-checkpoint-1";
const char* kSlotNames[CheckpointFile::kSlotCount] = {"A", "B"};

/// The bytes that are signed. Format 2 names itself, so that a format-1 signature can
/// never pass for a slot or the other way round.
std::string signedMessage(const char* magic, const Checkpoint& c) {
    return std::string(magic) + "\ndatabase " + c.databaseId + "\nseq " + std::to_string(c.seq) + "\nhash " + c.hash +
           "\n";
}

/// A file descriptor closed when it goes out of scope.
class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor() {
        if (m_fd >= 0)
            ::close(m_fd);   // closing also releases a flock
    }
    Descriptor(Descriptor&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    Descriptor& operator=(Descriptor&&) = delete;
    int get() const { return m_fd; }
    bool ok() const { return m_fd >= 0; }
    /// Gives up ownership: the caller closes it.
    int release() {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};

/// An exclusive lock on a file beside the checkpoint, for the read-compare-write.
Descriptor exclusiveLock(const std::filesystem::path& file) {
    Descriptor fd(::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600));
    if (!fd.ok() || ::flock(fd.get(), LOCK_EX) != 0)
        throw EnvironmentError("cannot lock " + file.string() + ": " + std::strerror(errno));
    return fd;
}

/// A shared lock, when the lock file exists and can be opened: a reader then never sees
/// a slot half-written by a running writer. On a read-only copy there may be no lock
/// file and no writer: reading goes ahead without it.
Descriptor sharedLockIfPossible(const std::filesystem::path& file) {
    Descriptor fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.ok())
        ::flock(fd.get(), LOCK_SH);
    return fd;
}

/// Reads up to `size` bytes from the start of `fd`.
std::string readAll(int fd, std::size_t size, const std::filesystem::path& file) {
    std::string bytes(size, '\0');
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, bytes.data() + done, size - done, off_t(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw CheckFailed("the audit checkpoint " + file.string() + " cannot be read: " + std::strerror(errno));
        if (n == 0)
            break;
        done += std::size_t(n);
    }
    bytes.resize(done);
    return bytes;
}

bool isHex(const std::string& text, std::size_t minimum, std::size_t maximum) {
    return text.size() >= minimum && text.size() <= maximum &&
           text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

/// Parses "database ID seq N hash H signature S" after the magic word, or nothing.
std::optional<std::pair<Checkpoint, std::string>> parseFields(std::istream& in) {
    std::string dbWord, seqWord, hashWord, sigWord, signature;
    Checkpoint c;
    in >> dbWord >> c.databaseId >> seqWord >> c.seq >> hashWord >> c.hash >> sigWord >> signature;
    if (!in || dbWord != "database" || seqWord != "seq" || hashWord != "hash" || sigWord != "signature" ||
        c.seq < 0 || !isHex(c.databaseId, 1, 64) || !isHex(c.hash, 64, 64) || !isHex(signature, 128, 128))
        return std::nullopt;
    return std::make_pair(c, signature);
}

} // namespace

struct CheckpointFile::Slot {
    enum class State { Good, Unreadable, NotSigned } state = State::Unreadable;
    Checkpoint checkpoint;
};

CheckpointFile::CheckpointFile(std::filesystem::path file, std::filesystem::path keyFile, Access access)
    : m_file(std::move(file)), m_keyFile(std::move(keyFile)), m_access(access) {
    if (access == Access::ReadWrite) {
        m_key = SigningKey::loadOrCreate(m_keyFile);
        return;
    }
    try {
        m_key = SigningKey::loadExisting(m_keyFile);
    } catch (const EnvironmentError& e) {
        // Reading records or the trail needs no key; checking the checkpoint does.
        m_keyProblem = e.what();
    }
}

CheckpointFile::SlotBytes CheckpointFile::slotFor(const Checkpoint& c) const {
    const std::string body = signedMessage(kMagic, c);
    const std::string text = body + "signature " + m_key->sign(body) + "\n";
    SlotBytes slot;
    slot.fill('\n');   // padding: `cat` shows the two slots one after the other
    if (text.size() > slot.size())
        throw EnvironmentError("the audit checkpoint does not fit its slot (database id too long)");
    std::memcpy(slot.data(), text.data(), text.size());
    return slot;
}

CheckpointFile::Slot CheckpointFile::examine(const std::string& file, std::size_t index) const {
    Slot slot;
    if (file.size() < (index + 1) * kSlotSize)
        return slot;   // a file cut short: this slot is unreadable
    SlotBytes bytes;
    std::memcpy(bytes.data(), file.data() + index * kSlotSize, kSlotSize);
    std::istringstream in(std::string(bytes.data(), bytes.size()));
    std::string magic;
    in >> magic;
    const auto fields = magic == kMagic ? parseFields(in) : std::nullopt;
    if (!fields)
        return slot;
    slot.checkpoint = fields->first;
    if (m_known[index] == bytes) {
        slot.state = Slot::State::Good;   // written or verified by this process, unchanged since
        return slot;
    }
    // Only the exact bytes Parity writes count: a slot with stray bytes after a torn write
    // is not "good" even if its first lines happen to parse.
    const std::string body = signedMessage(kMagic, slot.checkpoint);
    const std::string text = body + "signature " + fields->second + "\n";
    if (text.size() > bytes.size() || std::memcmp(text.data(), bytes.data(), text.size()) != 0 ||
        std::string_view(bytes.data() + text.size(), bytes.size() - text.size()).find_first_not_of('\n') !=
            std::string_view::npos)
        return slot;
    slot.state = m_key && m_key->verify(body, fields->second) ? Slot::State::Good : Slot::State::NotSigned;
    if (slot.state == Slot::State::Good)
        m_known[index] = bytes;
    return slot;
}

std::optional<CheckpointReading> CheckpointFile::read() const {
    waitForWriter();   // what this process committed is in the file before it is read
    const Descriptor lock = sharedLockIfPossible(m_file.string() + ".lock");
    const Descriptor fd(::open(m_file.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd.ok() && errno == ENOENT)
        return std::nullopt;
    if (!fd.ok())
        throw CheckFailed("the audit checkpoint " + m_file.string() + " cannot be read: " + std::strerror(errno));
    if (!m_key)
        throw CheckFailed(m_keyProblem + ", so the signed checkpoint " + m_file.string() +
                          " cannot be checked (point $PARITY_AUDIT_KEY at this installation's key)");
    return interpret(readAll(fd.get(), kSlotSize * kSlotCount + 1, m_file));
}

CheckpointReading CheckpointFile::interpret(const std::string& bytes) const {
    const std::string notSigned = "the audit checkpoint " + m_file.string() +
                                  " is not signed by this installation's audit key: it was altered or made elsewhere";
    const std::string unreadable = "the audit checkpoint " + m_file.string() + " is unreadable";

    if (bytes.rfind(kLegacyMagic, 0) == 0) {
        // Format 1: one checkpoint, the whole file. Read as before; advance() converts it.
        std::istringstream in(bytes);
        std::string magic;
        in >> magic;
        const auto fields = parseFields(in);
        if (!fields)
            throw CheckFailed(unreadable);
        if (!m_key->verify(signedMessage(kLegacyMagic, fields->first), fields->second))
            throw CheckFailed(notSigned);
        CheckpointReading reading;
        reading.newest = fields->first;
        reading.legacyFormat = true;
        return reading;
    }

    Slot slots[kSlotCount];
    for (std::size_t i = 0; i < kSlotCount; ++i)
        slots[i] = examine(bytes, i);
    const bool good0 = slots[0].state == Slot::State::Good, good1 = slots[1].state == Slot::State::Good;
    if (!good0 && !good1)
        throw CheckFailed(slots[0].state == Slot::State::NotSigned || slots[1].state == Slot::State::NotSigned
                              ? notSigned
                              : unreadable);
    CheckpointReading reading;
    if (good0 && good1) {
        const bool firstIsNewer = slots[0].checkpoint.seq >= slots[1].checkpoint.seq;
        reading.newest = slots[firstIsNewer ? 0 : 1].checkpoint;
        reading.older = slots[firstIsNewer ? 1 : 0].checkpoint;
        return reading;
    }
    const std::size_t good = good0 ? 0 : 1, bad = 1 - good;
    reading.newest = slots[good].checkpoint;
    reading.damage = "slot " + std::string(kSlotNames[bad]) + " of the audit checkpoint " + m_file.string() +
                     (slots[bad].state == Slot::State::NotSigned ? " is not signed by this installation's key"
                                                                 : " is unreadable") +
                     " (a write cut short by a crash or power loss, or an edit); slot " + kSlotNames[good] +
                     " is used: entries after entry " + std::to_string(reading.newest.seq) +
                     " are protected by the hash chain alone until the next change rewrites the slot";
    return reading;
}

void CheckpointFile::replaceWhole(const SlotBytes& first, const SlotBytes& second) const {
    // Only when the file is made or converted from format 1: write a new file and rename
    // it over the old, so that a crash leaves the old file or the new, never a mixture.
    const std::filesystem::path temporary = m_file.string() + ".new";
    const auto fail = [&](const std::string& what) {
        throw EnvironmentError("cannot write the audit checkpoint " + m_file.string() + ": " + what + ": " +
                               std::strerror(errno));
    };
    {
        const Descriptor fd(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
        if (!fd.ok())
            fail("cannot create " + temporary.string());
        std::string bytes(first.data(), first.size());
        bytes.append(second.data(), second.size());
        if (::write(fd.get(), bytes.data(), bytes.size()) != ssize_t(bytes.size()) || ::fsync(fd.get()) != 0)
            fail("writing " + temporary.string());
    }
    if (std::rename(temporary.c_str(), m_file.c_str()) != 0)
        fail("renaming " + temporary.string());
    // The rename is durable only once the folder is.
    const std::filesystem::path folder = m_file.has_parent_path() ? m_file.parent_path() : ".";
    const Descriptor directory(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!directory.ok() || ::fsync(directory.get()) != 0)
        fail("syncing the folder " + folder.string());
    m_known[0] = first;
    m_known[1] = second;
}

CheckpointFile::~CheckpointFile() {
    // The newest checkpoint this process was asked for reaches the disk before it goes.
    waitForWriter();
    {
        std::lock_guard<std::mutex> guard(m_writerMutex);
        m_stopping = true;
    }
    m_work.notify_one();
    if (m_writer.joinable())
        m_writer.join();
}

void CheckpointFile::waitForWriter() const {
    std::unique_lock<std::mutex> guard(m_writerMutex);
    if (!m_writerBusy)
        return;
    // Someone needs the newest checkpoint on disk now (verify, process end, a test):
    // the writer drops its spacing.
    ++m_waiters;
    m_work.notify_all();
    m_writerIdle.wait(guard, [this] { return !m_writerBusy; });
    --m_waiters;
}

void CheckpointFile::waitUntilDurable() {
    waitForWriter();
    std::lock_guard<std::mutex> guard(m_writerMutex);
    if (!m_syncProblem.empty()) {
        const std::string problem = std::move(m_syncProblem);
        m_syncProblem.clear();
        throw EnvironmentError(problem);
    }
}

void CheckpointFile::advance(const Checkpoint& checkpoint) {
    if (m_access == Access::ReadOnly)
        throw EnvironmentError("the audit checkpoint " + m_file.string() + " is open read-only: it is not advanced");
    {
        std::lock_guard<std::mutex> guard(m_writerMutex);
        if (!m_syncProblem.empty()) {
            const std::string problem = std::move(m_syncProblem);
            m_syncProblem.clear();
            throw EnvironmentError(problem);
        }
        // Group commit: while the writer writes and syncs one slot, the checkpoints asked
        // for meanwhile collapse into the newest, written as soon as that one is on disk.
        if (!m_requested || m_requested->seq < checkpoint.seq)
            m_requested = checkpoint;
        const bool writerAsleep = m_writerWaiting;
        m_writerBusy = true;
        if (m_writer.joinable()) {
            // A writer at work takes the newest request when it is done: waking it is a
            // system call per commit for nothing.
            if (!writerAsleep)
                return;
        } else {
            try {
                // One thread for the life of the file: starting a thread per commit cost
                // more than the rest of the checkpoint (clone3 was ~10% of a submit).
                m_writer = std::thread([this] { writerLoop(); });
            } catch (const std::system_error&) {
                // No thread to be had: write and sync here, as the writer would.
                std::optional<Checkpoint> next = std::move(m_requested);
                m_requested.reset();
                m_writerBusy = false;
                writeAndSync(*next);   // throws its problem to the caller
                return;
            }
        }
    }
    m_work.notify_one();
}

void CheckpointFile::writeAndSync(const Checkpoint& checkpoint) {
    const std::optional<PendingSync> written = writeSlot(checkpoint);
    if (!written)
        return;
    // The lock is held until the slot is on disk: no writer (of this process or another)
    // touches the other slot while this one may still be lost to a power cut.
    const int failed = ::fdatasync(written->file) != 0 ? errno : 0;
    ::close(written->file);
    ::close(written->lock);
    if (failed)
        throw EnvironmentError("cannot sync the audit checkpoint " + m_file.string() + " to disk: " +
                               std::strerror(failed));
}

void CheckpointFile::writerLoop() {
    // Slots are written one at a time and each is on disk before the other is touched:
    // whatever a power loss interrupts, one slot holds a good checkpoint, never newer
    // than the database it describes.
    std::unique_lock<std::mutex> guard(m_writerMutex);
    for (;;) {
        m_writerWaiting = true;
        m_work.wait(guard, [this] { return m_stopping || m_requested.has_value(); });
        m_writerWaiting = false;
        if (!m_requested)
            return;   // stopping, with nothing left to write
        // Spacing: checkpoints asked for meanwhile fold into the newest. Nobody is woken
        // for it (advance() does not notify a writer that is not asleep on m_work).
        m_work.wait_until(guard, m_lastWrite + kWriteSpacing, [this] { return m_stopping || m_waiters > 0; });
        m_lastWrite = std::chrono::steady_clock::now();
        const Checkpoint next = std::move(*m_requested);
        m_requested.reset();
        guard.unlock();
        std::string problem;
        try {
            writeAndSync(next);
        } catch (const std::exception& e) {
            problem = e.what();
        }
        guard.lock();
        if (!problem.empty())
            m_syncProblem = problem;   // thrown by the next advance(), or by waitUntilDurable()
        if (!m_requested) {
            m_writerBusy = false;
            m_writerIdle.notify_all();
        }
    }
}

std::optional<CheckpointFile::PendingSync> CheckpointFile::writeSlot(const Checkpoint& checkpoint) {
    Descriptor lock = exclusiveLock(m_file.string() + ".lock");
    Descriptor fd(::open(m_file.c_str(), O_RDWR | O_CLOEXEC));
    if (!fd.ok() && errno == ENOENT) {
        const SlotBytes slot = slotFor(checkpoint);
        replaceWhole(slot, slot);   // both slots: from now on neither is ever legitimately empty
        return std::nullopt;
    }
    if (!fd.ok())
        throw EnvironmentError("cannot open the audit checkpoint " + m_file.string() + ": " + std::strerror(errno));
    const std::string bytes = readAll(fd.get(), kSlotSize * kSlotCount, m_file);
    const std::string refuse = "the audit checkpoint " + m_file.string() +
                               " does not verify for this database; it is left as it is (it is evidence for "
                               "`parity-cli audit verify`) and not advanced";

    if (bytes.rfind(kLegacyMagic, 0) == 0) {
        // Format 1, written by an earlier Parity: convert it (once, by replacing the file),
        // keeping its checkpoint in one slot and the newer one in the other.
        CheckpointReading legacy;
        try {
            legacy = interpret(bytes);
        } catch (const CheckFailed&) {
            throw EnvironmentError(refuse);
        }
        if (legacy.newest.databaseId != checkpoint.databaseId)
            throw EnvironmentError(refuse);
        const Checkpoint& old = legacy.newest;
        if (old.seq >= checkpoint.seq)
            return std::nullopt;   // never backwards
        replaceWhole(slotFor(old), slotFor(checkpoint));
        return std::nullopt;
    }

    // The newest slot that verifies for this database; the other one is overwritten.
    std::optional<std::size_t> newest;
    Checkpoint slotCheckpoint[kSlotCount];
    for (std::size_t i = 0; i < kSlotCount; ++i) {
        const Slot slot = examine(bytes, i);
        if (slot.state != Slot::State::Good || slot.checkpoint.databaseId != checkpoint.databaseId)
            continue;
        slotCheckpoint[i] = slot.checkpoint;
        if (!newest || slot.checkpoint.seq > slotCheckpoint[*newest].seq)
            newest = i;
    }
    if (!newest)
        throw EnvironmentError(refuse);
    if (slotCheckpoint[*newest].seq >= checkpoint.seq)
        return std::nullopt;   // never backwards
    const std::size_t target = 1 - *newest;
    const SlotBytes slot = slotFor(checkpoint);
    m_known[target].reset();
    const off_t offset = off_t(target * kSlotSize);
    if (::pwrite(fd.get(), slot.data(), slot.size(), offset) != ssize_t(slot.size()))
        throw EnvironmentError("cannot write the audit checkpoint " + m_file.string() + ": " + std::strerror(errno));
    m_known[target] = slot;
    // The lock goes with the sync: no other process writes the other slot before this one
    // is on disk.
    return PendingSync{fd.release(), lock.release()};
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
