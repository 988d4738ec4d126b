#include "audit/crypto.h"

#include "common/error.h"

#include <sodium.h>

#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace parity::audit {

static_assert(sizeof(crypto_hash_sha256_state) <= 128, "Sha256 state buffer too small");

void ensureSodium() {
    static const int ready = sodium_init();
    if (ready < 0)
        throw EnvironmentError("libsodium could not be initialised");
}

Sha256::Sha256() {
    ensureSodium();
    crypto_hash_sha256_init(reinterpret_cast<crypto_hash_sha256_state*>(m_state));
}

Sha256::~Sha256() { sodium_memzero(m_state, sizeof m_state); }

void Sha256::update(std::string_view bytes) {
    crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state*>(m_state),
                              reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string Sha256::hexDigest() {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(reinterpret_cast<crypto_hash_sha256_state*>(m_state), digest);
    return toHex(digest, sizeof digest);
}

std::string toHex(const unsigned char* bytes, std::size_t size) {
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

namespace {

/// Holds an exclusive lock on `file` (made if missing) while alive.
class KeyLock {
public:
    explicit KeyLock(const std::filesystem::path& file) {
        m_fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0 || ::flock(m_fd, LOCK_EX) != 0)
            throw EnvironmentError("cannot lock " + file.string());
    }
    ~KeyLock() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    KeyLock(const KeyLock&) = delete;
    KeyLock& operator=(const KeyLock&) = delete;

private:
    int m_fd = -1;
};

} // namespace

SigningKey SigningKey::readKey(const std::filesystem::path& file, std::istream& in) {
    SigningKey key;
    std::string hex;
    in >> hex;
    std::size_t length = 0;
    if (sodium_hex2bin(key.m_secret.data(), key.m_secret.size(), hex.c_str(), hex.size(), nullptr, &length,
                       nullptr) != 0 ||
        length != key.m_secret.size())
        throw EnvironmentError("the audit signing key " + file.string() + " is damaged");
    crypto_sign_ed25519_sk_to_pk(key.m_public.data(), key.m_secret.data());
    return key;
}

SigningKey SigningKey::loadExisting(const std::filesystem::path& file) {
    ensureSodium();
    std::ifstream in(file);
    std::error_code ec;
    if (!in)
        throw EnvironmentError("the audit signing key " + file.string() +
                               (std::filesystem::exists(file, ec) ? " cannot be read" : " is not here"));
    return readKey(file, in);
}

SigningKey SigningKey::loadOrCreate(const std::filesystem::path& file) {
    ensureSodium();
    SigningKey key;
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    // Two processes starting at once must end up with one key: create it under a lock.
    KeyLock lock(file.string() + ".lock");
    const bool exists = std::filesystem::exists(file, ec);
    if (ec)
        throw EnvironmentError("cannot look for the audit signing key " + file.string() + ": " + ec.message());
    std::ifstream in(file);
    if (exists && !in)
        // Never replace a key that exists but cannot be read: every checkpoint it signed
        // would then look forged.
        throw EnvironmentError("the audit signing key " + file.string() + " exists but cannot be read");
    if (in)
        return readKey(file, in);
    crypto_sign_keypair(key.m_public.data(), key.m_secret.data());
    const std::filesystem::path temporary = file.string() + ".new";
    const std::string text = toHex(key.m_secret.data(), key.m_secret.size()) + "\n";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const bool written = fd >= 0 && ::write(fd, text.data(), text.size()) == ssize_t(text.size()) && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!written)
        throw EnvironmentError("cannot write the audit signing key " + file.string());
    std::filesystem::rename(temporary, file, ec);
    if (ec)
        throw EnvironmentError("cannot save the audit signing key " + file.string() + ": " + ec.message());
    return key;
}

std::string SigningKey::sign(std::string_view message) const {
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         m_secret.data());
    return toHex(signature, sizeof signature);
}

bool SigningKey::verify(std::string_view message, std::string_view hexSignature) const {
    unsigned char signature[crypto_sign_BYTES];
    std::size_t length = 0;
    if (sodium_hex2bin(signature, sizeof signature, hexSignature.data(), hexSignature.size(), nullptr, &length,
                       nullptr) != 0 ||
        length != sizeof signature)
        return false;
    return crypto_sign_verify_detached(signature, reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), m_public.data()) == 0;
}

} // namespace parity::audit
