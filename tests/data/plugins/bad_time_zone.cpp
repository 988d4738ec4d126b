// Names a time zone that does not exist: its deadlines could not be computed.
#define FIXTURE_ID "fixture-bad-time-zone"
#include "fixture_jurisdiction.h"

class BadTimeZone : public FixtureJurisdiction {
public:
    parity::JurisdictionIdentity identity() const override {
        return {FIXTURE_ID, "Fixture", "0.0.1", "ZZ", "America/Arkansas_City"};
    }
};

PARITY_PLUGIN(BadTimeZone)
