// The shared harness every plugin's tests use (plugins/<id>/tests/): the real plugin
// .so loaded at run time, its real forms, real answers, a real database — with the
// clock fixed, so deadlines are tested on both sides.
#pragma once

#include "catalog/form_catalog.h"
#include "compliance/compliance_audit.h"
#include "records/record_service.h"
#include "temp_dir.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace parity::test {

class PluginHarness {
public:
    /// Loads only the plugin `pluginId` from the build tree's plugin directory (and the
    /// core forms). Fails the test if the plugin is rejected or any of its forms is.
    explicit PluginHarness(const std::string& pluginId);

    const LoadedPlugin& plugin() const { return *m_plugins.find(m_pluginId); }
    const FormCatalog& catalog() const { return m_catalog; }

    /// The example answers examples/answers/<formId>.json.
    static nlohmann::json example(const std::string& formId);
    /// The choices of field `fieldId` of `formId` as the compiled form offers them (agency
    /// choices filled in from the plugin): value -> label per language.
    std::map<std::string, forms::LocalizedText> choiceLabels(const std::string& formId,
                                                             const std::string& fieldId) const;

    /// Validates `answers` against `formId` as if it were `asOf` (local time in the
    /// jurisdiction, e.g. "2026-11-02T09:00"), with the jurisdiction's settings.
    std::vector<rules::ValidationIssue> validate(const std::string& formId, const nlohmann::json& answers,
                                                 const std::string& asOf, const std::string& language = "en");
    /// The rule ids of the errors (not warnings) in `issues`, in order.
    static std::vector<std::string> errorRuleIds(const std::vector<rules::ValidationIssue>& issues);
    /// The issues with `ruleId`.
    static std::vector<rules::ValidationIssue> withRule(const std::vector<rules::ValidationIssue>& issues,
                                                        const std::string& ruleId);

    /// A temporary database (made on first use) for compliance tests.
    records::RecordService& records();
    /// Submits valid answers and returns the record id (fails the test if invalid).
    std::int64_t submit(const std::string& formId, const nlohmann::json& answers, const std::string& user = "clerk");
    /// The same, validating as of `asOf` (local time), e.g. for records about future dates.
    std::int64_t submitAsOf(const std::string& formId, const nlohmann::json& answers, const std::string& asOf,
                            const std::string& user = "clerk");
    /// Runs the compliance audit as of `asOf` (local time in the jurisdiction).
    ComplianceReport audit(const std::string& asOf, const std::string& language = "en");
    /// The findings of one rule in `report`.
    static std::vector<AuditFinding> findings(const ComplianceReport& report, const std::string& ruleId);

    /// Seconds for `asOf` read as local time in the jurisdiction.
    Seconds at(const std::string& asOf) const;

private:
    std::string m_pluginId;
    PluginHost m_plugins;
    FormCatalog m_catalog;
    TempDir m_dir;
    std::unique_ptr<records::RecordService> m_records;
};

} // namespace parity::test
