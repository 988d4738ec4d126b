// identity() throws something that is not a std::exception.
#define FIXTURE_ID "fixture-throwing-identity"
#include "fixture_jurisdiction.h"

class ThrowingIdentity : public FixtureJurisdiction {
public:
    parity::JurisdictionIdentity identity() const override { throw 42; }
};

PARITY_PLUGIN(ThrowingIdentity)
