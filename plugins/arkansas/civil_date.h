// Calendar dates without a time zone: enough to name a holiday, step a day back, or
// read "YYYY-MM-DD". Instants and time zones stay with the host's TimeService.
#pragma once

#include <optional>
#include <string>

namespace parity::arkansas {

struct CivilDate {
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;

    /// Days since 1970-01-01 (negative before).
    long long serial() const;
    static CivilDate fromSerial(long long days);
    /// 0 = Sunday … 6 = Saturday.
    unsigned weekday() const;
    CivilDate plusDays(long long days) const { return fromSerial(serial() + days); }
    /// "YYYY-MM-DD".
    std::string iso() const;
    /// A real calendar date written "YYYY-MM-DD" (the first ten characters of `text`), or nothing.
    static std::optional<CivilDate> parse(const std::string& text);

    friend bool operator==(const CivilDate&, const CivilDate&) = default;
    friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

/// The `n`-th `weekday` (0 = Sunday) of `month` in `year`; n = -1 for the last one.
CivilDate nthWeekday(int year, unsigned month, unsigned weekday, int n);

} // namespace parity::arkansas
