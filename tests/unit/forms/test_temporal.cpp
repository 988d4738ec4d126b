// ISO dates and datetimes read in a jurisdiction's zone, and business-day arithmetic.
#include "time/temporal.h"

#include <boost/test/unit_test.hpp>

using namespace date::literals;

namespace {

const date::time_zone& chicago() { return *date::locate_zone("America/Chicago"); }
const date::time_zone& denver() { return *date::locate_zone("America/Denver"); }

parity::Seconds utc(date::year_month_day day, int h, int m) {
    return parity::Seconds{date::sys_days(day).time_since_epoch() + std::chrono::hours(h) + std::chrono::minutes(m)};
}

} // namespace

BOOST_AUTO_TEST_SUITE(Temporal)

BOOST_AUTO_TEST_CASE(dates_must_be_real_calendar_days) {
    BOOST_TEST(parity::parseIsoDate("2026-02-28").has_value());
    BOOST_TEST(parity::parseIsoDate("2028-02-29").has_value());
    BOOST_TEST(!parity::parseIsoDate("2026-02-29").has_value());
    BOOST_TEST(!parity::parseIsoDate("2026-13-01").has_value());
    BOOST_TEST(!parity::parseIsoDate("2026-1-01").has_value());
    BOOST_TEST(!parity::parseIsoDate("26-01-01").has_value());
    BOOST_TEST(!parity::parseIsoDate("").has_value());
}

BOOST_AUTO_TEST_CASE(datetime_without_offset_is_local_time_in_the_zone) {
    // 09:30 in Chicago in winter is 15:30 UTC (CST, -06:00) ...
    BOOST_TEST((parity::parseIsoDateTime("2026-01-15T09:30", chicago()) == utc(2026_y / 1 / 15, 15, 30)));
    // ... and 14:30 UTC in summer (CDT, -05:00); Denver is an hour behind.
    BOOST_TEST((parity::parseIsoDateTime("2026-07-15T09:30", chicago()) == utc(2026_y / 7 / 15, 14, 30)));
    BOOST_TEST((parity::parseIsoDateTime("2026-07-15T09:30", denver()) == utc(2026_y / 7 / 15, 15, 30)));
}

BOOST_AUTO_TEST_CASE(datetime_with_offset_ignores_the_zone) {
    BOOST_TEST((parity::parseIsoDateTime("2026-07-15T09:30:00Z", chicago()) == utc(2026_y / 7 / 15, 9, 30)));
    BOOST_TEST((parity::parseIsoDateTime("2026-07-15T09:30-07:00", chicago()) == utc(2026_y / 7 / 15, 16, 30)));
    BOOST_TEST((parity::parseIsoDateTime("2026-07-15T09:30:15.250+02:00", chicago()) ==
                utc(2026_y / 7 / 15, 7, 30) + std::chrono::seconds(15)));
}

BOOST_AUTO_TEST_CASE(malformed_datetimes_are_refused) {
    for (const char* text : {"2026-07-15T25:00", "2026-07-15T09", "2026-07-15T09:61", "2026-07-15T09:30+5",
                             "2026-07-15X09:30", "2026-02-30T09:30", "yesterday"})
        BOOST_TEST(!parity::parseIsoDateTime(text, chicago()).has_value(), text);
}

BOOST_AUTO_TEST_CASE(formatting_gives_the_local_offset) {
    BOOST_TEST(parity::formatIsoDateTime(utc(2026_y / 1 / 15, 15, 30), chicago()) == "2026-01-15T09:30:00-06:00");
    BOOST_TEST(parity::formatIsoDateTime(utc(2026_y / 7 / 15, 14, 30), chicago()) == "2026-07-15T09:30:00-05:00");
    // Late evening UTC is still the previous local day.
    BOOST_TEST(parity::formatIsoDate(parity::localDate(utc(2026_y / 7 / 16, 3, 0), chicago())) == "2026-07-15");
}

BOOST_AUTO_TEST_CASE(business_days_skip_weekends_and_holidays) {
    const parity::HolidayCalendar none;
    // Friday + 1 business day = Monday.
    BOOST_TEST(parity::formatIsoDate(parity::addBusinessDays(2026_y / 11 / 20, 1, none)) == "2026-11-23");
    BOOST_TEST(parity::formatIsoDate(parity::addBusinessDays(2026_y / 11 / 20, 0, none)) == "2026-11-20");
    // Across a year end with New Year's Day a holiday: Wed 2026-12-30 + 2 = Mon 2027-01-04.
    const parity::HolidayCalendar newYear = [](date::year_month_day d) { return d.month() == date::January && d.day() == 1_d; };
    BOOST_TEST(parity::formatIsoDate(parity::addBusinessDays(2026_y / 12 / 30, 2, newYear)) == "2027-01-04");
    BOOST_TEST(parity::formatIsoDate(parity::addBusinessDays(2026_y / 12 / 30, 2, none)) == "2027-01-01");
    BOOST_TEST(!parity::isBusinessDay(2026_y / 11 / 21, none));   // Saturday
    BOOST_TEST(parity::isBusinessDay(2026_y / 11 / 23, none));    // Monday
}

BOOST_AUTO_TEST_CASE(age_counts_whole_years) {
    BOOST_TEST(parity::ageOn(2008_y / 11 / 23, 2026_y / 11 / 23) == 18);   // birthday today
    BOOST_TEST(parity::ageOn(2008_y / 11 / 24, 2026_y / 11 / 23) == 17);   // birthday tomorrow
    BOOST_TEST(parity::ageOn(2008_y / 2 / 29, 2026_y / 2 / 28) == 17);     // leapling before Mar 1
    BOOST_TEST(parity::ageOn(2008_y / 2 / 29, 2026_y / 3 / 1) == 18);
}

BOOST_AUTO_TEST_SUITE_END()
