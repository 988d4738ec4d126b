// The California (Medi-Cal) jurisdiction plugin: its agencies, forms (embedded from
// forms/*.xml), native rules, compliance audits, settings and public holidays.
// Sources: the shared domain brief (DOMAIN.md, California); every rule file cites its statute.
#include "agency_directory.h"
#include "agency_report_audits.h"
#include "california_settings.h"
#include "referral_consent_audit.h"
#include "report_routing.h"
#include "state_holidays.h"
#include "written_report_audits.h"

#include <parity/plugin.h>

namespace parity::california {

class CaliforniaMediCalJurisdiction final : public Jurisdiction {
public:
    JurisdictionIdentity identity() const override {
        return {PARITY_PLUGIN_ID, "California (Medi-Cal)", PARITY_PLUGIN_VERSION, "CA", "America/Los_Angeles"};
    }
    std::vector<ReportingAgency> agencies() const override { return agencyDirectory(); }
    std::vector<AgencyTranslation> agencyTranslations() const override { return california::agencyTranslations(); }
    std::vector<NativeRule> nativeRules() const override { return {reportRoutingRule()}; }
    std::vector<ComplianceRule> complianceRules() const override {
        return {immediateReportLimitAudit(), confirmationNumberAudit(), ss8572DeadlineAudit(), soc341DeadlineAudit(),
                referralConsentAudit()};
    }
    std::vector<Setting> settings() const override { return californiaSettings(); }
    std::vector<Holiday> publicHolidays(int year) const override { return californiaHolidays(year); }
};

} // namespace parity::california

PARITY_PLUGIN(parity::california::CaliforniaMediCalJurisdiction)
