#include "time/temporal.h"

#include <cstdio>

namespace parity {
namespace {

bool digits(std::string_view text, std::size_t pos, std::size_t count, int& out) {
    if (pos + count > text.size())
        return false;
    out = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        out = out * 10 + (text[i] - '0');
    }
    return true;
}

} // namespace

std::optional<date::year_month_day> parseIsoDate(std::string_view text) {
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(text, 0, 4, y) ||
        !digits(text, 5, 2, m) || !digits(text, 8, 2, d))
        return std::nullopt;
    const date::year_month_day day{date::year{y}, date::month(unsigned(m)), date::day(unsigned(d))};
    if (!day.ok())
        return std::nullopt;
    return day;
}

std::optional<Seconds> parseIsoDateTime(std::string_view text, const date::time_zone& zone) {
    const auto day = parseIsoDate(text.substr(0, std::min<std::size_t>(10, text.size())));
    if (!day)
        return std::nullopt;
    int hour = 0, minute = 0, second = 0;
    std::size_t pos = 10;
    if (text.size() > 10) {
        if ((text[10] != 'T' && text[10] != ' ') || !digits(text, 11, 2, hour) || text.size() < 16 ||
            text[13] != ':' || !digits(text, 14, 2, minute))
            return std::nullopt;
        pos = 16;
        if (pos < text.size() && text[pos] == ':') {
            if (!digits(text, pos + 1, 2, second))
                return std::nullopt;
            pos += 3;
            if (pos < text.size() && text[pos] == '.') {   // fractions of a second are dropped
                ++pos;
                while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
                    ++pos;
            }
        }
        if (hour > 23 || minute > 59 || second > 59)
            return std::nullopt;
    }
    const auto clock = std::chrono::hours(hour) + std::chrono::minutes(minute) + std::chrono::seconds(second);
    const std::string_view offset = text.substr(pos);
    if (offset.empty()) {
        const date::local_seconds local{date::local_days(*day).time_since_epoch() + clock};
        try {
            // A local time that does not exist or is ambiguous (DST change): the earlier one.
            return zone.to_sys(local, date::choose::earliest);
        } catch (const std::exception&) {
            return std::nullopt;
        }
    }
    std::chrono::seconds shift{0};
    if (offset == "Z") {
        // UTC
    } else {
        int oh = 0, om = 0;
        if (offset.size() != 6 || (offset[0] != '+' && offset[0] != '-') || !digits(offset, 1, 2, oh) ||
            offset[3] != ':' || !digits(offset, 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        shift = std::chrono::hours(oh) + std::chrono::minutes(om);
        if (offset[0] == '-')
            shift = -shift;
    }
    return Seconds{date::sys_days(*day).time_since_epoch() + clock - shift};
}

std::string formatIsoDate(date::year_month_day day) {
    if (!day.ok() || int(day.year()) < 0 || int(day.year()) > 9999)
        return {};   // not a date a form can hold
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(day.year()), unsigned(day.month()), unsigned(day.day()));
    return text;
}

std::string formatIsoDateTime(Seconds instant, const date::time_zone& zone) {
    static const Seconds earliest{date::sys_days(date::year{0} / 1 / 2).time_since_epoch()};
    static const Seconds latest{date::sys_days(date::year{9999} / 12 / 30).time_since_epoch()};
    if (instant < earliest || instant > latest)
        return {};   // outside the years ISO 8601 text can hold
    const auto info = zone.get_info(instant);
    const auto local = date::local_seconds{instant.time_since_epoch() + info.offset};
    const auto days = date::floor<date::days>(local);
    const date::hh_mm_ss<std::chrono::seconds> clock{local - days};
    const long offsetMinutes = std::chrono::duration_cast<std::chrono::minutes>(info.offset).count();
    const long absMinutes = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    char text[96];
    std::snprintf(text, sizeof text, "%sT%02ld:%02ld:%02ld%c%02ld:%02ld",
                  formatIsoDate(date::year_month_day{days}).c_str(), long(clock.hours().count()),
                  long(clock.minutes().count()), long(clock.seconds().count()), offsetMinutes < 0 ? '-' : '+',
                  absMinutes / 60, absMinutes % 60);
    return text;
}

date::year_month_day localDate(Seconds instant, const date::time_zone& zone) {
    const auto local = zone.to_local(instant);
    return date::year_month_day{date::floor<date::days>(local)};
}

bool isBusinessDay(date::year_month_day day, const HolidayCalendar& holidays) {
    const date::weekday wd{date::sys_days(day)};
    if (wd == date::Saturday || wd == date::Sunday)
        return false;
    return !(holidays && holidays(day));
}

date::year_month_day addBusinessDays(date::year_month_day day, int count, const HolidayCalendar& holidays) {
    date::sys_days current{day};
    while (count > 0) {
        current += date::days{1};
        if (isBusinessDay(date::year_month_day{current}, holidays))
            --count;
    }
    return date::year_month_day{current};
}

int ageOn(date::year_month_day birth, date::year_month_day on) {
    int years = int(on.year()) - int(birth.year());
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

} // namespace parity
