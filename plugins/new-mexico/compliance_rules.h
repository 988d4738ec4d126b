// New Mexico's compliance audit: checks over the stored records, each citing the law it
// enforces. Every deadline is computed with the host's TimeService (America/Denver) and,
// for business days, this plugin's holidays plus the agency's extra ones.
#pragma once

#include <parity/compliance.h>

#include <vector>

namespace parity::new_mexico {

// Abuse reports (report_audit.cpp).
ComplianceRule immediateReportLimitRule();
ComplianceRule confirmationNumberRule();
ComplianceRule apsRequiredContentRule();

// Consents and disclosures (consent_audit.cpp).
ComplianceRule consentOnFileRule();
ComplianceRule initialAssessmentExceptionRule();

std::vector<ComplianceRule> complianceRules();

} // namespace parity::new_mexico
