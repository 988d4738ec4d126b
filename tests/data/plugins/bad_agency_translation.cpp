// Translates an agency its directory does not have (a typo in the code, say): refused
// at load with the code named, rather than a choice list with a blank or missing entry.
#define FIXTURE_ID "fixture-bad-agency-translation"
#include "fixture_jurisdiction.h"

class BadTranslationJurisdiction : public FixtureJurisdiction {
public:
    std::vector<parity::ReportingAgency> agencies() const override {
        return {{"zz-hotline", "Fixture Hotline", "1-800-555-0100", "", "", "", "Fixture Code 1", "Everyone"}};
    }
    std::vector<parity::AgencyTranslation> agencyTranslations() const override {
        return {{"zz-hotline", "es", "Línea de prueba", ""}, {"zz-hotlien", "es", "Línea mal escrita", ""}};
    }
};

PARITY_PLUGIN(BadTranslationJurisdiction)
