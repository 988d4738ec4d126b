// Calendar dates without a time zone: enough to compute public holidays (nth weekday of
// a month, weekend observance) and to read the dates an agency types into a setting.
// Time-zone work (deadlines at a local hour) is the host's TimeService, never done here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace parity::california {

struct CivilDate {
    int year = 1970;
    unsigned month = 1;   ///< 1..12
    unsigned day = 1;     ///< 1..31
};

inline bool operator==(const CivilDate& a, const CivilDate& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
}

enum Weekday : unsigned { Sunday = 0, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday };

/// Exactly "YYYY-MM-DD" naming a real calendar date, or nothing.
std::optional<CivilDate> parseIsoDate(std::string_view text);
std::string formatIsoDate(const CivilDate& date);

/// Days since 1970-01-01 and back (proleptic Gregorian calendar).
long daysSinceEpoch(const CivilDate& date);
CivilDate dateFromDays(long days);

Weekday weekdayOf(const CivilDate& date);
/// The `n`-th (1-based) `weekday` of `month` in `year`: Thanksgiving is nthWeekday(y, 11, Thursday, 4).
CivilDate nthWeekday(int year, unsigned month, Weekday weekday, int n);
/// The last `weekday` of `month` in `year` (Memorial Day: lastWeekday(y, 5, Monday)).
CivilDate lastWeekday(int year, unsigned month, Weekday weekday);
CivilDate addDays(const CivilDate& date, long days);

} // namespace parity::california
