// The signed checkpoint file on its own: two slots written alternately in place, what a
// torn or edited slot does to reading and advancing, the format-1 file of earlier
// versions, and read-only use without a signing key.
#include "audit/checkpoint.h"
#include "common/error.h"
#include "temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>

namespace fs = std::filesystem;
using parity::audit::Checkpoint;
using parity::audit::CheckpointFile;
using parity::test::TempDir;

namespace {

/// Advances and waits for the checkpoint writer: these tests read the file's bytes
/// straight after (the writer syncs in the background and coalesces what queues up).
void advanceAndSync(parity::audit::CheckpointFile& file, const parity::audit::Checkpoint& checkpoint) {
    file.advance(checkpoint);
    file.waitUntilDurable();
}


const std::string kDatabase = "0123456789abcdef0123456789abcdef";

std::string hashOf(std::int64_t seq) { return std::string(63, 'a') + char('0' + seq % 10); }
Checkpoint at(std::int64_t seq) { return {kDatabase, seq, hashOf(seq)}; }

std::string bytesOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
void writeBytes(const fs::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}
/// Overwrites `length` bytes of `file` at `offset` with `fill`, as a torn write might.
void damage(const fs::path& file, std::size_t offset, std::size_t length, char fill = '\0') {
    std::string bytes = bytesOf(file);
    BOOST_TEST_REQUIRE(bytes.size() >= offset + length);
    bytes.replace(offset, length, std::string(length, fill));
    writeBytes(file, bytes);
}
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct Files {
    TempDir dir;
    fs::path file = dir / "parity.db.checkpoint";
    fs::path key = dir / "keys" / "audit-signing.key";
    CheckpointFile checkpoint{file, key};
};

constexpr std::size_t kSlot = CheckpointFile::kSlotSize;

} // namespace

BOOST_FIXTURE_TEST_SUITE(CheckpointSlots, Files)

BOOST_AUTO_TEST_CASE(a_new_checkpoint_fills_both_slots) {
    BOOST_TEST(!checkpoint.read().has_value());
    advanceAndSync(checkpoint, at(0));
    const std::string bytes = bytesOf(file);
    BOOST_TEST(bytes.size() == 2 * kSlot);
    BOOST_TEST(bytes.substr(0, kSlot) == bytes.substr(kSlot));
    BOOST_TEST(bytes.rfind("parity-audit-checkpoint-2\ndatabase " + kDatabase + "\nseq 0\nhash ", 0) == 0u);
    const auto reading = checkpoint.read();
    BOOST_TEST_REQUIRE(reading.has_value());
    BOOST_TEST(reading->newest.seq == 0);
    BOOST_TEST(reading->older.value_or(at(99)).seq == 0);
    BOOST_TEST(reading->damage.empty());
    BOOST_TEST(!reading->legacyFormat);
}

BOOST_AUTO_TEST_CASE(advancing_overwrites_the_older_slot_and_never_moves_back) {
    advanceAndSync(checkpoint, at(0));
    advanceAndSync(checkpoint, at(1));
    advanceAndSync(checkpoint, at(2));
    std::string bytes = bytesOf(file);
    BOOST_TEST(bytes.size() == 2 * kSlot);   // written in place: the file never grows
    // 1 went over slot B (both held 0), 2 over slot A (holding the older 0).
    BOOST_TEST(contains(bytes.substr(0, kSlot), "\nseq 2\n"));
    BOOST_TEST(contains(bytes.substr(kSlot), "\nseq 1\n"));
    advanceAndSync(checkpoint, at(1));   // a slower process: ignored
    BOOST_TEST(bytesOf(file) == bytes);
    const auto reading = checkpoint.read();
    BOOST_TEST(reading->newest.seq == 2);
    BOOST_TEST(reading->newest.hash == hashOf(2));
    BOOST_TEST(reading->older->seq == 1);

    // Another process (another CheckpointFile) continues from there.
    CheckpointFile other(file, key);
    advanceAndSync(other, at(3));
    bytes = bytesOf(file);
    BOOST_TEST(contains(bytes.substr(kSlot), "\nseq 3\n"));
    BOOST_TEST(checkpoint.read()->newest.seq == 3);
}

// A power loss while the newest slot is written leaves it torn: the other slot still
// holds the checkpoint before. That is said, not treated as tampering.
BOOST_AUTO_TEST_CASE(a_torn_slot_leaves_the_other_in_use_and_says_so) {
    advanceAndSync(checkpoint, at(0));
    advanceAndSync(checkpoint, at(1));
    advanceAndSync(checkpoint, at(2));   // slot A
    damage(file, 100, 200);      // slot A torn half-way through its signature
    const auto reading = checkpoint.read();
    BOOST_TEST_REQUIRE(reading.has_value());
    BOOST_TEST(reading->newest.seq == 1);
    BOOST_TEST(!reading->older.has_value());
    BOOST_TEST(contains(reading->damage, "slot A of the audit checkpoint " + file.string() + " is unreadable"),
               reading->damage);
    BOOST_TEST(contains(reading->damage, "entries after entry 1 are protected by the hash chain alone"),
               reading->damage);

    // The next advance repairs the torn slot, never the good one.
    advanceAndSync(checkpoint, at(3));
    const auto repaired = checkpoint.read();
    BOOST_TEST(repaired->damage.empty());
    BOOST_TEST(repaired->newest.seq == 3);
    BOOST_TEST(repaired->older->seq == 1);
}

BOOST_AUTO_TEST_CASE(stray_bytes_after_a_good_slot_make_it_unreadable) {
    advanceAndSync(checkpoint, at(0));
    advanceAndSync(checkpoint, at(1));   // slot B
    damage(file, 2 * kSlot - 10, 4, 'x');   // in B's padding, after its text
    const auto reading = checkpoint.read();
    BOOST_TEST(reading->newest.seq == 0);
    BOOST_TEST(contains(reading->damage, "slot B"), reading->damage);
}

BOOST_AUTO_TEST_CASE(a_file_cut_short_has_one_slot_left) {
    advanceAndSync(checkpoint, at(0));
    advanceAndSync(checkpoint, at(1));   // slot B
    writeBytes(file, bytesOf(file).substr(0, kSlot + 100));
    const auto reading = checkpoint.read();
    BOOST_TEST(reading->newest.seq == 0);
    BOOST_TEST(contains(reading->damage, "slot B"), reading->damage);
}

BOOST_AUTO_TEST_CASE(when_no_slot_verifies_reading_fails_and_advancing_leaves_the_file_alone) {
    advanceAndSync(checkpoint, at(0));
    advanceAndSync(checkpoint, at(1));
    damage(file, 40, 10);
    damage(file, kSlot + 40, 10);
    const std::string bytes = bytesOf(file);
    try {
        checkpoint.read();
        BOOST_ERROR("a checkpoint with no good slot was read");
    } catch (const parity::CheckFailed& e) {
        BOOST_TEST(contains(e.what(), "is unreadable"), e.what());
    }
    // It is evidence: advancing must not paper over it with a fresh checkpoint.
    try {
        advanceAndSync(checkpoint, at(2));
        BOOST_ERROR("a checkpoint with no good slot was overwritten");
    } catch (const parity::EnvironmentError& e) {
        BOOST_TEST(contains(e.what(), "does not verify for this database"), e.what());
    }
    BOOST_TEST(bytesOf(file) == bytes);
}

BOOST_AUTO_TEST_CASE(an_edited_slot_fails_its_signature) {
    advanceAndSync(checkpoint, at(0));
    advanceAndSync(checkpoint, at(7));   // slot B
    std::string bytes = bytesOf(file);
    bytes.replace(bytes.find("\nseq 7\n"), 7, "\nseq 5\n");
    writeBytes(file, bytes);
    const auto reading = checkpoint.read();
    BOOST_TEST(reading->newest.seq == 0);
    BOOST_TEST(contains(reading->damage, "slot B of the audit checkpoint " + file.string() +
                                             " is not signed by this installation's key"),
               reading->damage);
    bytes.replace(bytes.find("\nseq 0\n"), 7, "\nseq 4\n");
    writeBytes(file, bytes);
    try {
        checkpoint.read();
        BOOST_ERROR("an edited checkpoint was read");
    } catch (const parity::CheckFailed& e) {
        BOOST_TEST(contains(e.what(), "is not signed by this installation's audit key"), e.what());
    }
}

BOOST_AUTO_TEST_CASE(a_checkpoint_of_another_database_is_not_advanced_over) {
    advanceAndSync(checkpoint, at(0));
    const std::string bytes = bytesOf(file);
    BOOST_CHECK_THROW(advanceAndSync(checkpoint, {"ffff", 1, hashOf(1)}), parity::EnvironmentError);
    BOOST_TEST(bytesOf(file) == bytes);
}

// Format 1 (one checkpoint, the whole file, replaced on every commit) is what earlier
// versions wrote: it is read as it is and converted to two slots at the next advance.
BOOST_AUTO_TEST_CASE(a_format_1_checkpoint_is_read_and_converted_at_the_next_advance) {
    const auto signingKey = parity::audit::SigningKey::loadOrCreate(key);
    const std::string body = "parity-audit-checkpoint-1\ndatabase " + kDatabase + "\nseq 4\nhash " + hashOf(4) + "\n";
    writeBytes(file, body + "signature " + signingKey.sign(body) + "\n");
    CheckpointFile reopened(file, key);
    const auto reading = reopened.read();
    BOOST_TEST_REQUIRE(reading.has_value());
    BOOST_TEST(reading->legacyFormat);
    BOOST_TEST(reading->newest.seq == 4);
    BOOST_TEST(reading->newest.hash == hashOf(4));

    advanceAndSync(reopened, at(3));   // behind: nothing to do, and nothing converted
    BOOST_TEST(bytesOf(file).rfind("parity-audit-checkpoint-1", 0) == 0u);
    advanceAndSync(reopened, at(5));
    const std::string bytes = bytesOf(file);
    BOOST_TEST(bytes.size() == 2 * kSlot);
    BOOST_TEST(bytes.rfind("parity-audit-checkpoint-2", 0) == 0u);
    const auto converted = reopened.read();
    BOOST_TEST(!converted->legacyFormat);
    BOOST_TEST(converted->newest.seq == 5);
    BOOST_TEST(converted->older->seq == 4);
    BOOST_TEST(converted->older->hash == hashOf(4));

    // An edited format-1 file still fails its signature.
    std::string edited = body + "signature " + signingKey.sign(body) + "\n";
    edited.replace(edited.find("\nseq 4\n"), 7, "\nseq 2\n");
    writeBytes(file, edited);
    BOOST_CHECK_THROW(reopened.read(), parity::CheckFailed);
}

BOOST_AUTO_TEST_CASE(read_only_access_never_makes_a_key_and_never_writes) {
    const fs::path missingKey = dir / "elsewhere" / "audit-signing.key";
    CheckpointFile readOnly(file, missingKey, CheckpointFile::Access::ReadOnly);
    BOOST_TEST(!fs::exists(missingKey));
    BOOST_TEST(!fs::exists(missingKey.parent_path()));
    BOOST_TEST(!readOnly.read().has_value());   // no file: nothing to check
    advanceAndSync(checkpoint, at(0));
    try {
        readOnly.read();
        BOOST_ERROR("a checkpoint was read without its key");
    } catch (const parity::CheckFailed& e) {
        BOOST_TEST(contains(e.what(), missingKey.string() + " is not here"), e.what());
        BOOST_TEST(contains(e.what(), "cannot be checked"), e.what());
    }
    const std::string bytes = bytesOf(file);
    BOOST_CHECK_THROW(readOnly.advance(at(1)), parity::EnvironmentError);
    BOOST_TEST(bytesOf(file) == bytes);

    // With the key it reads, and still writes nothing.
    CheckpointFile withKey(file, key, CheckpointFile::Access::ReadOnly);
    BOOST_TEST(withKey.read()->newest.seq == 0);
    BOOST_CHECK_THROW(withKey.advance(at(1)), parity::EnvironmentError);
    BOOST_TEST(bytesOf(file) == bytes);
}

// Commits faster than the disk syncs: each advance returns at once, the writer writes
// only the newest checkpoint that queued up while it synced, and a read (or the end of
// the process) sees the last one.
BOOST_AUTO_TEST_CASE(a_burst_of_advances_ends_with_the_newest_on_disk_and_a_good_older_slot) {
    checkpoint.advance(at(0));
    checkpoint.waitUntilDurable();   // the file exists: from here on each write takes one slot
    for (std::int64_t seq = 1; seq < 200; ++seq)
        checkpoint.advance(at(seq));
    const auto reading = checkpoint.read();
    BOOST_TEST_REQUIRE(reading.has_value());
    BOOST_TEST(reading->newest.seq == 199);
    BOOST_TEST(reading->newest.hash == hashOf(199));
    BOOST_TEST_REQUIRE(reading->older.has_value());
    BOOST_TEST(reading->older->seq < 199);
    BOOST_TEST(reading->damage.empty());

    // Another instance (another process) sees the same once this one is done.
    {
        CheckpointFile burst(file, key);
        for (std::int64_t seq = 200; seq < 260; ++seq)
            burst.advance(at(seq));
    }   // the destructor waits for the newest to reach the disk
    CheckpointFile reader(file, key, CheckpointFile::Access::ReadOnly);
    BOOST_TEST(reader.read()->newest.seq == 259);
}

BOOST_AUTO_TEST_SUITE_END()
