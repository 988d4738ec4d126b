// California public holidays (Government Code 6700, 6701) as the plugin computes them,
// and business days across a year end through the host's TimeService.
#include "california_fixture.h"

#include "compliance/time_service.h"

#include <cstdio>

using namespace parity;
using namespace parity::test;
using namespace parity::test::california;

namespace {

std::string listed(const PluginHarness& harness, int year) {
    const auto holidays = harness.plugin().api->publicHolidays(year);
    BOOST_TEST_REQUIRE(holidays.isOk());
    std::string out;
    for (const Holiday& h : holidays.value()) {
        char day[16];
        std::snprintf(day, sizeof day, "%04d-%02u-%02u", h.year, h.month, h.day);
        out += std::string(out.empty() ? "" : "\n") + day + " " + h.name;
    }
    return out;
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(CaliforniaHolidays, CaliforniaFixture)

BOOST_AUTO_TEST_CASE(holidays_of_2026) {
    BOOST_TEST(listed(harness, 2026) == "2026-01-01 New Year's Day\n"
                                        "2026-01-19 Martin Luther King, Jr. Day\n"
                                        "2026-02-16 Presidents' Day\n"
                                        "2026-03-31 Cesar Chavez Day\n"
                                        "2026-05-25 Memorial Day\n"
                                        "2026-07-04 Independence Day\n"
                                        "2026-09-07 Labor Day\n"
                                        "2026-11-11 Veterans Day\n"
                                        "2026-11-26 Thanksgiving Day\n"
                                        "2026-11-27 Day after Thanksgiving\n"
                                        "2026-12-25 Christmas Day");
}

BOOST_AUTO_TEST_CASE(a_sunday_holiday_is_observed_on_monday) {
    const std::string y2022 = listed(harness, 2022);
    BOOST_TEST(y2022.find("2022-12-25 Christmas Day\n2022-12-26 Christmas Day (observed)") != std::string::npos, y2022);
    const std::string y2023 = listed(harness, 2023);
    BOOST_TEST(y2023.find("2023-01-01 New Year's Day\n2023-01-02 New Year's Day (observed)") != std::string::npos,
               y2023);
    BOOST_TEST(listed(harness, 2027).find("2027-07-05 Independence Day (observed)") != std::string::npos);
    // 2029-03-31 is a Saturday: no Friday closure is computed (state offices stay open).
    BOOST_TEST(listed(harness, 2029).find("2029-03-30") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(weekday_holidays_move_with_the_calendar) {
    const std::string y2027 = listed(harness, 2027);
    BOOST_TEST(y2027.find("2027-01-18 Martin Luther King, Jr. Day") != std::string::npos);
    BOOST_TEST(y2027.find("2027-05-31 Memorial Day") != std::string::npos);
    BOOST_TEST(y2027.find("2027-09-06 Labor Day") != std::string::npos);
    BOOST_TEST(y2027.find("2027-11-25 Thanksgiving Day\n2027-11-26 Day after Thanksgiving") != std::string::npos);
    BOOST_TEST(listed(harness, 2030).find("2030-11-28 Thanksgiving Day") != std::string::npos);
    BOOST_TEST(listed(harness, 2024).find("2024-02-19 Presidents' Day") != std::string::npos);   // leap year
}

BOOST_AUTO_TEST_CASE(business_days_across_the_year_end) {
    const JurisdictionTimeService time(*date::locate_zone("America/Los_Angeles"),
                                       holidayCalendarOf(harness.plugin().api));
    // Thursday 2026-12-31: Friday 2027-01-01 is New Year's Day, then the weekend.
    BOOST_TEST(time.endOfBusinessDay("2026-12-31T10:00", 1) == "2027-01-04T23:59:59-08:00");
    BOOST_TEST(time.endOfBusinessDay("2026-12-31T10:00", 2) == "2027-01-05T23:59:59-08:00");
    // Wednesday 2025-12-31: New Year's Day (Thursday) is skipped, Friday 2026-01-02 is the next business day.
    BOOST_TEST(time.endOfBusinessDay("2025-12-31T16:00", 1) == "2026-01-02T23:59:59-08:00");
    BOOST_TEST(time.endOfBusinessDay("2025-12-31T16:00", 2) == "2026-01-05T23:59:59-08:00");
    // Thursday 2026-12-24: Christmas on Friday, then the weekend.
    BOOST_TEST(time.endOfBusinessDay("2026-12-24T16:00", 2) == "2026-12-29T23:59:59-08:00");
    // 2022-2023: both holidays on a Sunday, observed on the Mondays.
    BOOST_TEST(time.endOfBusinessDay("2022-12-23T10:00", 1) == "2022-12-27T23:59:59-08:00");
    BOOST_TEST(time.endOfBusinessDay("2022-12-30T10:00", 2) == "2023-01-04T23:59:59-08:00");
}

BOOST_AUTO_TEST_SUITE_END()
