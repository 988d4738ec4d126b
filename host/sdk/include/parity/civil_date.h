// Calendar dates without a time zone, for plugins: enough to name a public holiday (the
// n-th Monday of a month, a Sunday holiday observed on Monday), count business days, and
// read the "YYYY-MM-DD" dates an agency types into a setting or a form.
//
// Instants, offsets and daylight saving stay with the host's TimeService, so a plugin and
// the host never disagree about when a deadline falls. Header-only and inline: nothing
// here is part of the plugin ABI, and a plugin that does not include it pays nothing.
#pragma once

#include <compare>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace parity::civil {

struct CivilDate {
    int year = 1970;
    unsigned month = 1;   ///< 1..12
    unsigned day = 1;     ///< 1..31

    friend bool operator==(const CivilDate&, const CivilDate&) = default;
    friend auto operator<=>(const CivilDate&, const CivilDate&) = default;   // calendar order
};

enum class Weekday : unsigned { Sunday = 0, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday };

inline bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

inline unsigned daysInMonth(int year, unsigned month) {
    constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms): the host
// uses his date library; a plugin needs only these two functions of it.

/// Days since 1970-01-01 (negative before), in the proleptic Gregorian calendar.
inline long long daysSinceEpoch(const CivilDate& date) {
    const long long y = static_cast<long long>(date.year) - (date.month <= 2 ? 1 : 0);
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long m = date.month;
    const long long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + date.day - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/// The date `days` after 1970-01-01.
inline CivilDate dateFromDays(long long days) {
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const long long doe = days - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const auto day = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
    const auto month = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

inline CivilDate addDays(const CivilDate& date, long long days) { return dateFromDays(daysSinceEpoch(date) + days); }

inline Weekday weekdayOf(const CivilDate& date) {
    // 1970-01-01 was a Thursday (4); the double modulo keeps dates before it positive.
    return static_cast<Weekday>((daysSinceEpoch(date) % 7 + 11) % 7);
}

inline bool isWeekend(const CivilDate& date) {
    const Weekday w = weekdayOf(date);
    return w == Weekday::Saturday || w == Weekday::Sunday;
}

/// The `n`-th (1-based) `weekday` of `month` in `year`: Thanksgiving is the 4th Thursday
/// of November, nthWeekday(year, 11, Weekday::Thursday, 4).
inline CivilDate nthWeekday(int year, unsigned month, Weekday weekday, int n) {
    const CivilDate first{year, month, 1};
    const unsigned offset = (7 + static_cast<unsigned>(weekday) - static_cast<unsigned>(weekdayOf(first))) % 7;
    return addDays(first, static_cast<long long>(offset) + 7LL * (n - 1));
}

/// The last `weekday` of `month` in `year`: Memorial Day is lastWeekday(year, 5, Weekday::Monday).
inline CivilDate lastWeekday(int year, unsigned month, Weekday weekday) {
    const CivilDate last{year, month, daysInMonth(year, month)};
    const unsigned back = (7 + static_cast<unsigned>(weekdayOf(last)) - static_cast<unsigned>(weekday)) % 7;
    return addDays(last, -static_cast<long long>(back));
}

/// Exactly "YYYY-MM-DD" naming a real calendar date, or nothing ("2026-02-30" is nothing).
inline std::optional<CivilDate> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t count) -> std::optional<int> {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return std::nullopt;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const auto year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1 ||
        static_cast<unsigned>(*day) > daysInMonth(*year, static_cast<unsigned>(*month)))
        return std::nullopt;
    return CivilDate{*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day)};
}

/// The date a local ISO date or datetime begins with ("2026-10-05" or
/// "2026-10-05T14:30:00-05:00" give 2026-10-05), or nothing: "2026-10-05x" is not a date.
inline std::optional<CivilDate> parseDatePrefix(std::string_view text) {
    if (text.size() > 10 && text[10] != 'T' && text[10] != ' ')
        return std::nullopt;
    return parseIsoDate(text.substr(0, 10));
}

/// "YYYY-MM-DD".
inline std::string formatIsoDate(const CivilDate& date) {
    char text[24];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", date.year, date.month, date.day);
    return text;
}

} // namespace parity::civil
