// The New Mexico jurisdiction plugin: its agencies, native rules, compliance audit,
// settings and holidays. The forms (forms/*.xml) are embedded by parity_add_plugin.
#include "agency_directory.h"
#include "compliance_rules.h"
#include "native_rules.h"
#include "plugin_settings.h"
#include "public_holidays.h"

#include <parity/plugin.h>

namespace parity::new_mexico {

class NewMexicoJurisdiction final : public Jurisdiction {
public:
    JurisdictionIdentity identity() const override {
        return {PARITY_PLUGIN_ID, "New Mexico", PARITY_PLUGIN_VERSION, "NM", "America/Denver"};
    }
    std::vector<ReportingAgency> agencies() const override { return agencyDirectory(); }
    std::vector<AgencyTranslation> agencyTranslations() const override { return new_mexico::agencyTranslations(); }
    std::vector<NativeRule> nativeRules() const override { return new_mexico::nativeRules(); }
    std::vector<ComplianceRule> complianceRules() const override { return new_mexico::complianceRules(); }
    std::vector<Setting> settings() const override { return declaredSettings(); }
    std::vector<Holiday> publicHolidays(int year) const override { return legalHolidays(year); }
};

} // namespace parity::new_mexico

PARITY_PLUGIN(parity::new_mexico::NewMexicoJurisdiction)
