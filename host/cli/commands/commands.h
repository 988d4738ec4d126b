// Each parity-cli command registers itself on the app and runs when chosen.
#pragma once

#include "cli_context.h"

#include <functional>

namespace parity::cli {

/// Adds a subcommand to `app`; the returned function runs it and gives the exit code.
using CommandRunner = std::function<int()>;

CommandRunner addPluginsCommand(CLI::App& app, GlobalOptions& options);
CommandRunner addFormsCommand(CLI::App& app, GlobalOptions& options);
CommandRunner addFormCommand(CLI::App& app, GlobalOptions& options);
CommandRunner addLintCommand(CLI::App& app, GlobalOptions& options);
CommandRunner addValidateCommand(CLI::App& app, GlobalOptions& options);
CommandRunner addSubmitCommand(CLI::App& app, GlobalOptions& options);
CommandRunner addRecordsCommand(CLI::App& app, GlobalOptions& options);
CommandRunner addShowCommand(CLI::App& app, GlobalOptions& options);
CommandRunner addAmendCommand(CLI::App& app, GlobalOptions& options);
CommandRunner addSignCommand(CLI::App& app, GlobalOptions& options);
CommandRunner addSettingsCommand(CLI::App& app, GlobalOptions& options);
/// "audit" with its subcommands log, verify (and run).
CommandRunner addAuditCommand(CLI::App& app, GlobalOptions& options);

} // namespace parity::cli
