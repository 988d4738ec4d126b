// The C++ rules the Arkansas forms call (<rule native="arkansas.…"/>): what a form
// expression cannot say, because it needs the agency directory or the repeat group of
// other agencies.
#pragma once

#include <parity/agency.h>
#include <parity/native_rule.h>

#include <string>
#include <vector>

namespace parity::arkansas {

namespace native_rule {
inline constexpr const char* AbuseReportRouting = "arkansas.abuse-report-routing";
inline constexpr const char* LongTermCareReports = "arkansas.long-term-care-reports";
/// Issued by the routing rule (as a warning) for an adult the answers do not bring
/// under Arkansas's reporting laws.
inline constexpr const char* AdultNotCovered = "arkansas.adult-not-covered";
} // namespace native_rule

std::vector<NativeRule> arkansasNativeRules();

/// "1-800-482-5964 (TDD 1-800-843-6349)": how to reach an agency, in words for a message.
std::string contactOf(const ReportingAgency& agency, const std::string& language);

} // namespace parity::arkansas
