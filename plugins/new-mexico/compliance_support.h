// What New Mexico's compliance rules share: which stored records are this plugin's,
// reading answers, wording in the audit's language, and deadlines that roll to the next
// business day.
//
// Findings leave ComplianceFinding::ruleId empty: the host fills in the id of the rule
// that returned them, so an id is written once, in the rule.
#pragma once

#include "public_holidays.h"

#include <parity/compliance.h>

#include <string>

namespace parity::new_mexico {

/// A record of this plugin's form of `kind` ("abuse-report", "referral", "consent").
bool isNewMexicoRecord(const StoredRecord& record, const std::string& kind);
/// A consent this plugin accepts as on file: its own consent form or the national core one.
bool isConsentRecord(const StoredRecord& record);

/// The answer with surrounding white space removed.
std::string answer(const StoredRecord& record, const std::string& field);

/// `english` or `spanish`, by the audit's language.
inline const std::string& say(const ComplianceContext& context, const std::string& english,
                              const std::string& spanish) {
    return context.language == "es" ? spanish : english;
}

/// "2026-10-05 23:59" from a local ISO datetime, for a message.
std::string shownTime(const std::string& isoLocal);
/// "14" or "14.5".
std::string shownHours(double hours);

/// `instant` (local ISO) itself when it falls on a business day; otherwise 23:59:59 local
/// on the next business day of `calendar`. "" if `instant` is unreadable.
std::string rollToBusinessDay(const TimeService& time, const BusinessCalendar& calendar, const std::string& instant);

/// True while `due` has not yet passed at `context.now`.
bool stillOpen(const ComplianceContext& context, const std::string& due);

} // namespace parity::new_mexico
