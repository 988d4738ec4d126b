// The agencies that take New Mexico's mandated reports (sources: shared DOMAIN.md).
#pragma once

#include <parity/agency.h>

#include <vector>

namespace parity::new_mexico {

std::vector<ReportingAgency> agencyDirectory();

} // namespace parity::new_mexico
