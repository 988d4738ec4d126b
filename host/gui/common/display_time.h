// Times as a person reads them on screen. The store and the audit trail keep UTC
// ("2026-11-23T19:05:12.123456Z") and plugins give deadlines with the jurisdiction's
// offset; a clerk wants "2026-11-23 13:05" in the time that matters to them.
#pragma once

#include "time/temporal.h"

#include <wx/string.h>

#include <optional>
#include <string>

namespace parity::gui {

/// The instant an ISO 8601 text names (with "Z" or an offset; without one, UTC).
std::optional<Seconds> instantOf(const std::string& iso);

/// "2026-11-23 13:05:12" in this computer's time zone; the text itself if it does not
/// parse (a damaged entry is shown as it is, not hidden).
wxString localTimeText(const std::string& iso);
/// The calendar date of `iso` in this computer's time zone.
std::optional<date::year_month_day> localDateOf(const std::string& iso);

/// "2026-10-10 19:00 CDT" in the time zone `zoneName` (a jurisdiction's; this computer's
/// when empty or unknown). Statutory deadlines run in the state's own time.
wxString timeInZoneText(const std::string& iso, const std::string& zoneName);

/// This computer's time zone (UTC if the system does not say).
const date::time_zone& localZone();

} // namespace parity::gui
