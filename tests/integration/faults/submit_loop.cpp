// submit_loop --db PATH --answers FILE [--user NAME]
//
// Opens a RecordService on PATH and submits the core.consent answers in FILE again and
// again, forever. After each submit has committed it prints the new record id on its
// own line and flushes stdout: a printed id means "reported as saved". The fault tests
// kill it at random instants and check that every printed id survived.
//
// The signing key and the checkpoint are found as parity-cli finds them
// ($PARITY_AUDIT_KEY / $XDG_CONFIG_HOME, <db>.checkpoint): the tests isolate them.
#include "catalog/form_catalog.h"
#include "plugins/plugin_host.h"
#include "records/record_service.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    std::string database, answersFile, user = "fault-test";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--db")
            database = argv[i + 1];
        else if (option == "--answers")
            answersFile = argv[i + 1];
        else if (option == "--user")
            user = argv[i + 1];
        else {
            std::cerr << "submit_loop: unknown option " << option << '\n';
            return 2;
        }
    }
    if (database.empty() || answersFile.empty() || argc % 2 == 0) {
        std::cerr << "usage: submit_loop --db PATH --answers FILE [--user NAME]\n";
        return 2;
    }
    try {
        std::ifstream in(answersFile);
        if (!in)
            throw std::runtime_error("cannot read " + answersFile);
        const nlohmann::json answers = nlohmann::json::parse(in);

        const parity::PluginHost plugins;   // core forms only: core.consent is one
        const parity::FormCatalog catalog = parity::FormCatalog::build(plugins);
        parity::records::RecordService service(parity::records::StoreLocation::at(database), catalog);
        for (;;) {
            const std::int64_t id = service.submit("core.consent", answers, user);
            // One write(2) per id, after the commit: the test reads complete lines only.
            std::printf("%lld\n", static_cast<long long>(id));
            if (std::fflush(stdout) != 0) {
                std::cerr << "submit_loop: cannot write to stdout: " << std::strerror(errno) << '\n';
                return 3;
            }
        }
    } catch (const std::exception& e) {
        std::cerr << "submit_loop: " << e.what() << '\n';
        return 3;
    }
}
