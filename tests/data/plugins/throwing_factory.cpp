// The plugin's constructor throws: the factory must report it, not crash the host.
#define FIXTURE_ID "fixture-throwing-factory"
#include "fixture_jurisdiction.h"

class ThrowingJurisdiction : public FixtureJurisdiction {
public:
    ThrowingJurisdiction() { throw std::runtime_error("agency directory file is missing"); }
};

PARITY_PLUGIN(ThrowingJurisdiction)
