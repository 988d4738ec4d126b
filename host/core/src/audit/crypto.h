// The cryptography the audit trail uses, all from libsodium: SHA-256 for the chain,
// Ed25519 for the signed checkpoint.
#pragma once

#include <array>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>

struct crypto_hash_sha256_state;

namespace parity::audit {

/// Initialises libsodium once; throws parity::EnvironmentError if it cannot.
void ensureSodium();

class Sha256 {
public:
    Sha256();
    ~Sha256();
    void update(std::string_view bytes);
    std::string hexDigest();   ///< finishes the hash

private:
    alignas(16) unsigned char m_state[128];
};

std::string toHex(const unsigned char* bytes, std::size_t size);

/// An Ed25519 key pair kept in a file (the secret key, hex, mode 0600), made on first use.
class SigningKey {
public:
    /// Loads the key at `file`, or makes and saves a new one if there is none.
    static SigningKey loadOrCreate(const std::filesystem::path& file);
    /// Loads the key at `file` and never makes one, takes no lock and writes nothing (for
    /// read-only use). Throws EnvironmentError naming the file if it is missing or unusable.
    static SigningKey loadExisting(const std::filesystem::path& file);
    std::string sign(std::string_view message) const;                          ///< hex signature
    bool verify(std::string_view message, std::string_view hexSignature) const;

private:
    static SigningKey readKey(const std::filesystem::path& file, std::istream& in);
    std::array<unsigned char, 64> m_secret{};
    std::array<unsigned char, 32> m_public{};
};

} // namespace parity::audit
