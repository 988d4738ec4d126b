#include "public_holidays.h"

#include <parity/civil_date.h>

#include <algorithm>
#include <sstream>

namespace parity::arkansas {

namespace {

using civil::CivilDate;
using civil::Weekday;
using civil::isWeekend;
using civil::lastWeekday;
using civil::nthWeekday;

struct Observance {
    CivilDate actual;
    std::string name;
    bool fixedDate = false;   // a fixed-date holiday moves off a weekend; a "third Monday" never lands on one
};

// A.C.A. 1-5-101(a): the legal holidays of the State of Arkansas.
std::vector<Observance> holidaysOf(int year) {
    return {
        {{year, 1, 1}, "New Year's Day", true},
        {nthWeekday(year, 1, Weekday::Monday, 3), "Dr. Martin Luther King, Jr.'s Birthday", false},
        {nthWeekday(year, 2, Weekday::Monday, 3), "George Washington's Birthday and Daisy Gatson Bates Day", false},
        {lastWeekday(year, 5, Weekday::Monday), "Memorial Day", false},
        {{year, 7, 4}, "Independence Day", true},
        {nthWeekday(year, 9, Weekday::Monday, 1), "Labor Day", false},
        {{year, 11, 11}, "Veterans Day", true},
        {nthWeekday(year, 11, Weekday::Thursday, 4), "Thanksgiving Day", false},
        {{year, 12, 24}, "Christmas Eve", true},
        {{year, 12, 25}, "Christmas Day", true},
    };
}

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

std::vector<std::string> entries(const std::string& setting) {
    std::vector<std::string> out;
    std::string item;
    std::istringstream in(setting);
    while (std::getline(in, item, ','))
        if (const std::string t = trim(item); !t.empty())
            out.push_back(t);
    return out;
}

} // namespace

std::vector<Holiday> publicHolidaysIn(int year) {
    // Weekend rule as state offices apply it: a holiday on a Saturday is observed the Friday
    // before, one on a Sunday the Monday after, and never on a day another holiday already
    // takes (Christmas Eve and Christmas Day on a Friday and Saturday give Thursday and
    // Friday, in some order). Observed days may cross a year end, so the neighbouring years are placed too.
    std::vector<Observance> all;
    for (int y = year - 1; y <= year + 1; ++y)
        for (Observance& o : holidaysOf(y))
            all.push_back(std::move(o));

    std::vector<std::pair<CivilDate, std::string>> placed;
    auto taken = [&](const CivilDate& d) {
        return std::any_of(placed.begin(), placed.end(), [&](const auto& p) { return p.first == d; });
    };
    for (const Observance& o : all)
        if (!isWeekend(o.actual))
            placed.emplace_back(o.actual, o.name);
    // Saturday holidays move back, the latest first; Sunday holidays move forward, the
    // earliest first. Which of two neighbouring holidays is called "observed" does not
    // matter for deadlines; that both days are skipped does.
    std::vector<const Observance*> saturdays, sundays;
    for (const Observance& o : all) {
        if (o.fixedDate && civil::weekdayOf(o.actual) == Weekday::Saturday)
            saturdays.push_back(&o);
        if (o.fixedDate && civil::weekdayOf(o.actual) == Weekday::Sunday)
            sundays.push_back(&o);
    }
    std::sort(saturdays.begin(), saturdays.end(), [](auto a, auto b) { return a->actual > b->actual; });
    std::sort(sundays.begin(), sundays.end(), [](auto a, auto b) { return a->actual < b->actual; });
    for (const Observance* o : saturdays) {
        CivilDate d = civil::addDays(o->actual, -1);
        while (isWeekend(d) || taken(d))
            d = civil::addDays(d, -1);
        placed.emplace_back(d, o->name + " (observed)");
    }
    for (const Observance* o : sundays) {
        CivilDate d = civil::addDays(o->actual, 1);
        while (isWeekend(d) || taken(d))
            d = civil::addDays(d, 1);
        placed.emplace_back(d, o->name + " (observed)");
    }

    std::sort(placed.begin(), placed.end());
    std::vector<Holiday> out;
    for (const auto& [d, name] : placed)
        if (d.year == year)
            out.push_back({d.year, d.month, d.day, name});
    return out;
}

std::set<std::string> parseExtraHolidays(const std::string& setting) {
    std::set<std::string> out;
    for (const std::string& e : entries(setting))
        if (const auto d = civil::parseIsoDate(e))
            out.insert(civil::formatIsoDate(*d));
    return out;
}

} // namespace parity::arkansas
