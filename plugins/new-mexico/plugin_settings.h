// The settings New Mexico's plugin declares: facts DOMAIN.md marks UNVERIFIED, and
// choices the law leaves to the agency. None of them is hard-coded law.
#pragma once

#include <parity/settings.h>

#include <map>
#include <string>
#include <vector>

namespace parity::new_mexico {

namespace setting {
inline constexpr const char* kImmediateReportLimitHours = "new-mexico.immediate-report-limit-hours";
inline constexpr const char* kConfirmationNumberAfterHours = "new-mexico.confirmation-number-after-hours";
inline constexpr const char* kExtraHolidays = "new-mexico.extra-holidays";
inline constexpr const char* kRemovedHolidays = "new-mexico.removed-holidays";
inline constexpr const char* kGiftThreshold = "new-mexico.gift-threshold";
inline constexpr const char* kDutyToWarnStatute = "new-mexico.duty-to-warn-statute";

/// The defaults, written once: the declarations and the rules' fallbacks use them.
inline constexpr double kImmediateReportLimitDefault = 24;
inline constexpr double kConfirmationNumberAfterDefault = 24;
} // namespace setting

std::vector<Setting> declaredSettings();

/// The setting `key` as a number of hours (0 or more), or `fallback` when it is unset or
/// unreadable (the host checks the type when the agency sets it; this is the last guard).
double hoursSetting(const std::map<std::string, std::string>& settings, const std::string& key, double fallback);

} // namespace parity::new_mexico
