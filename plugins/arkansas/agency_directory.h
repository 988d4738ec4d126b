// The agencies that take Arkansas's mandated reports (sources: shared DOMAIN.md).
#pragma once

#include <parity/agency.h>

#include <vector>

namespace parity::arkansas {

std::vector<ReportingAgency> agencyDirectory();

} // namespace parity::arkansas
