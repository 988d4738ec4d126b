#include "compliance_rules.h"

namespace parity::new_mexico {

std::vector<ComplianceRule> complianceRules() {
    return {immediateReportLimitRule(), confirmationNumberRule(), apsRequiredContentRule(), consentOnFileRule(),
            initialAssessmentExceptionRule()};
}

} // namespace parity::new_mexico
