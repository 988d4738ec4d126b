// store_probe --db PATH --answers FILE [--as-uid UID]
//
// Opens a RecordService on PATH and submits the core.consent answers in FILE once, then
// prints what happened as one JSON object:
//   {"uid": N, "open": {"ok": bool, "error": "...", "readonly": bool, "code": N},
//    "submit": {...same, "id": N}}
// With --as-uid (only when started as root) it first drops to that user and group, so
// that the operating system, not a pragma, makes a chmod'ed database read-only: root
// ignores file modes. Exits 0 whatever the store did; 2 on bad usage or if the
// privileges cannot be dropped.
#include "catalog/form_catalog.h"
#include "plugins/plugin_host.h"
#include "records/record_service.h"

#include <nlohmann/json.hpp>

#include <exception>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include <grp.h>
#include <unistd.h>

namespace {

nlohmann::ordered_json failure(const std::exception& e) {
    nlohmann::ordered_json out{{"ok", false}, {"error", e.what()}};
    if (const auto* store = dynamic_cast<const parity::store::StoreError*>(&e)) {
        out["readonly"] = store->isReadOnly();
        out["full"] = store->isFull();
        out["code"] = store->code();
    }
    out["kind"] = dynamic_cast<const parity::EnvironmentError*>(&e) ? "EnvironmentError"
                  : dynamic_cast<const parity::CheckFailed*>(&e)    ? "CheckFailed"
                                                                    : "other";
    return out;
}

} // namespace

int main(int argc, char** argv) {
    std::string database, answersFile;
    long asUid = -1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--db")
            database = argv[i + 1];
        else if (option == "--answers")
            answersFile = argv[i + 1];
        else if (option == "--as-uid")
            asUid = std::stol(argv[i + 1]);
        else {
            std::cerr << "store_probe: unknown option " << option << '\n';
            return 2;
        }
    }
    if (database.empty() || answersFile.empty() || argc % 2 == 0) {
        std::cerr << "usage: store_probe --db PATH --answers FILE [--as-uid UID]\n";
        return 2;
    }
    std::ifstream in(answersFile);
    if (!in) {
        std::cerr << "store_probe: cannot read " << answersFile << '\n';
        return 2;
    }
    const nlohmann::json answers = nlohmann::json::parse(in);
    if (asUid >= 0) {
        const gid_t gid = gid_t(asUid);
        if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid_t(asUid)) != 0) {
            std::cerr << "store_probe: cannot become uid " << asUid << '\n';
            return 2;
        }
    }

    nlohmann::ordered_json report{{"uid", ::geteuid()}};
    const parity::PluginHost plugins;
    const parity::FormCatalog catalog = parity::FormCatalog::build(plugins);
    std::unique_ptr<parity::records::RecordService> service;
    try {
        service = std::make_unique<parity::records::RecordService>(parity::records::StoreLocation::at(database),
                                                                   catalog);
        report["open"] = {{"ok", true}};
    } catch (const std::exception& e) {
        report["open"] = failure(e);
    }
    if (service) {
        try {
            const std::int64_t id = service->submit("core.consent", answers, "probe");
            report["submit"] = {{"ok", true}, {"id", id}};
        } catch (const std::exception& e) {
            report["submit"] = failure(e);
        }
    }
    std::cout << report.dump() << '\n';
    return 0;
}
