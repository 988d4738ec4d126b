// "Within N working days" deadlines (WIC 15630, SOC 341): the host's TimeService skips
// weekends, the computed California holidays and the agency's own closures from the
// setting california-medi-cal.extra-holidays.
#pragma once

#include <parity/civil_date.h>
#include <parity/compliance.h>

#include <string>
#include <vector>

namespace parity::california {

using civil::CivilDate;

struct ExtraHolidays {
    std::vector<CivilDate> dates;          ///< readable entries
    std::vector<std::string> unreadable;   ///< entries that are not YYYY-MM-DD dates
};

/// "2026-12-24, 2026-12-31": entries separated by commas, spaces around them ignored.
ExtraHolidays parseExtraHolidays(const std::string& setting);

/// 23:59:59 local time on the `workingDays`-th working day after the local date of
/// `datetime`, skipping weekends, California holidays and `extra`; "" if unreadable.
std::string endOfWorkingDay(const TimeService& time, const std::string& datetime, int workingDays,
                            const ExtraHolidays& extra);

} // namespace parity::california
