// Compliance rules over the phone report to the agency: made within the agency's limit
// for "immediately" (or explained), and confirmed by the agency with a number.
#pragma once

#include <parity/compliance.h>

namespace parity::california {

/// california-medi-cal.immediate-report-limit (Penal Code 11166(a); WIC 15630).
ComplianceRule immediateReportLimitAudit();
/// california-medi-cal.confirmation-number (agency policy: setting confirmation-number-after-hours).
ComplianceRule confirmationNumberAudit();

} // namespace parity::california
