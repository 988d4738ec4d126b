#include "audit/crypto.h"

#include "common/error.h"

#include <sodium.h>

#include <fstream>
#include <sstream>

#include <sys/stat.h>

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

SigningKey SigningKey::loadOrCreate(const std::filesystem::path& file) {
    ensureSodium();
    SigningKey key;
    std::ifstream in(file);
    if (in) {
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
    crypto_sign_keypair(key.m_public.data(), key.m_secret.data());
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    const std::filesystem::path temporary = file.string() + ".new";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << toHex(key.m_secret.data(), key.m_secret.size()) << '\n';
        if (!out)
            throw EnvironmentError("cannot write the audit signing key " + file.string());
    }
    ::chmod(temporary.c_str(), 0600);
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
