#include "arkansas_fixture.h"

#include "store/record_store.h"

#include <algorithm>

namespace parity::arkansas::test {

nlohmann::json ArkansasFixture::example(const std::string& kind) {
    return parity::test::PluginHarness::example("arkansas." + kind);
}

std::vector<rules::ValidationIssue> ArkansasFixture::validate(const std::string& kind, const nlohmann::json& answers,
                                                              const std::string& asOf, const std::string& language) {
    return harness.validate("arkansas." + kind, answers, asOf, language);
}

std::vector<std::string> ArkansasFixture::errors(const std::string& kind, const nlohmann::json& answers,
                                                 const std::string& asOf) {
    return parity::test::PluginHarness::errorRuleIds(validate(kind, answers, asOf));
}

std::vector<rules::ValidationIssue> ArkansasFixture::issues(const std::string& kind, const nlohmann::json& answers,
                                                            const std::string& ruleId, const std::string& asOf,
                                                            const std::string& language) {
    return parity::test::PluginHarness::withRule(validate(kind, answers, asOf, language), ruleId);
}

void ArkansasFixture::setSetting(const std::string& key, const std::string& value) {
    harness.records().settings().set(harness.plugin(), key, value, "administrator");
}

std::int64_t ArkansasFixture::submit(const std::string& kind, const nlohmann::json& answers) {
    return harness.submit("arkansas." + kind, answers);
}

std::int64_t ArkansasFixture::storeLegacy(const std::string& kind, const nlohmann::json& answers) {
    store::RecordStore store(harness.records().database());
    const nlohmann::ordered_json stored = answers;
    return store.insertSubmitted({"arkansas." + kind, "0.9.0", "arkansas", "0.9.0"}, stored, "clerk",
                                 "2026-01-01T00:00:00Z");
}

std::vector<AuditFinding> ArkansasFixture::audit(const std::string& ruleId, const std::string& asOf,
                                                 const std::string& language) {
    return parity::test::PluginHarness::findings(harness.audit(asOf, language), ruleId);
}

bool contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace parity::arkansas::test
