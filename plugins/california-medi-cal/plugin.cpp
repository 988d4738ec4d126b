// The California (Medi-Cal) jurisdiction plugin.
#include "agency_directory.h"

#include <parity/plugin.h>

namespace parity::california {

class CaliforniaMediCalJurisdiction final : public Jurisdiction {
public:
    JurisdictionIdentity identity() const override {
        return {PARITY_PLUGIN_ID, "California (Medi-Cal)", PARITY_PLUGIN_VERSION, "CA", "America/Los_Angeles"};
    }
    std::vector<ReportingAgency> agencies() const override { return agencyDirectory(); }
};

} // namespace parity::california

PARITY_PLUGIN(parity::california::CaliforniaMediCalJurisdiction)
