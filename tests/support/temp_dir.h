// A directory that exists for one test and is removed after it.
#pragma once

#include <filesystem>
#include <string>

namespace parity::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::filesystem::path& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

/// Writes `text` to `file`, replacing it.
void writeFile(const std::filesystem::path& file, const std::string& text);

} // namespace parity::test
