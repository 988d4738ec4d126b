// Built for the next SDK major version.
#define FIXTURE_ID "fixture-other-major"
#include "fixture_jurisdiction.h"

PARITY_DETAIL_EXPORT_PLUGIN(FixtureJurisdiction, PARITY_SDK_VERSION_MAJOR + 1, 0, 0)
