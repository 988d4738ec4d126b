// New Mexico's legal holidays, and the business-day calendar the compliance rules use
// (the statute's holidays plus the days an agency lists in new-mexico.extra-holidays).
#pragma once

#include <parity/civil_date.h>
#include <parity/settings.h>

#include <string>
#include <vector>

namespace parity::new_mexico {

using civil::CivilDate;

/// The legal holidays of NMSA 1978 § 12-5-2 in `year`, with the Monday after any that
/// falls on a Sunday (§ 12-5-3).
std::vector<Holiday> legalHolidays(int year);

/// A calendar of business days: weekdays that are neither legal holidays nor one of the
/// agency's extra closed days.
class BusinessCalendar {
public:
    /// `extraHolidays`: the setting new-mexico.extra-holidays, "YYYY-MM-DD" dates
    /// separated by commas, semicolons or spaces. Entries that are not dates are ignored
    /// (a missing holiday only makes a deadline earlier, never later). `removedHolidays`:
    /// new-mexico.removed-holidays, listed holidays that are working days, written alike.
    explicit BusinessCalendar(const std::string& extraHolidays, const std::string& removedHolidays = {});

    bool isHoliday(const CivilDate& date) const;
    bool isBusinessDay(const CivilDate& date) const;
    /// `date` itself when it is a business day, else the next business day after it.
    CivilDate thisOrNextBusinessDay(const CivilDate& date) const;

private:
    std::vector<CivilDate> m_extra;
    std::vector<CivilDate> m_removed;
};

} // namespace parity::new_mexico
