// The Arkansas jurisdiction plugin.
#include "agency_directory.h"

#include <parity/plugin.h>

namespace parity::arkansas {

class ArkansasJurisdiction final : public Jurisdiction {
public:
    JurisdictionIdentity identity() const override {
        return {PARITY_PLUGIN_ID, "Arkansas", PARITY_PLUGIN_VERSION, "AR", "America/Chicago"};
    }
    std::vector<ReportingAgency> agencies() const override { return agencyDirectory(); }
};

} // namespace parity::arkansas

PARITY_PLUGIN(parity::arkansas::ArkansasJurisdiction)
