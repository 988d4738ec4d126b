// Built for a newer SDK minor version than the host has.
#define FIXTURE_ID "fixture-newer-minor"
#include "fixture_jurisdiction.h"

PARITY_DETAIL_EXPORT_PLUGIN(FixtureJurisdiction, PARITY_SDK_VERSION_MAJOR, PARITY_SDK_VERSION_MINOR + 1, 0)
