// Compliance rules over the written follow-up reports: SS 8572 for a child within 36
// hours (Penal Code 11166(a)), SOC 341 for an elder or dependent adult within 2 working
// days (WIC 15630). A warning while one is pending and not yet due, a violation once
// the deadline has passed unmet or the report was sent late.
#pragma once

#include <parity/compliance.h>

namespace parity::california {

ComplianceRule ss8572DeadlineAudit();
ComplianceRule soc341DeadlineAudit();

} // namespace parity::california
