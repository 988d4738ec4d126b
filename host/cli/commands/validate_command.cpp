// parity-cli validate --form FORM_ID --answers FILE.json: checks answers, stores nothing.
#include "commands/commands.h"

#include "answers/answers_json.h"
#include "common/error.h"
#include "time/temporal.h"

#include <iostream>

namespace parity::cli {
namespace {

struct ValidateOptions {
    std::string formId;
    std::string answersFile;
    std::string asOf;
};

int validate(const GlobalOptions& options, const ValidateOptions& mine) {
    const PluginHost plugins = loadPlugins(options);
    const FormCatalog catalog = FormCatalog::build(plugins);
    const CatalogForm& entry = requireForm(catalog, mine.formId);
    rules::EvaluationEnvironment environment = entry.environment();
    if (!mine.asOf.empty()) {
        auto at = parseIsoDateTime(mine.asOf, *environment.zone);
        if (!at)
            throw UsageError("--as-of '" + mine.asOf + "' is not a date and time such as 2026-03-14T09:30");
        environment.now = *at;
    }
    const nlohmann::json answers = answers::readAnswersFile(mine.answersFile);
    rules::FormSession session(entry.form, environment, options.language);
    answers::loadAnswers(session, answers);
    const auto issues = session.issues();
    const bool valid = !session.hasErrors();

    if (options.json) {
        nlohmann::ordered_json out;
        out["form"] = mine.formId;
        out["valid"] = valid;
        out["issues"] = nlohmann::ordered_json::array();
        for (const auto& issue : issues)
            out["issues"].push_back(issueJson(issue));
        std::cout << out.dump(2) << '\n';
    } else {
        const auto errors = std::count_if(issues.begin(), issues.end(), [](const auto& i) { return i.isError(); });
        std::cout << mine.formId << ": " << (valid ? "valid" : "invalid") << " (" << errors << " error"
                  << (errors == 1 ? "" : "s") << ", " << issues.size() - std::size_t(errors) << " warning"
                  << (issues.size() - std::size_t(errors) == 1 ? "" : "s") << ")\n";
        for (const auto& issue : issues)
            std::cout << "  " << issueLine(issue) << '\n';
    }
    return valid ? kOk : kCheckFailed;
}

} // namespace

CommandRunner addValidateCommand(CLI::App& app, GlobalOptions& options) {
    CLI::App* command = app.add_subcommand("validate", "Validate an answers file against a form; stores nothing");
    addCommonOptions(*command, options);
    addLanguageOption(*command, options);
    auto mine = std::make_shared<ValidateOptions>();
    command->add_option("--form", mine->formId, "The form id, e.g. core.consent")->required();
    command->add_option("--answers", mine->answersFile, "Answers file: a JSON object, field id -> value")->required();
    command->add_option("--as-of", mine->asOf,
                        "Validate as if it were this date and time (deadlines, 'today'); default now");
    return [&options, mine] { return validate(options, *mine); };
}

} // namespace parity::cli
