// Deadline arithmetic for the Arkansas audit: the host's TimeService (America/Chicago,
// the plugin's A.C.A. 1-5-101 holidays) plus the holidays the agency adds in the setting
// arkansas.extra-holidays, which the host does not know about.
#pragma once

#include <parity/compliance.h>

#include <set>
#include <string>

namespace parity::arkansas {

class DeadlineClock {
public:
    DeadlineClock(const TimeService& time, std::set<std::string> extraHolidays)
        : m_time(time), m_extraHolidays(std::move(extraHolidays)) {}

    const TimeService& time() const { return m_time; }

    /// 23:59:59 local on the `businessDays`-th business day after the local date of
    /// `datetime`, skipping weekends, public holidays and the extra holidays.
    std::string endOfBusinessDay(const std::string& datetime, int businessDays) const;
    /// The same day as endOfBusinessDay(), at `timeOfDay` ("hh:mm:ss") local time.
    std::string businessDayAt(const std::string& datetime, int businessDays, const std::string& timeOfDay) const;
    /// Whether the local date `isoDate` is a business day.
    bool isBusinessDay(const std::string& isoDate) const;
    /// `wholeDays` × 24 hours counted only on business days from `datetime` (A.C.A.
    /// 12-8-509's "48 hours, excluding weekends and holidays" is 2).
    std::string addBusinessHours(const std::string& datetime, int wholeDays) const;

    /// True when `a` is strictly later than `b` (both readable).
    bool later(const std::string& a, const std::string& b) const;

private:
    std::string nextBusinessDayEnd(const std::string& datetime) const;

    const TimeService& m_time;
    std::set<std::string> m_extraHolidays;
};

} // namespace parity::arkansas
