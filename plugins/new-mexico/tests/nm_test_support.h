// What the New Mexico tests share: answer sets built from the shipped examples, one
// change at a time, and a way to store a record the way an earlier form version did.
#pragma once

#include "plugin_harness.h"
#include "store/record_store.h"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

namespace nm_test {

using parity::test::PluginHarness;

/// `base` with `changes` applied: a value replaces, null removes the field.
inline nlohmann::json with(nlohmann::json base, const nlohmann::json& changes) {
    for (const auto& [key, value] : changes.items()) {
        if (value.is_null())
            base.erase(key);
        else
            base[key] = value;
    }
    return base;
}

/// The messages of the issues with `ruleId`.
inline std::vector<std::string> messages(const std::vector<parity::rules::ValidationIssue>& issues,
                                         const std::string& ruleId) {
    std::vector<std::string> out;
    for (const auto& issue : PluginHarness::withRule(issues, ruleId))
        out.push_back(issue.message);
    return out;
}

/// True if some issue (error or warning) has `ruleId`.
inline bool has(const std::vector<parity::rules::ValidationIssue>& issues, const std::string& ruleId) {
    return !PluginHarness::withRule(issues, ruleId).empty();
}

/// The issue list as text, for failure messages.
inline std::string describe(const std::vector<parity::rules::ValidationIssue>& issues) {
    std::string text;
    for (const auto& i : issues)
        text += "\n  " + std::string(i.isError() ? "error " : "warning ") + i.ruleId + " [" + i.fieldId + "] " +
                i.message;
    return text.empty() ? " (none)" : text;
}

inline void setSetting(PluginHarness& h, const std::string& key, const std::string& value) {
    h.records().settings().set(h.plugin(), key, value, "administrator");
}

/// Stores `answers` as a submitted record of `formId` without validating them, as the
/// store holds a record made under an earlier version of the form (version 0.9.0). For
/// the audit's "catches what today's form would refuse" cases.
inline std::int64_t storeAsEarlierVersion(PluginHarness& h, const std::string& formId, const nlohmann::json& answers) {
    parity::store::RecordStore store(h.records().database());
    return store.insertSubmitted({formId, "0.9.0", "new-mexico", "0.9.0"}, nlohmann::ordered_json(answers), "clerk",
                                 "2026-01-01T00:00:00Z");
}

/// A child's report, complete and valid, made by phone to CYFD Statewide Central Intake.
inline nlohmann::json childReport() {
    return {{"staff_name", "Jordan Muestra"},
            {"client_id", "NM-C-4410"},
            {"subject_name", "Mateo Ficticio Prueba"},
            {"subject_category", "child"},
            {"subject_age", 9},
            {"subject_address", "48 Example Street, Piñon Flats (fictional address)"},
            {"abuse_types", nlohmann::json::array({"physical"})},
            {"suspected_at", "2026-10-06T14:00:00-06:00"},
            {"narrative", "The client said that her son's father hit him with a belt on 2026-10-05; she saw the "
                          "marks on his legs this morning."},
            {"sud_records_attached", false},
            {"risk_of_harm", false},
            {"indian_child_in_indian_country", false},
            {"supervisor_notified_at", "2026-10-06T14:20:00-06:00"},
            {"agency", "nm-cyfd-statewide-central-intake"},
            {"agency_reported_at", "2026-10-06T14:45:00-06:00"},
            {"report_channel", "phone"},
            {"confirmation_number", "SCI-26-771204"},
            {"signed_by", "Jordan Muestra"},
            {"signed_at", "2026-10-06T15:10:00-06:00"}};
}

/// The adult example report (to APS) of examples/answers/new-mexico.abuse-report.json.
inline nlohmann::json apsReport() { return PluginHarness::example("new-mexico.abuse-report"); }

/// A fixed time after every example, for validation.
inline const std::string kAsOf = "2026-11-02T09:00";

} // namespace nm_test
