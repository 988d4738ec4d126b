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
        if (auto date = civil::parseIsoDate(entry))
            extra.dates.push_back(*date);
        else
            extra.unreadable.push_back(entry);
    }
    return extra;
}

std::string endOfWorkingDay(const TimeService& time, const std::string& datetime, int workingDays,
                            const ExtraHolidays& extra) {
    // The host's TimeService skips weekends, the computed California holidays and the
    // agency's closures in california-medi-cal.extra-holidays (the host reads that
    // setting itself), so the deadline is the host's. `extra` stays a parameter so that
    // callers still see (and report) unreadable entries.
    (void)extra;
    return time.endOfBusinessDay(datetime, workingDays);
}

} // namespace parity::california
