#include "native_rules.h"

#include "abuse_report_routing.h"
#include "aps_report_content.h"

namespace parity::new_mexico {

std::vector<NativeRule> nativeRules() {
    return {
        {"new-mexico.abuse-report-routing",
         "The agency matches whom the report is about: CYFD or law enforcement (tribal for an Indian child in "
         "Indian country) for a child, NMSA 32A-4-3(A); APS for an incapacitated adult, NMSA 27-7-30",
         checkAbuseReportRouting},
        {"new-mexico.aps-required-content",
         "A report to Adult Protective Services holds what NMSA 27-7-30 and 8.11.6.9 NMAC require",
         checkApsRequiredContent},
    };
}

} // namespace parity::new_mexico
