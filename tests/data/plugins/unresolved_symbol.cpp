// Calls a function no library defines: must be refused at load, not abort the host later.
#define FIXTURE_ID "fixture-unresolved-symbol"
#include "fixture_jurisdiction.h"

extern "C" int parity_fixture_function_nobody_defines();

class Unresolved : public FixtureJurisdiction {
public:
    std::vector<parity::ReportingAgency> agencies() const override {
        parity_fixture_function_nobody_defines();
        return {};
    }
};

PARITY_PLUGIN(Unresolved)
