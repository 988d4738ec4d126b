#include "civil_date.h"

#include <cctype>
#include <cstdio>

namespace parity::new_mexico {
namespace {

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned daysInMonth(int year, unsigned month) {
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

std::optional<unsigned> digits(std::string_view text) {
    unsigned value = 0;
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
        value = value * 10 + unsigned(c - '0');
    }
    return value;
}

} // namespace

std::optional<CivilDate> parseCivilDate(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto year = digits(text.substr(0, 4));
    const auto month = digits(text.substr(5, 2));
    const auto day = digits(text.substr(8, 2));
    if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1 || *day > daysInMonth(int(*year), *month))
        return std::nullopt;
    // Only a date, or a date followed by a time: "2026-10-05x" is not a date.
    if (text.size() > 10 && text[10] != 'T' && text[10] != ' ')
        return std::nullopt;
    return CivilDate{int(*year), *month, *day};
}

std::string formatCivilDate(const CivilDate& date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", date.year, date.month, date.day);
    return buffer;
}

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
long daysSinceEpoch(const CivilDate& date) {
    const int y = date.year - (date.month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned mp = date.month > 2 ? date.month - 3 : date.month + 9;
    const unsigned doy = (153 * mp + 2) / 5 + date.day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + long(doe) - 719468;
}

CivilDate civilDateFromDays(long days) {
    days += 719468;
    const long era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const int year = int(long(yoe) + era * 400) + (month <= 2 ? 1 : 0);
    return {year, month, day};
}

CivilDate addDays(const CivilDate& date, long days) { return civilDateFromDays(daysSinceEpoch(date) + days); }

Weekday weekdayOf(const CivilDate& date) {
    long w = (daysSinceEpoch(date) + 4) % 7;   // 1970-01-01 was a Thursday
    if (w < 0)
        w += 7;
    return Weekday(w);
}

bool isWeekend(const CivilDate& date) {
    const Weekday w = weekdayOf(date);
    return w == Weekday::Saturday || w == Weekday::Sunday;
}

CivilDate nthWeekdayOf(int year, unsigned month, Weekday weekday, int n) {
    const CivilDate first{year, month, 1};
    const int offset = (int(weekday) - int(weekdayOf(first)) + 7) % 7;
    return addDays(first, offset + 7L * (n - 1));
}

CivilDate lastWeekdayOf(int year, unsigned month, Weekday weekday) {
    const CivilDate last{year, month, daysInMonth(year, month)};
    const int back = (int(weekdayOf(last)) - int(weekday) + 7) % 7;
    return addDays(last, -back);
}

} // namespace parity::new_mexico
