// Runs a program (parity-cli) as a separate process and captures what it did.
#pragma once

#include <string>
#include <vector>

namespace parity::test {

struct CommandResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Runs `program` with `args` (no shell), waits, and returns exit code, stdout and stderr.
CommandResult runCommand(const std::string& program, const std::vector<std::string>& args);

/// Runs the parity-cli built with the tests.
CommandResult runCli(const std::vector<std::string>& args);

} // namespace parity::test
