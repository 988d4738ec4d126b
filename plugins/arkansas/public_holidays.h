// Arkansas's legal holidays (A.C.A. 1-5-101), with the days state offices observe when
// one falls on a weekend. Business-day deadlines skip them.
#pragma once

#include <parity/settings.h>

#include <set>
#include <string>
#include <vector>

namespace parity::arkansas {

/// The holidays observed on a date in `year` (a New Year's Day that falls on a Saturday
/// is observed on the Friday before, in the year before).
std::vector<Holiday> publicHolidaysIn(int year);

/// The dates of the setting arkansas.extra-holidays ("2026-12-26, 2026-11-27"): days the
/// agency adds (a holiday the Governor proclaims, a day the statute list here misses).
/// Entries that are not real YYYY-MM-DD dates are ignored: a deadline then skips one day
/// fewer, so a typing mistake can only make the audit stricter, never miss a deadline.
std::set<std::string> parseExtraHolidays(const std::string& setting);

} // namespace parity::arkansas
