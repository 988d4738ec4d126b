// What every parity-cli command shares: the global options and the plugins they load.
#pragma once

#include "catalog/form_catalog.h"
#include "plugins/plugin_host.h"
#include "records/record_service.h"
#include "rules/form_session.h"

#include <nlohmann/json.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace parity::cli {

/// Exit codes of the DESIGN.md contract.
enum ExitCode : int { kOk = 0, kCheckFailed = 1, kUsage = 2, kEnvironment = 3 };

struct GlobalOptions {
    std::string database;                          ///< --db PATH (else $PARITY_DB, else the default)
    std::vector<std::filesystem::path> pluginDirs; ///< --plugins DIR, repeatable
    std::string user;                              ///< --user NAME, for writes
    bool json = false;                             ///< --json
    std::string language = "en";                   ///< --lang, for messages and labels
};

/// Registers the options every command takes (--db, --plugins, --json) on a subcommand,
/// so that each command's --help lists them.
void addCommonOptions(CLI::App& command, GlobalOptions& options);
/// Adds --user NAME, required, to a command that writes.
void addUserOption(CLI::App& command, GlobalOptions& options);

/// Adds --lang en|es.
void addLanguageOption(CLI::App& command, GlobalOptions& options);

/// Loads every plugin on the search path plus --plugins directories.
PluginHost loadPlugins(const GlobalOptions& options);

/// The form `formId` from `catalog`; throws EnvironmentError naming what is available.
const CatalogForm& requireForm(const FormCatalog& catalog, const std::string& formId);

/// Plugins, forms and the record store, opened for one command.
struct Session {
    PluginHost plugins;
    FormCatalog catalog;
    std::unique_ptr<records::RecordService> records;
};
/// What a command does with the database.
enum class DatabaseUse {
    Writes,   ///< opened read-write (created and migrated if needed); refused if write-protected
    Reads,    ///< the same, but a database this user cannot write is opened read-only
};
/// Loads plugins and forms and opens the database (--db, $PARITY_DB, or the default).
std::unique_ptr<Session> openSession(const GlobalOptions& options, DatabaseUse use = DatabaseUse::Writes);

/// --user, else $USER, for reads that are logged (viewing a record).
std::string viewer(const GlobalOptions& options);

/// --as-of DATETIME: act as if it were then (fixed clocks for deadlines and 'today').
void addAsOfOption(CLI::App& command, std::string& asOf);
/// The --as-of value read in the environment's zone; nothing when not given.
std::optional<Seconds> parseAsOf(const std::string& asOf, const rules::EvaluationEnvironment& environment);

/// One validation issue as JSON: {field, rule, severity, message[, item]}.
nlohmann::ordered_json issueJson(const rules::ValidationIssue& issue);
/// One validation issue as a line of text for a terminal.
std::string issueLine(const rules::ValidationIssue& issue);

} // namespace parity::cli
