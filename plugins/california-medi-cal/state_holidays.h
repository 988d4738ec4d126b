// California's public holidays, for business-day deadlines such as the SOC 341 written
// report "within 2 working days" (WIC 15630).
#pragma once

#include <parity/civil_date.h>
#include <parity/settings.h>

#include <vector>

namespace parity::california {

using civil::CivilDate;

/// The holidays computed for `year` (see state_holidays.cpp for the statute and for which
/// days are counted), in date order. Agencies add their county's own closures through
/// the setting california-medi-cal.extra-holidays.
std::vector<Holiday> californiaHolidays(int year);

/// Whether `date` is one of californiaHolidays(date.year).
bool isCaliforniaHoliday(const CivilDate& date);

} // namespace parity::california
