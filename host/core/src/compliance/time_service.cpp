#include "compliance/time_service.h"

#include <cmath>
#include <limits>

namespace parity {

std::string JurisdictionTimeService::addHours(const std::string& datetime, double hours) const noexcept {
    try {
        const auto t = parseIsoDateTime(datetime, m_zone);
        if (!t || !std::isfinite(hours))
            return {};
        return formatIsoDateTime(*t + std::chrono::seconds(std::llround(hours * 3600.0)), m_zone);
    } catch (...) {
        return {};
    }
}

std::string JurisdictionTimeService::endOfBusinessDay(const std::string& datetime, int businessDays) const noexcept {
    try {
        const auto t = parseIsoDateTime(datetime, m_zone);
        if (!t || businessDays < 0)
            return {};
        const auto day = addBusinessDays(localDate(*t, m_zone), businessDays, m_holidays);
        const auto end = parseIsoDateTime(formatIsoDate(day) + "T23:59:59", m_zone);
        return end ? formatIsoDateTime(*end, m_zone) : std::string();
    } catch (...) {
        return {};
    }
}

double JurisdictionTimeService::hoursBetween(const std::string& from, const std::string& to) const noexcept {
    try {
        const auto a = parseIsoDateTime(from, m_zone);
        const auto b = parseIsoDateTime(to, m_zone);
        if (!a || !b)
            return std::numeric_limits<double>::quiet_NaN();
        return double((*b - *a).count()) / 3600.0;
    } catch (...) {
        return std::numeric_limits<double>::quiet_NaN();
    }
}

std::string JurisdictionTimeService::earlier(const std::string& a, const std::string& b) const noexcept {
    try {
        const auto x = parseIsoDateTime(a, m_zone);
        const auto y = parseIsoDateTime(b, m_zone);
        if (!x || !y)
            return {};
        return formatIsoDateTime(std::min(*x, *y), m_zone);
    } catch (...) {
        return {};
    }
}

std::string JurisdictionTimeService::local(const std::string& datetime) const noexcept {
    try {
        const auto t = parseIsoDateTime(datetime, m_zone);
        return t ? formatIsoDateTime(*t, m_zone) : std::string();
    } catch (...) {
        return {};
    }
}

} // namespace parity
