// What an expression may know besides the answers: the clock, the jurisdiction's time
// zone, and its public holidays. Tests fix the clock; the app uses the real one.
#pragma once

#include "time/temporal.h"

#include <map>
#include <string>

namespace parity::rules {

struct EvaluationEnvironment {
    Seconds now{};
    const date::time_zone* zone = nullptr;   ///< never null once made by makeEnvironment
    HolidayCalendar holidays;                ///< empty: weekends only
    std::map<std::string, std::string> settings;   ///< the jurisdiction's settings, for setting()

    /// The current time, in `timeZone` (an IANA name; throws parity::Error if unknown).
    static EvaluationEnvironment current(const std::string& timeZone, HolidayCalendar holidays = {});
    /// A fixed time, for tests and for re-checking a record as of when it was made.
    static EvaluationEnvironment at(Seconds now, const std::string& timeZone, HolidayCalendar holidays = {});
};

} // namespace parity::rules
