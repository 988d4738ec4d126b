// parity-cli forms [--jurisdiction ID] [--json]: the forms that can be filled.
#include "commands/commands.h"

#include <iostream>

namespace parity::cli {
namespace {

struct FormsOptions {
    std::string jurisdiction;
};

int listForms(const GlobalOptions& options, const FormsOptions& mine) {
    const PluginHost plugins = loadPlugins(options);
    const FormCatalog catalog = FormCatalog::build(plugins);
    auto wanted = [&](const CatalogForm& f) {
        return mine.jurisdiction.empty() || f.form->definition().jurisdiction == mine.jurisdiction;
    };
    if (options.json) {
        nlohmann::ordered_json out;
        out["forms"] = nlohmann::ordered_json::array();
        for (const CatalogForm& f : catalog.forms()) {
            if (!wanted(f))
                continue;
            const auto& d = f.form->definition();
            out["forms"].push_back({{"id", d.id},
                                    {"version", d.version},
                                    {"kind", d.kind},
                                    {"title", forms::localized(d.title, options.language)},
                                    {"jurisdiction", d.jurisdiction},
                                    {"extends", d.extends}});
        }
        out["rejected"] = nlohmann::ordered_json::array();
        for (const RejectedForm& r : catalog.rejected()) {
            nlohmann::ordered_json problems = nlohmann::ordered_json::array();
            for (const forms::Diagnostic& d : r.problems)
                problems.push_back(d.toString());
            out["rejected"].push_back({{"file", r.file}, {"origin", r.origin}, {"problems", problems}});
        }
        std::cout << out.dump(2) << '\n';
        return kOk;
    }
    for (const CatalogForm& f : catalog.forms()) {
        if (!wanted(f))
            continue;
        const auto& d = f.form->definition();
        std::cout << d.id << "  " << d.version << "  " << d.kind << "  " << forms::localized(d.title, options.language)
                  << '\n';
    }
    for (const RejectedForm& r : catalog.rejected()) {
        std::cerr << "rejected form " << r.file << " (" << r.origin << "):\n";
        for (const forms::Diagnostic& d : r.problems)
            std::cerr << "  " << d.toString() << '\n';
    }
    return kOk;
}

} // namespace

CommandRunner addFormsCommand(CLI::App& app, GlobalOptions& options) {
    CLI::App* command = app.add_subcommand("forms", "List the forms: id, version, kind, title");
    addCommonOptions(*command, options);
    addLanguageOption(*command, options);
    auto mine = std::make_shared<FormsOptions>();
    command->add_option("--jurisdiction", mine->jurisdiction, "Only this jurisdiction's forms (a plugin id, or national)");
    return [&options, mine] { return listForms(options, *mine); };
}

} // namespace parity::cli
