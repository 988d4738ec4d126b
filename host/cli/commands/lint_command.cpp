// parity-cli lint FILE.xml...: checks form definitions; every problem as file:line:col.
#include "commands/commands.h"

#include "common/error.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace parity::cli {
namespace {

int lint(const GlobalOptions& options, const std::vector<std::string>& files) {
    std::vector<FormSource> sources;
    for (const std::string& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in)
            throw EnvironmentError("cannot open " + file);
        std::ostringstream text;
        text << in.rdbuf();
        sources.push_back({file, text.str()});
    }
    const PluginHost plugins = loadPlugins(options);
    const std::vector<forms::Diagnostic> problems = lintForms(sources, plugins);
    if (options.json) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const forms::Diagnostic& d : problems)
            out.push_back({{"file", d.where.file}, {"line", d.where.line}, {"column", d.where.column},
                           {"message", d.message}});
        std::cout << out.dump(2) << '\n';
    } else {
        for (const forms::Diagnostic& d : problems)
            std::cout << d.toString() << '\n';
        std::cerr << files.size() << " file" << (files.size() == 1 ? "" : "s") << " checked, " << problems.size()
                  << " problem" << (problems.size() == 1 ? "" : "s") << '\n';
    }
    return problems.empty() ? kOk : kCheckFailed;
}

} // namespace

CommandRunner addLintCommand(CLI::App& app, GlobalOptions& options) {
    CLI::App* command = app.add_subcommand("lint", "Check form definition files; prints file:line:col: message");
    addCommonOptions(*command, options);
    auto files = std::make_shared<std::vector<std::string>>();
    command->add_option("FILE", *files, "Form definition files (.xml)")->required();
    return [&options, files] { return lint(options, *files); };
}

} // namespace parity::cli
