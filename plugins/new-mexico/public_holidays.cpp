#include "public_holidays.h"

#include <algorithm>

namespace parity::new_mexico {

using civil::Weekday;

namespace {

Holiday holiday(const CivilDate& date, std::string name) { return {date.year, date.month, date.day, std::move(name)}; }

} // namespace

// NMSA 1978 § 12-5-2 (legal holidays) names these days; Indigenous Peoples' Day replaced
// Columbus Day in 2019. § 12-5-3: a legal holiday that falls on a Sunday is observed the
// following Monday. The statute says nothing of a holiday on a Saturday, so no Friday is
// added here; nor are closures the State makes by proclamation (for example the day after
// Thanksgiving in place of Presidents' Day). Those vary by year and employer, so an agency
// lists them in the setting new-mexico.extra-holidays, which every business-day deadline
// of this plugin honours. Leaving a closure out can only make a deadline earlier.
std::vector<Holiday> legalHolidays(int year) {
    std::vector<Holiday> days;
    auto fixed = [&](unsigned month, unsigned day, const char* name) {
        const CivilDate date{year, month, day};
        days.push_back(holiday(date, name));
        if (civil::weekdayOf(date) == Weekday::Sunday)
            days.push_back(holiday(civil::addDays(date, 1), std::string(name) + " (observed)"));
    };
    fixed(1, 1, "New Year's Day");
    days.push_back(holiday(civil::nthWeekday(year, 1, Weekday::Monday, 3), "Martin Luther King, Jr.'s Birthday"));
    days.push_back(holiday(civil::nthWeekday(year, 2, Weekday::Monday, 3), "Presidents' Day"));
    days.push_back(holiday(civil::lastWeekday(year, 5, Weekday::Monday), "Memorial Day"));
    fixed(7, 4, "Independence Day");
    days.push_back(holiday(civil::nthWeekday(year, 9, Weekday::Monday, 1), "Labor Day"));
    days.push_back(holiday(civil::nthWeekday(year, 10, Weekday::Monday, 2), "Indigenous Peoples' Day"));
    fixed(11, 11, "Armistice Day and Veterans' Day");
    days.push_back(holiday(civil::nthWeekday(year, 11, Weekday::Thursday, 4), "Thanksgiving Day"));
    fixed(12, 25, "Christmas Day");
    return days;
}

namespace {

std::vector<CivilDate> datesIn(const std::string& setting) {
    std::vector<CivilDate> dates;
    std::string token;
    auto flush = [&] {
        if (auto date = civil::parseIsoDate(token))
            dates.push_back(*date);
        token.clear();
    };
    for (char c : setting) {
        if (c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n')
            flush();
        else
            token += c;
    }
    flush();
    return dates;
}

} // namespace

BusinessCalendar::BusinessCalendar(const std::string& extraHolidays, const std::string& removedHolidays)
    : m_extra(datesIn(extraHolidays)), m_removed(datesIn(removedHolidays)) {}

bool BusinessCalendar::isHoliday(const CivilDate& date) const {
    if (std::find(m_extra.begin(), m_extra.end(), date) != m_extra.end())
        return true;
    if (std::find(m_removed.begin(), m_removed.end(), date) != m_removed.end())
        return false;
    for (const Holiday& h : legalHolidays(date.year))
        if (h.month == date.month && h.day == date.day)
            return true;
    return false;
}

bool BusinessCalendar::isBusinessDay(const CivilDate& date) const { return !civil::isWeekend(date) && !isHoliday(date); }

CivilDate BusinessCalendar::thisOrNextBusinessDay(const CivilDate& date) const {
    CivilDate day = date;
    while (!isBusinessDay(day))
        day = civil::addDays(day, 1);
    return day;
}

} // namespace parity::new_mexico
