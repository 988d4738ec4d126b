#include "plugin_harness.h"

#include "rules/compiled_form.h"
#include "time/temporal.h"

#include <boost/test/unit_test.hpp>

#include <fstream>

namespace parity::test {

PluginHarness::PluginHarness(const std::string& pluginId) : m_pluginId(pluginId) {
    const std::filesystem::path file = std::filesystem::path(PARITY_BUILT_PLUGIN_DIR) / (pluginId + ".so");
    if (!m_plugins.loadFile(file))
        BOOST_FAIL("plugin " + file.string() + " was rejected: " + m_plugins.rejected().front().reason);
    m_catalog = FormCatalog::build(m_plugins);
    for (const RejectedForm& rejected : m_catalog.rejected()) {
        std::string problems;
        for (const auto& d : rejected.problems)
            problems += "\n  " + d.toString();
        BOOST_FAIL("form " + rejected.file + " was rejected:" + problems);
    }
}

nlohmann::json PluginHarness::example(const std::string& formId) {
    const std::string path = std::string(PARITY_SOURCE_DIR) + "/examples/answers/" + formId + ".json";
    std::ifstream in(path);
    if (!in)
        BOOST_FAIL("no example answers " + path);
    return nlohmann::json::parse(in);
}

std::map<std::string, forms::LocalizedText> PluginHarness::choiceLabels(const std::string& formId,
                                                                       const std::string& fieldId) const {
    const CatalogForm* form = m_catalog.find(formId);
    if (!form)
        BOOST_FAIL("no form " + formId + " in the catalogue");
    std::map<std::string, forms::LocalizedText> labels;
    for (const rules::FieldPlan& plan : form->form->fields())
        if (plan.field->id == fieldId)
            for (const forms::Choice& choice : plan.choices)
                labels[choice.value] = choice.label;
    return labels;
}

Seconds PluginHarness::at(const std::string& asOf) const {
    const auto t = parseIsoDateTime(asOf, *date::locate_zone(plugin().identity.timeZone));
    if (!t)
        BOOST_FAIL("not a datetime: " + asOf);
    return *t;
}

std::vector<rules::ValidationIssue> PluginHarness::validate(const std::string& formId, const nlohmann::json& answers,
                                                            const std::string& asOf, const std::string& language) {
    return records().validate(formId, answers, language, at(asOf))->issues();
}

std::vector<std::string> PluginHarness::errorRuleIds(const std::vector<rules::ValidationIssue>& issues) {
    std::vector<std::string> ids;
    for (const auto& issue : issues)
        if (issue.isError())
            ids.push_back(issue.ruleId);
    return ids;
}

std::vector<rules::ValidationIssue> PluginHarness::withRule(const std::vector<rules::ValidationIssue>& issues,
                                                            const std::string& ruleId) {
    std::vector<rules::ValidationIssue> out;
    for (const auto& issue : issues)
        if (issue.ruleId == ruleId)
            out.push_back(issue);
    return out;
}

records::RecordService& PluginHarness::records() {
    if (!m_records) {
        records::StoreLocation location;
        location.database = m_dir / "records.db";
        location.checkpoint = m_dir / "records.db.checkpoint";
        location.signingKey = m_dir / "audit-signing.key";
        m_records = std::make_unique<records::RecordService>(location, m_catalog);
    }
    return *m_records;
}

std::int64_t PluginHarness::submit(const std::string& formId, const nlohmann::json& answers, const std::string& user) {
    try {
        return records().submit(formId, answers, user);
    } catch (const records::ValidationRejected& rejected) {
        BOOST_FAIL("answers for " + formId + " were refused: " + std::string(rejected.what()));
    }
    return 0;
}

std::int64_t PluginHarness::submitAsOf(const std::string& formId, const nlohmann::json& answers,
                                      const std::string& asOf, const std::string& user) {
    try {
        return records().submit(formId, answers, user, at(asOf));
    } catch (const records::ValidationRejected& rejected) {
        BOOST_FAIL("answers for " + formId + " were refused as of " + asOf + ": " + std::string(rejected.what()));
    }
    return 0;
}

ComplianceReport PluginHarness::audit(const std::string& asOf, const std::string& language) {
    return runComplianceAudit(records(), m_plugins, at(asOf), language, "supervisor");
}

std::vector<AuditFinding> PluginHarness::findings(const ComplianceReport& report, const std::string& ruleId) {
    std::vector<AuditFinding> out;
    for (const AuditFinding& f : report.findings)
        if (f.finding.ruleId == ruleId)
            out.push_back(f);
    return out;
}

} // namespace parity::test
