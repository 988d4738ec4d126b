// What the compliance rules share: which records are this plugin's, message language,
// how times are shown, and the shape of a finding.
#pragma once

#include <parity/compliance.h>

#include <string>

namespace parity::california {

/// "california-medi-cal." + kind: the records of this plugin's form of that kind.
bool isCaliforniaRecord(const StoredRecord& record, const std::string& kind);

/// `en` or `es` by the audit's language.
const std::string& localized(const ComplianceContext& context, const std::string& en, const std::string& es);

/// A datetime as a supervisor reads it: local "YYYY-MM-DD hh:mm", or the text as given if unreadable.
std::string shown(const ComplianceContext& context, const std::string& datetime);

/// Hours with at most one decimal: "36", "40.5".
std::string hoursText(double hours);

bool isBlank(const std::string& text);

/// Whether the deadline `due` has passed at context.now (strictly after it).
bool hasPassed(const ComplianceContext& context, const std::string& due);

ComplianceFinding findingFor(const StoredRecord& record, bool warning, std::string message, std::string due);

} // namespace parity::california
