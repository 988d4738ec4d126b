// What every Arkansas test needs: the real arkansas.so through the shared harness, the
// example answers to start from, and short ways to set a setting or look at issues.
#pragma once

#include "plugin_harness.h"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

namespace parity::arkansas::test {

/// A fixed moment after every example's dates (local time, America/Chicago).
inline constexpr const char* AsOf = "2026-11-02T09:00";

struct ArkansasFixture {
    parity::test::PluginHarness harness{"arkansas"};

    /// The example answers examples/answers/arkansas.<kind>.json.
    static nlohmann::json example(const std::string& kind);

    std::vector<rules::ValidationIssue> validate(const std::string& kind, const nlohmann::json& answers,
                                                 const std::string& asOf = AsOf, const std::string& language = "en");
    /// The rule ids of the errors, in order.
    std::vector<std::string> errors(const std::string& kind, const nlohmann::json& answers,
                                    const std::string& asOf = AsOf);
    /// The issues of `ruleId`.
    std::vector<rules::ValidationIssue> issues(const std::string& kind, const nlohmann::json& answers,
                                               const std::string& ruleId, const std::string& asOf = AsOf,
                                               const std::string& language = "en");

    /// Sets an Arkansas setting as the agency's administrator would.
    void setSetting(const std::string& key, const std::string& value);

    std::int64_t submit(const std::string& kind, const nlohmann::json& answers);
    /// Stores answers as an earlier plugin version (0.9.0) did, without today's
    /// validation: a record from before a rule existed, which the audit must still catch.
    std::int64_t storeLegacy(const std::string& kind, const nlohmann::json& answers);

    /// The findings of `ruleId` in an audit run as of `asOf`.
    std::vector<AuditFinding> audit(const std::string& ruleId, const std::string& asOf,
                                    const std::string& language = "en");
};

bool contains(const std::vector<std::string>& ids, const std::string& id);

} // namespace parity::arkansas::test
