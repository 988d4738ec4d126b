// Built for SDK 1.0, before PluginInterface had agencyTranslations(). A real 1.0 plugin
// has no such entry in its table of functions, so the host must not call it: this one
// answers with a translation the host would refuse (of an agency it does not list), and
// loads only if the host never asks.
#define FIXTURE_ID "fixture-older-minor"
#include "fixture_jurisdiction.h"

class OlderMinorJurisdiction : public FixtureJurisdiction {
public:
    std::vector<parity::AgencyTranslation> agencyTranslations() const override {
        return {{"no-such-agency", "es", "Ninguna", ""}};
    }
};

PARITY_DETAIL_EXPORT_PLUGIN(OlderMinorJurisdiction, 1, 0, 0)
