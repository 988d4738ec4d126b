// Dates and datetimes as forms hold them (ISO 8601 text), read in a jurisdiction's
// time zone. Statutory deadlines run in the state's local time (DOMAIN.md).
#pragma once

#include <date/date.h>
#include <date/tz.h>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace parity {

using Seconds = std::chrono::sys_seconds;

/// "YYYY-MM-DD", a real calendar date, or nothing.
std::optional<date::year_month_day> parseIsoDate(std::string_view text);

/// "YYYY-MM-DDThh:mm[:ss][.fff]" followed by "Z", "±hh:mm", or nothing (then the time is
/// local time in `zone`). A plain date is midnight local time. Nothing if it does not parse.
std::optional<Seconds> parseIsoDateTime(std::string_view text, const date::time_zone& zone);

std::string formatIsoDate(date::year_month_day day);
/// "YYYY-MM-DDThh:mm:ss±hh:mm" in `zone`.
std::string formatIsoDateTime(Seconds instant, const date::time_zone& zone);

/// The local calendar date of `instant` in `zone`.
date::year_month_day localDate(Seconds instant, const date::time_zone& zone);

/// Public holidays of a jurisdiction; a business day is a weekday that is not one.
using HolidayCalendar = std::function<bool(date::year_month_day)>;

bool isBusinessDay(date::year_month_day day, const HolidayCalendar& holidays);
/// `count` business days after `day` (count >= 0; 0 gives `day` itself).
date::year_month_day addBusinessDays(date::year_month_day day, int count, const HolidayCalendar& holidays);

/// Whole years from `birth` to `on` (the day before a birthday, one less).
int ageOn(date::year_month_day birth, date::year_month_day on);

} // namespace parity
