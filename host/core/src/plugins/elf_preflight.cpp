#include "plugins/elf_preflight.h"

#include <elf.h>

#include <cstring>
#include <fstream>
#include <vector>

namespace parity {
namespace {

template <typename T>
bool readAt(std::ifstream& in, std::uint64_t offset, T& out) {
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(reinterpret_cast<char*>(&out), sizeof out);
    return static_cast<bool>(in);
}

std::string truncated(std::uint64_t needed, std::uint64_t size) {
    return "damaged plugin file: its headers describe " + std::to_string(needed) + " bytes but the file has only " +
           std::to_string(size) + " (an interrupted copy or download?)";
}

} // namespace

std::string elfPreflightProblem(const std::filesystem::path& file) {
    std::error_code ec;
    const std::uint64_t size = std::filesystem::file_size(file, ec);
    if (ec)
        return "cannot read the file: " + ec.message();
    std::ifstream in(file, std::ios::binary);
    Elf64_Ehdr header{};
    if (!in || !readAt(in, 0, header) || std::memcmp(header.e_ident, ELFMAG, SELFMAG) != 0 ||
        header.e_ident[EI_CLASS] != ELFCLASS64)
        return {};   // not a 64-bit ELF file: dlopen explains why

    std::uint64_t needed = header.e_phoff + std::uint64_t(header.e_phnum) * header.e_phentsize;
    if (header.e_shnum != 0)
        needed = std::max<std::uint64_t>(needed, header.e_shoff + std::uint64_t(header.e_shnum) * header.e_shentsize);
    if (needed > size)
        return truncated(needed, size);

    for (unsigned i = 0; i < header.e_phnum; ++i) {
        Elf64_Phdr segment{};
        if (!readAt(in, header.e_phoff + std::uint64_t(i) * header.e_phentsize, segment))
            return truncated(needed, size);
        needed = std::max<std::uint64_t>(needed, segment.p_offset + segment.p_filesz);
    }
    for (unsigned i = 0; i < header.e_shnum; ++i) {
        Elf64_Shdr section{};
        if (!readAt(in, header.e_shoff + std::uint64_t(i) * header.e_shentsize, section))
            return truncated(needed, size);
        if (section.sh_type != SHT_NOBITS)
            needed = std::max<std::uint64_t>(needed, section.sh_offset + section.sh_size);
    }
    return needed > size ? truncated(needed, size) : std::string();
}

} // namespace parity
