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
    auto opened = openSession(options, DatabaseUse::Reads);   // the database holds the jurisdiction's settings
    const CatalogForm& entry = requireForm(opened->catalog, mine.formId);
    const auto asOf = parseAsOf(mine.asOf, entry.environment());
    const nlohmann::json answers = answers::readAnswersFile(mine.answersFile);
    const auto session = opened->records->validate(mine.formId, answers, options.language, asOf);
    const auto issues = session->issues();
    const bool valid = !session->hasErrors();

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
    addAsOfOption(*command, mine->asOf);
    return [&options, mine] { return validate(options, *mine); };
}

} // namespace parity::cli
