#include "working_days.h"

#include "state_holidays.h"

#include <sstream>

namespace parity::california {

ExtraHolidays parseExtraHolidays(const std::string& setting) {
    ExtraHolidays extra;
    std::istringstream in(setting);
    for (std::string entry; std::getline(in, entry, ',');) {
        const auto first = entry.find_first_not_of(" \t\r\n");
        if (first == std::string::npos)
            continue;
        entry = entry.substr(first, entry.find_last_not_of(" \t\r\n") - first + 1);
        if (auto date = parseIsoDate(entry))
            extra.dates.push_back(*date);
        else
            extra.unreadable.push_back(entry);
    }
    return extra;
}

std::string endOfWorkingDay(const TimeService& time, const std::string& datetime, int workingDays,
                            const ExtraHolidays& extra) {
    const std::string local = time.local(datetime);
    const auto start = parseIsoDate(local.substr(0, 10));
    if (!start)
        return {};
    // The host skips weekends and the computed holidays. Each extra closure that falls
    // on a day the host counted as working, inside the window, pushes the deadline one
    // more working day; the window grows with it, so repeat until nothing changes.
    const long first = daysSinceEpoch(*start);
    int count = workingDays;
    for (int round = 0; round < 400; ++round) {
        const std::string due = time.endOfBusinessDay(datetime, count);
        const auto dueDate = parseIsoDate(due.substr(0, 10));
        if (!dueDate)
            return {};
        const long last = daysSinceEpoch(*dueDate);
        int closures = 0;
        std::vector<long> seen;
        for (const CivilDate& d : extra.dates) {
            const long day = daysSinceEpoch(d);
            const Weekday w = weekdayOf(d);
            if (day <= first || day > last || w == Saturday || w == Sunday || isCaliforniaHoliday(d))
                continue;
            bool duplicate = false;
            for (long s : seen)
                duplicate = duplicate || s == day;
            if (duplicate)
                continue;
            seen.push_back(day);
            ++closures;
        }
        if (workingDays + closures == count)
            return due;
        count = workingDays + closures;
    }
    return {};
}

} // namespace parity::california
