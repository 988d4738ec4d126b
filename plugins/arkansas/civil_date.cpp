#include "civil_date.h"

#include <cstdio>

namespace parity::arkansas {

namespace {

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned daysIn(int year, unsigned month) {
    static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

} // namespace

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms): the
// host uses his date library; a plugin needs only these two functions of it.
long long CivilDate::serial() const {
    const long long y = static_cast<long long>(year) - (month <= 2 ? 1 : 0);
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long m = month;
    const long long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + day - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate CivilDate::fromSerial(long long z) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long y = yoe + era * 400;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const unsigned d = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
    const unsigned m = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

unsigned CivilDate::weekday() const {
    // 1970-01-01 was a Thursday (4).
    return static_cast<unsigned>((serial() % 7 + 11) % 7);
}

std::string CivilDate::iso() const {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", year, month, day);
    return text;
}

std::optional<CivilDate> CivilDate::parse(const std::string& text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    if (text.size() > 10 && text[10] != 'T' && text[10] != ' ')
        return std::nullopt;
    const CivilDate d{std::stoi(text.substr(0, 4)), static_cast<unsigned>(std::stoi(text.substr(5, 2))),
                      static_cast<unsigned>(std::stoi(text.substr(8, 2)))};
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysIn(d.year, d.month))
        return std::nullopt;
    return d;
}

CivilDate nthWeekday(int year, unsigned month, unsigned weekday, int n) {
    if (n < 0) {
        const CivilDate last{year, month, daysIn(year, month)};
        return last.plusDays(-static_cast<long long>((last.weekday() + 7 - weekday) % 7));
    }
    const CivilDate first{year, month, 1};
    return first.plusDays((weekday + 7 - first.weekday()) % 7 + 7LL * (n - 1));
}

} // namespace parity::arkansas
