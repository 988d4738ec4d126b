// The agencies that take California (Medi-Cal)'s mandated reports (sources: shared DOMAIN.md).
#pragma once

#include <parity/agency.h>

#include <vector>

namespace parity::california {

std::vector<ReportingAgency> agencyDirectory();

} // namespace parity::california
