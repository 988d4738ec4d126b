#include "cli_context.h"

#include "common/error.h"

#include <cstdlib>
#include "plugins/plugin_search_path.h"

namespace parity::cli {

void addCommonOptions(CLI::App& app, GlobalOptions& options) {
    app.add_option("--db", options.database, "Database file (default: $PARITY_DB, else "
                                             "$XDG_DATA_HOME/parity/parity.db)");
    app.add_option("--plugins", options.pluginDirs,
                   "Also load plugins from DIR (repeatable; searched after the standard places)")
        ->type_name("DIR")
        ->allow_extra_args(false);
    app.add_flag("--json", options.json, "Print machine-readable JSON");
}

void addUserOption(CLI::App& command, GlobalOptions& options) {
    command.add_option("--user", options.user, "Who is doing this (recorded in the audit trail)")->required();
}

void addLanguageOption(CLI::App& command, GlobalOptions& options) {
    command.add_option("--lang", options.language, "Language of labels and messages")
        ->check(CLI::IsMember({"en", "es"}));
}

const CatalogForm& requireForm(const FormCatalog& catalog, const std::string& formId) {
    if (const CatalogForm* form = catalog.find(formId))
        return *form;
    std::string known;
    for (const CatalogForm& f : catalog.forms())
        known += (known.empty() ? "" : ", ") + f.id();
    for (const RejectedForm& r : catalog.rejected())
        if (r.file.find(formId.substr(formId.find('.') + 1)) != std::string::npos)
            known += "; note: " + r.file + " was rejected (see parity-cli forms)";
    throw EnvironmentError("no loaded form has the id '" + formId + "' (available: " + known + ")");
}

nlohmann::ordered_json issueJson(const rules::ValidationIssue& issue) {
    nlohmann::ordered_json out;
    out["field"] = issue.fieldId.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(issue.fieldId);
    out["rule"] = issue.ruleId;
    out["severity"] = forms::severityName(issue.severity);
    out["message"] = issue.message;
    if (issue.item >= 0)
        out["item"] = issue.item + 1;
    return out;
}

std::string issueLine(const rules::ValidationIssue& issue) {
    std::string where = issue.fieldId.empty() ? "(form)" : issue.fieldId;
    if (issue.item >= 0)
        where += "[" + std::to_string(issue.item + 1) + "]";
    return forms::severityName(issue.severity) + "  " + where + "  [" + issue.ruleId + "]  " + issue.message;
}

std::unique_ptr<Session> openSession(const GlobalOptions& options, DatabaseUse use) {
    auto session = std::make_unique<Session>();
    session->plugins = loadPlugins(options);
    session->catalog = FormCatalog::build(session->plugins);
    auto location = records::StoreLocation::at(options.database);
    // An auditor's copy, a write-protected file, read-only media: reading needs no writing.
    location.readOnly = use == DatabaseUse::Reads && !store::Database::isWritable(location.database);
    session->records = std::make_unique<records::RecordService>(location, session->catalog);
    return session;
}

void addAsOfOption(CLI::App& command, std::string& asOf) {
    command.add_option("--as-of", asOf,
                       "Act as if it were this date and time, e.g. 2026-03-14T09:30 (local) or with an offset; "
                       "default now");
}

std::optional<Seconds> parseAsOf(const std::string& asOf, const rules::EvaluationEnvironment& environment) {
    if (asOf.empty())
        return std::nullopt;
    auto at = parseIsoDateTime(asOf, *environment.zone);
    if (!at)
        throw UsageError("--as-of '" + asOf + "' is not a date and time such as 2026-03-14T09:30");
    return at;
}

std::string viewer(const GlobalOptions& options) {
    if (!options.user.empty())
        return options.user;
    const char* user = std::getenv("USER");
    return user && *user ? user : "unknown";
}

PluginHost loadPlugins(const GlobalOptions& options) {
    PluginHost host;
    host.loadDirectories(pluginSearchPath(options.pluginDirs));
    return host;
}

} // namespace parity::cli
