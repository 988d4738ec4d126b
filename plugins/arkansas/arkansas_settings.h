// The Arkansas settings: facts DOMAIN.md marks UNVERIFIED, and the limits the law leaves
// to the agency ("immediately" has no hours). Forms read them with setting('key'); the
// C++ rules read them here, falling back to the default when a value is unreadable.
#pragma once

#include <parity/settings.h>

#include <map>
#include <string>
#include <vector>

namespace parity::arkansas {

namespace setting_key {
inline constexpr const char* ImmediateReportLimitHours = "arkansas.immediate-report-limit-hours";
inline constexpr const char* ConfirmationNumberAfterHours = "arkansas.confirmation-number-after-hours";
inline constexpr const char* MinorConsentAge = "arkansas.minor-consent-age";
inline constexpr const char* ExtraHolidays = "arkansas.extra-holidays";
inline constexpr const char* RemovedHolidays = "arkansas.removed-holidays";
inline constexpr const char* BusinessDayEndsAt = "arkansas.business-day-ends-at";
inline constexpr const char* RiskSupervisorLimitHours = "arkansas.risk-supervisor-limit-hours";
} // namespace setting_key

std::vector<Setting> arkansasSettings();

/// The settings as a rule sees them: the agency's value, else the declared default.
class ArkansasSettings {
public:
    explicit ArkansasSettings(const std::map<std::string, std::string>& values) : m_values(values) {}

    /// A non-negative number of hours; the default when the value is missing or unreadable.
    double hours(const char* key) const;
    /// "hh:mm[:ss]" normalised to "hh:mm:ss"; the default when unreadable.
    std::string timeOfDay(const char* key) const;
    std::string text(const char* key) const;

private:
    const std::map<std::string, std::string>& m_values;
};

} // namespace parity::arkansas
