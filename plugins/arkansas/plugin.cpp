// The Arkansas jurisdiction plugin: identity, agency directory, native form rules,
// compliance audit rules, settings and public holidays. Each lives in its own file; this
// one only puts them together.
#include "agency_directory.h"
#include "arkansas_settings.h"
#include "compliance_rules.h"
#include "native_rules.h"
#include "public_holidays.h"

#include <parity/plugin.h>

namespace parity::arkansas {

class ArkansasJurisdiction final : public Jurisdiction {
public:
    JurisdictionIdentity identity() const override {
        return {PARITY_PLUGIN_ID, "Arkansas", PARITY_PLUGIN_VERSION, "AR", "America/Chicago"};
    }
    std::vector<ReportingAgency> agencies() const override { return agencyDirectory(); }
    std::vector<AgencyTranslation> agencyTranslations() const override { return arkansas::agencyTranslations(); }
    std::vector<NativeRule> nativeRules() const override { return arkansasNativeRules(); }
    std::vector<ComplianceRule> complianceRules() const override { return arkansasComplianceRules(); }
    std::vector<Setting> settings() const override { return arkansasSettings(); }
    std::vector<Holiday> publicHolidays(int year) const override { return publicHolidaysIn(year); }
};

} // namespace parity::arkansas

PARITY_PLUGIN(parity::arkansas::ArkansasJurisdiction)
