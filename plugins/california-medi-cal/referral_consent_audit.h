// The compliance rule california-medi-cal.referral-consent: a referral that shared
// information about a person needs that person's signed release, unexpired and not
// revoked when the information was shared (WIC 5328; the CMIA, Civil Code 56 et seq.; 42 CFR 2.31).
#pragma once

#include <parity/compliance.h>

namespace parity::california {

ComplianceRule referralConsentAudit();

} // namespace parity::california
