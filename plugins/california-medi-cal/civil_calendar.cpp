#include "civil_calendar.h"

#include <cstdio>

namespace parity::california {

namespace {

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned daysInMonth(int year, unsigned month) {
    static const unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

} // namespace

std::optional<CivilDate> parseIsoDate(std::string_view text) {
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
        unsigned(*day) > daysInMonth(*year, unsigned(*month)))
        return std::nullopt;
    return CivilDate{*year, unsigned(*month), unsigned(*day)};
}

std::string formatIsoDate(const CivilDate& date) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", date.year, date.month, date.day);
    return text;
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

CivilDate dateFromDays(long days) {
    days += 719468;
    const long era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    return {int(long(yoe) + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

Weekday weekdayOf(const CivilDate& date) {
    const long days = daysSinceEpoch(date);   // 1970-01-01 was a Thursday
    return Weekday(((days % 7) + 7 + 4) % 7);
}

CivilDate addDays(const CivilDate& date, long days) { return dateFromDays(daysSinceEpoch(date) + days); }

CivilDate nthWeekday(int year, unsigned month, Weekday weekday, int n) {
    const CivilDate first{year, month, 1};
    const unsigned offset = (7 + unsigned(weekday) - unsigned(weekdayOf(first))) % 7;
    return addDays(first, long(offset) + 7L * (n - 1));
}

CivilDate lastWeekday(int year, unsigned month, Weekday weekday) {
    const CivilDate last{year, month, daysInMonth(year, month)};
    const unsigned back = (7 + unsigned(weekdayOf(last)) - unsigned(weekday)) % 7;
    return addDays(last, -long(back));
}

} // namespace parity::california
