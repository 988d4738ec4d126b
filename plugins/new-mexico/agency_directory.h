// The agencies that take New Mexico's mandated reports (sources: shared DOMAIN.md), and
// how a message names them: a clerk told "wrong agency" must also be told the right one
// and its number, in their language.
#pragma once

#include <parity/agency.h>

#include <string>
#include <vector>

namespace parity::new_mexico {

namespace agency {
inline constexpr const char* kCyfd = "nm-cyfd-statewide-central-intake";
inline constexpr const char* kLawEnforcement = "nm-law-enforcement";
inline constexpr const char* kTribal = "nm-tribal";
inline constexpr const char* kAdultProtectiveServices = "nm-adult-protective-services";
} // namespace agency

std::vector<ReportingAgency> agencyDirectory();
/// The directory's names and descriptions in Spanish (SDK 1.1).
std::vector<AgencyTranslation> agencyTranslations();

/// The directory entry with `code`, or nullptr.
const ReportingAgency* findAgency(const std::string& code);

/// The agency's name as it reads inside a sentence in `language`: "local law enforcement".
std::string agencyName(const std::string& code, const std::string& language);

/// The agency's name with how to reach it, for a message in `language` ("en", "es"):
/// "New Mexico Adult Protective Services, 1-866-654-3219 (or 505-476-4912)".
std::string agencyContact(const std::string& code, const std::string& language);

/// The agency a clerk's free text names ("APS", "CYFD Statewide Central Intake", a code),
/// or "" when it names none of the directory's. Used for the additional_reports group,
/// whose agency is a text field in the core form.
std::string agencyNamedIn(const std::string& text);

} // namespace parity::new_mexico
