// A well-formed plugin with a fixture id: loads next to the real plugins.
#define FIXTURE_ID "fixture-valid"
#include "fixture_jurisdiction.h"

PARITY_PLUGIN(FixtureJurisdiction)
