#include "deadline_clock.h"

#include <parity/civil_date.h>

#include <cmath>

namespace parity::arkansas {

std::string DeadlineClock::nextBusinessDayEnd(const std::string& datetime) const {
    // Step through the host's business days and pass over those the agency added: the
    // business days of both calendars together are the host's minus the extra ones.
    std::string cursor = m_time.endOfBusinessDay(datetime, 1);
    for (std::size_t guard = 0; !cursor.empty() && m_extraHolidays.count(cursor.substr(0, 10)); ++guard) {
        if (guard > m_extraHolidays.size())
            return {};
        cursor = m_time.endOfBusinessDay(cursor, 1);
    }
    return cursor;
}

std::string DeadlineClock::endOfBusinessDay(const std::string& datetime, int businessDays) const {
    if (businessDays <= 0)
        return m_time.endOfBusinessDay(datetime, businessDays);
    std::string cursor = datetime;
    for (int i = 0; i < businessDays && !cursor.empty(); ++i)
        cursor = nextBusinessDayEnd(cursor);
    return cursor;
}

std::string DeadlineClock::businessDayAt(const std::string& datetime, int businessDays,
                                         const std::string& timeOfDay) const {
    const std::string end = endOfBusinessDay(datetime, businessDays);
    if (end.empty())
        return {};
    // A time without an offset is local time: the host places it in America/Chicago.
    return m_time.local(end.substr(0, 10) + "T" + timeOfDay);
}

bool DeadlineClock::isBusinessDay(const std::string& isoDate) const {
    const auto day = civil::parseDatePrefix(isoDate);
    if (!day || m_extraHolidays.count(civil::formatIsoDate(*day)))
        return false;
    // The day is a business day of the host's calendar when it is the next one after the day before.
    const std::string next = m_time.endOfBusinessDay(civil::formatIsoDate(civil::addDays(*day, -1)) + "T12:00:00", 1);
    return next.substr(0, 10) == civil::formatIsoDate(*day);
}

std::string DeadlineClock::addBusinessHours(const std::string& datetime, int wholeDays) const {
    const std::string start = m_time.local(datetime);
    if (start.empty())
        return {};
    // Started on a business day: the clock ends at the same time of day `wholeDays`
    // business days later. Started on a weekend or holiday: it starts at the next business
    // day's midnight, so it ends when the `wholeDays`-th business day does.
    if (!isBusinessDay(start.substr(0, 10)))
        return endOfBusinessDay(start, wholeDays);
    return businessDayAt(start, wholeDays, start.substr(11, 8));
}

bool DeadlineClock::later(const std::string& a, const std::string& b) const {
    const double h = m_time.hoursBetween(b, a);
    return std::isfinite(h) && h > 0;
}

} // namespace parity::arkansas
