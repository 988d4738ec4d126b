// The agencies that take California (Medi-Cal)'s mandated reports (sources: shared DOMAIN.md).
#pragma once

#include <parity/agency.h>

#include <vector>

namespace parity::california {

std::vector<ReportingAgency> agencyDirectory();
/// The directory's names and descriptions in Spanish (SDK 1.1).
std::vector<AgencyTranslation> agencyTranslations();

} // namespace parity::california
