#include "temp_dir.h"

#include <fstream>
#include <stdexcept>
#include <string>

#include <stdlib.h>

namespace parity::test {

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "parity-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create a temporary directory");
    m_path = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

void writeFile(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out)
        throw std::runtime_error("cannot write " + file.string());
}

} // namespace parity::test
