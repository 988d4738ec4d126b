// The New Mexico jurisdiction plugin.
#include "agency_directory.h"

#include <parity/plugin.h>

namespace parity::new_mexico {

class NewMexicoJurisdiction final : public Jurisdiction {
public:
    JurisdictionIdentity identity() const override {
        return {PARITY_PLUGIN_ID, "New Mexico", PARITY_PLUGIN_VERSION, "NM", "America/Denver"};
    }
    std::vector<ReportingAgency> agencies() const override { return agencyDirectory(); }
};

} // namespace parity::new_mexico

PARITY_PLUGIN(parity::new_mexico::NewMexicoJurisdiction)
