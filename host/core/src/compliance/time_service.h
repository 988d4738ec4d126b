// The host's TimeService (parity/compliance.h): deadline arithmetic in one
// jurisdiction's time zone, skipping its public holidays.
#pragma once

#include "time/temporal.h"

#include <parity/compliance.h>

namespace parity {

class JurisdictionTimeService final : public TimeService {
public:
    JurisdictionTimeService(const date::time_zone& zone, HolidayCalendar holidays)
        : m_zone(zone), m_holidays(std::move(holidays)) {}

    std::string addHours(const std::string& datetime, double hours) const noexcept override;
    std::string endOfBusinessDay(const std::string& datetime, int businessDays) const noexcept override;
    double hoursBetween(const std::string& from, const std::string& to) const noexcept override;
    std::string earlier(const std::string& a, const std::string& b) const noexcept override;
    std::string local(const std::string& datetime) const noexcept override;

private:
    const date::time_zone& m_zone;
    HolidayCalendar m_holidays;
};

} // namespace parity
