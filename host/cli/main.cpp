// parity-cli: the command-line face of parity_core. Command names, options and exit
// codes are a contract (DESIGN.md): scripts and external checks rely on them.
#include "commands/commands.h"
#include "common/error.h"

#include <iostream>
#include <map>

int main(int argc, char** argv) {
    using namespace parity::cli;
    CLI::App app{"Parity: forms and tamper-evident audit for peer support agencies", "parity-cli"};
    app.require_subcommand(1);
    GlobalOptions options;

    std::map<std::string, CommandRunner> runners;
    runners["plugins"] = addPluginsCommand(app, options);
    runners["forms"] = addFormsCommand(app, options);
    runners["form"] = addFormCommand(app, options);
    runners["lint"] = addLintCommand(app, options);
    runners["validate"] = addValidateCommand(app, options);
    runners["submit"] = addSubmitCommand(app, options);
    runners["records"] = addRecordsCommand(app, options);
    runners["show"] = addShowCommand(app, options);
    runners["amend"] = addAmendCommand(app, options);
    runners["sign"] = addSignCommand(app, options);
    runners["audit"] = addAuditCommand(app, options);
    runners["settings"] = addSettingsCommand(app, options);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int shown = app.exit(e);
        return shown == 0 ? kOk : kUsage;   // --help is not an error
    }

    try {
        for (CLI::App* chosen : app.get_subcommands())
            return runners.at(chosen->get_name())();
    } catch (const parity::CheckFailed& e) {
        std::cerr << "parity-cli: " << e.what() << '\n';
        return kCheckFailed;
    } catch (const parity::UsageError& e) {
        std::cerr << "parity-cli: " << e.what() << '\n';
        return kUsage;
    } catch (const parity::EnvironmentError& e) {
        std::cerr << "parity-cli: " << e.what() << '\n';
        return kEnvironment;
    } catch (const std::exception& e) {
        std::cerr << "parity-cli: unexpected error: " << e.what() << '\n';
        return kEnvironment;
    }
    return kUsage;
}
