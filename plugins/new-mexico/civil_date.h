// Calendar dates without a time-zone library: the plugin counts business days and
// computes holidays on plain civil dates; the host's TimeService does everything that
// needs a zone (offsets, daylight saving), so the two never disagree about an instant.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace parity::new_mexico {

struct CivilDate {
    int year = 0;
    unsigned month = 0;   ///< 1..12
    unsigned day = 0;     ///< 1..31

    friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

enum class Weekday { Sunday = 0, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday };

/// The first ten characters of `text` as "YYYY-MM-DD", if they are a real calendar date
/// (so a local ISO datetime gives its local date).
std::optional<CivilDate> parseCivilDate(std::string_view text);
/// "YYYY-MM-DD".
std::string formatCivilDate(const CivilDate& date);

/// Days since 1970-01-01 (negative before), and back.
long daysSinceEpoch(const CivilDate& date);
CivilDate civilDateFromDays(long days);

CivilDate addDays(const CivilDate& date, long days);
Weekday weekdayOf(const CivilDate& date);
bool isWeekend(const CivilDate& date);

/// The `n`-th (1-based) `weekday` of `month` in `year`: Thanksgiving is the 4th Thursday.
CivilDate nthWeekdayOf(int year, unsigned month, Weekday weekday, int n);
/// The last `weekday` of `month` in `year`: Memorial Day is the last Monday in May.
CivilDate lastWeekdayOf(int year, unsigned month, Weekday weekday);

} // namespace parity::new_mexico
