// What every California test shares: the harness on the real plugin .so, the form ids,
// a fixed "as of" time, settings changed the way an administrator changes them, and
// small helpers to assert exact rule ids and messages.
#pragma once

#include "plugin_harness.h"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

namespace parity::test::california {

inline const std::string kPlugin = "california-medi-cal";
inline const std::string kConsent = "california-medi-cal.consent";
inline const std::string kReferral = "california-medi-cal.referral";
inline const std::string kAbuseReport = "california-medi-cal.abuse-report";
/// Forms are validated as of this local time (America/Los_Angeles) unless a test says otherwise.
inline const std::string kAsOf = "2026-11-02T09:00";

struct CaliforniaFixture {
    PluginHarness harness{kPlugin};

    std::vector<rules::ValidationIssue> validate(const std::string& formId, const nlohmann::json& answers,
                                                 const std::string& language = "en",
                                                 const std::string& asOf = kAsOf) {
        return harness.validate(formId, answers, asOf, language);
    }
    /// As an agency administrator would set it (audited, stored in the database).
    void setSetting(const std::string& key, const std::string& value) {
        harness.records().settings().set(harness.plugin(), key, value, "administrator");
    }
};

/// "a b c": rule ids joined, so a failed check prints what was found.
inline std::string joined(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids)
        out += (out.empty() ? "" : " ") + id;
    return out;
}

inline std::string errorIds(const std::vector<rules::ValidationIssue>& issues) {
    return joined(PluginHarness::errorRuleIds(issues));
}

inline std::string warningIds(const std::vector<rules::ValidationIssue>& issues) {
    std::vector<std::string> ids;
    for (const auto& issue : issues)
        if (!issue.isError())
            ids.push_back(issue.ruleId);
    return joined(ids);
}

/// Every issue, for a failure message.
inline std::string described(const std::vector<rules::ValidationIssue>& issues) {
    std::string out;
    for (const auto& i : issues)
        out += "\n  " + std::string(i.isError() ? "error " : "warning ") + i.ruleId + " [" + i.fieldId + "]: " + i.message;
    return out;
}

/// The single issue with `ruleId`; fails the test unless there is exactly one.
inline rules::ValidationIssue onlyIssue(const std::vector<rules::ValidationIssue>& issues, const std::string& ruleId) {
    const auto found = PluginHarness::withRule(issues, ruleId);
    BOOST_TEST_REQUIRE(found.size() == 1u, "expected one issue " << ruleId << ", got:" << described(issues));
    return found.front();
}

inline bool hasIssue(const std::vector<rules::ValidationIssue>& issues, const std::string& ruleId) {
    return !PluginHarness::withRule(issues, ruleId).empty();
}

/// The single finding of `ruleId` about `recordId`; fails the test unless there is exactly one.
inline AuditFinding onlyFinding(const ComplianceReport& report, const std::string& ruleId, std::int64_t recordId) {
    std::vector<AuditFinding> found;
    for (const AuditFinding& f : PluginHarness::findings(report, ruleId))
        if (f.finding.recordId == recordId)
            found.push_back(f);
    std::string all;
    for (const AuditFinding& f : report.findings)
        all += "\n  " + f.finding.ruleId + " #" + std::to_string(f.finding.recordId) + ": " + f.finding.message;
    BOOST_TEST_REQUIRE(found.size() == 1u, "expected one finding " << ruleId << " for record " << recordId
                                                                    << ", got:" << all);
    return found.front();
}

inline std::size_t findingCount(const ComplianceReport& report, const std::string& ruleId, std::int64_t recordId) {
    std::size_t n = 0;
    for (const AuditFinding& f : PluginHarness::findings(report, ruleId))
        n += f.finding.recordId == recordId ? 1 : 0;
    return n;
}

} // namespace parity::test::california

namespace parity::test::california {

/// The example child report (to the county child welfare department), suspected and
/// reported at the given local times, written report not yet sent.
inline nlohmann::json childReport(const std::string& suspected, const std::string& reported) {
    auto a = PluginHarness::example(kAbuseReport);
    a["suspected_at"] = suspected;
    a["supervisor_notified_at"] = reported;
    a["agency_reported_at"] = reported;
    a["signed_at"] = reported;
    a.erase("ss8572_sent_at");
    return a;
}

/// A report about an elder of 74 to Adult Protective Services, SOC 341 not yet sent.
inline nlohmann::json elderReport(const std::string& suspected, const std::string& reported) {
    auto a = childReport(suspected, reported);
    a["subject_name"] = "Rosa Ficticia Vega (the client's grandmother)";
    a["subject_category"] = "elder";
    a["subject_age"] = 74;
    a["subject_dob"] = "1952-03-14";
    a["abuse_types"] = nlohmann::json::array({"financial_exploitation"});
    a["narrative"] = "The client said her grandmother's live-in caregiver has been taking her Social Security "
                     "money and that her grandmother has not been able to buy groceries this month.";
    a["agency"] = "ca-adult-protective-services";
    a["confirmation_number"] = "APS-2026-000001";
    return a;
}

} // namespace parity::test::california
