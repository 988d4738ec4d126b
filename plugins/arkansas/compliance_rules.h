// The Arkansas compliance audit: checks the host runs over stored records when a
// supervisor audits (missed statutory deadlines, disclosures without consent).
#pragma once

#include <parity/compliance.h>

#include <vector>

namespace parity::arkansas {

namespace compliance_rule {
inline constexpr const char* ImmediateReportDelay = "arkansas.immediate-report-delay";
inline constexpr const char* ConfirmationNumber = "arkansas.confirmation-number";
inline constexpr const char* AdultReportDeadline = "arkansas.adult-report-deadline";
inline constexpr const char* ChildHotlineDisposition = "arkansas.child-hotline-disposition";
inline constexpr const char* ReferralConsentOnFile = "arkansas.referral-consent-on-file";
inline constexpr const char* ReferralServicesEndingNotified = "arkansas.referral-services-ending-notified";
} // namespace compliance_rule

std::vector<ComplianceRule> arkansasComplianceRules();

// One file per kind of record audited.
std::vector<ComplianceRule> abuseReportAudits();
std::vector<ComplianceRule> referralAudits();

} // namespace parity::arkansas
