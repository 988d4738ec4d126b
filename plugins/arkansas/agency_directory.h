// The agencies that take Arkansas's mandated reports (sources: shared DOMAIN.md).
#pragma once

#include <parity/agency.h>

#include <string>
#include <vector>

namespace parity::arkansas {

namespace agency_code {
inline constexpr const char* ChildHotline = "ar-child-hotline";
inline constexpr const char* AdultProtectiveServices = "ar-adult-protective-services";
inline constexpr const char* LawEnforcement = "ar-law-enforcement";
inline constexpr const char* OfficeOfLongTermCare = "ar-office-of-long-term-care";
} // namespace agency_code

std::vector<ReportingAgency> agencyDirectory();
/// The directory's names and descriptions in Spanish (SDK 1.1).
std::vector<AgencyTranslation> agencyTranslations();
/// The directory entry with `code`, named in `language` ("es": Spanish, else English),
/// for messages in the clerk's language.
ReportingAgency agencyIn(const std::string& code, const std::string& language);

/// The directory entry with `code`; throws std::logic_error if there is none (a code
/// used by a rule but missing from the directory is a bug in this plugin).
const ReportingAgency& agencyByCode(const std::string& code);

/// Whether free text a clerk typed for an agency ("Pulaski County Sheriff's Office",
/// "ar-office-of-long-term-care") names the agency `code`: its code, its directory name,
/// or a plain word for it (see agency_directory.cpp).
bool textNamesAgency(const std::string& text, const std::string& code);

} // namespace parity::arkansas
