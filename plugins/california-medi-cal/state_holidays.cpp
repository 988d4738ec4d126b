#include "state_holidays.h"

#include <algorithm>

namespace parity::california {

using civil::Weekday;

// Source: Government Code 6700 (the holidays in this state) and 6701 (a fixed-date
// holiday that falls on a Sunday is observed the Monday after). The exact list that
// county APS offices and agencies close on is not in the shared DOMAIN.md, so it is
// UNVERIFIED; the list below is the days state offices close (the paid holidays of Gov.
// Code 19853 for state employees, with Thanksgiving appointed under 6700's "day
// appointed by the President"):
//   New Year's Day (Jan 1), Martin Luther King, Jr. Day (3rd Monday of January),
//   Presidents' Day (3rd Monday of February), Cesar Chavez Day (Mar 31), Memorial Day
//   (last Monday of May), Independence Day (Jul 4), Labor Day (1st Monday of September),
//   Veterans Day (Nov 11), Thanksgiving (4th Thursday of November), the day after
//   Thanksgiving, Christmas Day (Dec 25).
// Days 6700 also names but on which public offices stay open (Lincoln Day Feb 12,
// Juneteenth Jun 19, Admission Day Sep 9, Native American Day, Columbus Day) are left out
// on purpose: counting fewer holidays can only make a deadline earlier, never later,
// which is the safe side for the people these reports protect. An agency whose county
// also closes on them (or on the Friday before a Saturday holiday) lists those dates
// in the setting california-medi-cal.extra-holidays, which the compliance rules honour.
std::vector<Holiday> californiaHolidays(int year) {
    std::vector<Holiday> holidays;
    auto add = [&](const CivilDate& d, const std::string& name) { holidays.push_back({d.year, d.month, d.day, name}); };
    auto fixed = [&](unsigned month, unsigned day, const std::string& name) {
        const CivilDate date{year, month, day};
        add(date, name);
        if (civil::weekdayOf(date) == Weekday::Sunday)   // Gov. Code 6701
            add(civil::addDays(date, 1), name + " (observed)");
    };

    fixed(1, 1, "New Year's Day");
    add(civil::nthWeekday(year, 1, Weekday::Monday, 3), "Martin Luther King, Jr. Day");
    add(civil::nthWeekday(year, 2, Weekday::Monday, 3), "Presidents' Day");
    fixed(3, 31, "Cesar Chavez Day");
    add(civil::lastWeekday(year, 5, Weekday::Monday), "Memorial Day");
    fixed(7, 4, "Independence Day");
    add(civil::nthWeekday(year, 9, Weekday::Monday, 1), "Labor Day");
    fixed(11, 11, "Veterans Day");
    const CivilDate thanksgiving = civil::nthWeekday(year, 11, Weekday::Thursday, 4);
    add(thanksgiving, "Thanksgiving Day");
    add(civil::addDays(thanksgiving, 1), "Day after Thanksgiving");
    fixed(12, 25, "Christmas Day");

    std::sort(holidays.begin(), holidays.end(), [](const Holiday& a, const Holiday& b) {
        return a.month != b.month ? a.month < b.month : a.day < b.day;
    });
    return holidays;
}

bool isCaliforniaHoliday(const CivilDate& date) {
    const auto holidays = californiaHolidays(date.year);
    return std::any_of(holidays.begin(), holidays.end(), [&](const Holiday& h) {
        return h.month == date.month && h.day == date.day;
    });
}

} // namespace parity::california
