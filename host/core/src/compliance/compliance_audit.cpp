#include "compliance/compliance_audit.h"

#include "compliance/time_service.h"
#include "settings/jurisdiction_settings.h"

#include <algorithm>

namespace parity {

std::size_t ComplianceReport::errors() const {
    return std::size_t(std::count_if(findings.begin(), findings.end(), [](const auto& f) { return !f.finding.warning; }));
}

namespace {

std::string textOf(const nlohmann::json& value) {
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_boolean())
        return value.get<bool>() ? "true" : "false";
    if (value.is_array()) {
        std::string joined;
        for (const auto& v : value)
            joined += (joined.empty() ? "" : " ") + textOf(v);
        return joined;
    }
    return value.is_null() ? std::string() : value.dump();
}

} // namespace

StoredRecord storedRecordOf(const store::Record& record, const FormCatalog& catalog) {
    StoredRecord stored;
    const store::RecordVersion& current = *record.current();
    stored.id = record.summary.id;
    stored.formId = record.summary.formId;
    const CatalogForm* form = catalog.find(stored.formId);
    stored.kind = form ? form->form->definition().kind : stored.formId.substr(stored.formId.find('.') + 1);
    stored.pluginId = current.pluginId;
    stored.status = store::statusName(record.summary.status);
    stored.version = current.version;
    stored.submittedAt = current.createdAt;
    for (const auto& [field, value] : current.answers.items()) {
        if (value.is_array() && !value.empty() && value.front().is_object()) {
            auto& items = stored.answers.repeats[field];
            for (const auto& item : value) {
                std::map<std::string, std::string> values;
                for (const auto& [k, v] : item.items())
                    values[k] = textOf(v);
                items.push_back(std::move(values));
            }
        } else {
            stored.answers.values[field] = textOf(value);
        }
    }
    return stored;
}

ComplianceReport runComplianceAudit(records::RecordService& records, const PluginHost& plugins, Seconds asOf,
                                    const std::string& language, const std::string& user) {
    ComplianceReport report;
    report.asOf = formatIsoDateTime(asOf, *date::locate_zone("UTC"));
    std::vector<StoredRecord> stored;
    for (const store::RecordSummary& summary : records.list()) {
        if (summary.status == store::RecordStatus::Draft)
            continue;   // drafts are work in progress, not yet records the law looks at
        stored.push_back(storedRecordOf(records.load(summary.id), records.catalog()));
    }
    report.recordsChecked = stored.size();

    JurisdictionSettings settings(records.database(), records.auditTrail());
    for (const LoadedPlugin& plugin : plugins.loaded()) {
        auto rules = plugin.api->complianceRules();
        const date::time_zone& zone = *date::locate_zone(plugin.identity.timeZone);
        ComplianceContext context;
        context.settings = settings.effectiveValues(plugin.identity.id, *plugin.api);
        const JurisdictionTimeService time(
            zone, holidayCalendarOf(plugin.api, agencyHolidayChanges(context.settings, plugin.identity.id)));
        context.now = formatIsoDateTime(asOf, zone);
        context.language = language;
        context.time = &time;
        auto broken = [&](const std::string& ruleId, const std::string& why) {
            AuditFinding f;
            f.finding = {ruleId, 0, "", false, "The compliance rule could not run: " + why, ""};
            f.pluginId = plugin.identity.id;
            report.findings.push_back(std::move(f));
        };
        if (!rules) {
            broken(plugin.identity.id, rules.error());
            continue;
        }
        for (const ComplianceRuleInfo& rule : rules.value()) {
            auto found = plugin.api->runComplianceRule(rule.id, stored, context);
            if (!found) {
                broken(rule.id, found.error());
                continue;
            }
            for (ComplianceFinding& finding : found.value()) {
                AuditFinding f;
                if (finding.ruleId.empty())
                    finding.ruleId = rule.id;
                auto record = std::find_if(stored.begin(), stored.end(),
                                           [&](const StoredRecord& r) { return r.id == finding.recordId; });
                if (record != stored.end()) {
                    f.formId = record->formId;
                    if (finding.clientId.empty())
                        finding.clientId = record->answers.value("client_id");
                }
                f.finding = std::move(finding);
                f.pluginId = plugin.identity.id;
                f.source = rule.source;
                report.findings.push_back(std::move(f));
            }
        }
    }

    // Earliest deadline first: what is most overdue is what a supervisor reads first.
    auto dueOf = [](const AuditFinding& f) -> std::optional<Seconds> {
        return f.finding.due.empty() ? std::nullopt : parseIsoDateTime(f.finding.due, *date::locate_zone("UTC"));
    };
    std::stable_sort(report.findings.begin(), report.findings.end(), [&](const AuditFinding& a, const AuditFinding& b) {
        const auto da = dueOf(a), db = dueOf(b);
        if (da.has_value() != db.has_value())
            return da.has_value();
        if (da && db && *da != *db)
            return *da < *db;
        return a.finding.recordId < b.finding.recordId;
    });

    records.logEvent(audit::action::AuditRun, user,
                     "as of " + report.asOf + ": " + std::to_string(report.recordsChecked) + " records checked, " +
                         std::to_string(report.errors()) + " violations, " +
                         std::to_string(report.findings.size() - report.errors()) + " warnings");
    return report;
}

} // namespace parity
