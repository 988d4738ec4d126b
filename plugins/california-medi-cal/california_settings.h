// The settings this plugin declares: every fact DOMAIN.md marks UNVERIFIED for
// California, and the values only an agency can know. Never hard-coded law.
#pragma once

#include <parity/settings.h>

#include <map>
#include <string>
#include <vector>

namespace parity::california {

namespace setting {
inline const std::string ElderAge = "california-medi-cal.elder-age";
inline const std::string PeerIsMandatedReporter = "california-medi-cal.peer-is-mandated-reporter";
inline const std::string ImmediateReportLimitHours = "california-medi-cal.immediate-report-limit-hours";
inline const std::string ConfirmationNumberAfterHours = "california-medi-cal.confirmation-number-after-hours";
inline const std::string GiftThreshold = "california-medi-cal.gift-threshold";
inline const std::string CmiaAuthorizationChecks = "california-medi-cal.cmia-authorization-checks";
inline const std::string ExtraHolidays = "california-medi-cal.extra-holidays";
inline const std::string RemovedHolidays = "california-medi-cal.removed-holidays";
inline const std::string CountyChildWelfarePhone = "california-medi-cal.county-child-welfare-phone";
} // namespace setting

std::vector<Setting> californiaSettings();

/// The number a setting holds, or `fallback` (the declared default) when it is unset or
/// not a number. The host refuses non-numbers for number settings, so the fallback only
/// covers a value that was never set.
double numberSetting(const std::map<std::string, std::string>& settings, const std::string& key, double fallback);

/// Whether a peer in this agency's role is a mandated reporter (default: yes).
bool peerIsMandatedReporter(const std::map<std::string, std::string>& settings);

} // namespace parity::california
