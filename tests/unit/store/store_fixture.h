// A fresh database, checkpoint and signing key in a temporary directory, with the
// core forms: each test starts from nothing and touches nothing of the developer's.
#pragma once

#include "catalog/form_catalog.h"
#include "records/record_service.h"
#include "temp_dir.h"

#include <fstream>
#include <memory>

namespace parity::test {

struct StoreFixture {
    StoreFixture() : catalog(FormCatalog::build(plugins)) { reopen(); }

    records::StoreLocation location() const {
        records::StoreLocation l;
        l.database = dir / "parity.db";
        l.checkpoint = dir / "parity.db.checkpoint";
        l.signingKey = dir / "keys" / "audit-signing.key";
        return l;
    }
    void reopen() {
        service.reset();
        service = std::make_unique<records::RecordService>(location(), catalog);
    }
    static nlohmann::json example(const std::string& formId) {
        std::ifstream in(std::string(PARITY_SOURCE_DIR) + "/examples/answers/" + formId + ".json");
        return nlohmann::json::parse(in);
    }
    std::vector<audit::AuditEntry> entries(std::optional<std::int64_t> record = std::nullopt) {
        std::vector<audit::AuditEntry> out;
        service->auditTrail().forEach(record, [&](const audit::AuditEntry& e) { out.push_back(e); });
        return out;
    }

    TempDir dir;
    PluginHost plugins;
    FormCatalog catalog;
    std::unique_ptr<records::RecordService> service;
};

} // namespace parity::test
