// Checks a plugin file's ELF headers against its size before dlopen sees it.
//
// Why: dlopen maps a library lazily. A truncated copy (an interrupted download or
// copy) can load "successfully" and then kill the host with SIGBUS the first time
// code from the missing part runs. Reading the headers first turns that into a
// rejection with a reason.
#pragma once

#include <filesystem>
#include <string>

namespace parity {

/// An empty string when every header, program segment and section the file's
/// ELF header announces lies inside the file; otherwise what is wrong. Files that
/// are not ELF at all pass: dlopen gives the better message for those.
std::string elfPreflightProblem(const std::filesystem::path& file);

} // namespace parity
