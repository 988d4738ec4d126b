// Arkansas's legal holidays (A.C.A. 1-5-101) as the plugin gives them to the host, and
// business days computed with them across a year end.
#include "arkansas_fixture.h"

#include "compliance/time_service.h"

#include <cstdio>

using namespace parity::arkansas::test;

namespace {

std::vector<std::string> holidayDates(const parity::LoadedPlugin& plugin, int year) {
    auto listed = plugin.api->publicHolidays(year);
    BOOST_TEST_REQUIRE(listed.isOk());
    std::vector<std::string> out;
    for (const parity::Holiday& h : listed.value()) {
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02u-%02u", h.year, h.month, h.day);
        out.push_back(text);
        BOOST_TEST(!h.name.empty());
    }
    return out;
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(ArkansasHolidays, ArkansasFixture)

BOOST_AUTO_TEST_CASE(holidays_of_2026) {
    // July 4 is a Saturday: observed Friday July 3. Thanksgiving is the fourth Thursday.
    const std::vector<std::string> expected{"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-07-03",
                                            "2026-09-07", "2026-11-11", "2026-11-26", "2026-12-24", "2026-12-25"};
    BOOST_TEST(holidayDates(harness.plugin(), 2026) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(weekend_holidays_move_to_a_free_weekday) {
    // 2027: Christmas Eve Friday, Christmas Saturday → Thursday and Friday; New Year's Day
    // 2028 is a Saturday → observed Friday 2027-12-31, in 2027. July 4 is a Sunday → Monday.
    const std::vector<std::string> expected2027{"2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-07-05",
                                                "2027-09-06", "2027-11-11", "2027-11-25", "2027-12-23", "2027-12-24",
                                                "2027-12-31"};
    BOOST_TEST(holidayDates(harness.plugin(), 2027) == expected2027, boost::test_tools::per_element());
    // 2022: Christmas Eve Saturday → Friday 23rd; Christmas Sunday → Monday 26th.
    const auto y2022 = holidayDates(harness.plugin(), 2022);
    BOOST_TEST(contains(y2022, "2022-12-23"));
    BOOST_TEST(contains(y2022, "2022-12-26"));
    BOOST_TEST(!contains(y2022, "2022-12-24"));
    // 2023: New Year's Day Sunday → Monday January 2; Christmas Eve Sunday, Christmas Monday → Tuesday 26th.
    const auto y2023 = holidayDates(harness.plugin(), 2023);
    BOOST_TEST(contains(y2023, "2023-01-02"));
    BOOST_TEST(contains(y2023, "2023-12-25"));
    BOOST_TEST(contains(y2023, "2023-12-26"));
    // The 2028 list does not repeat the New Year's Day observed in 2027.
    BOOST_TEST(!contains(holidayDates(harness.plugin(), 2028), "2027-12-31"));
    BOOST_TEST(!contains(holidayDates(harness.plugin(), 2028), "2028-01-01"));
}

BOOST_AUTO_TEST_CASE(nth_weekday_holidays_in_other_years) {
    const auto y2030 = holidayDates(harness.plugin(), 2030);
    BOOST_TEST(contains(y2030, "2030-01-21"));   // third Monday of January
    BOOST_TEST(contains(y2030, "2030-05-27"));   // last Monday of May
    BOOST_TEST(contains(y2030, "2030-11-28"));   // fourth Thursday of November
    BOOST_TEST(y2030.size() == 10u);
}

BOOST_AUTO_TEST_CASE(business_days_across_a_year_end) {
    // The host's time service, fed with this plugin's holidays, as the audit uses it.
    const parity::JurisdictionTimeService time(*date::locate_zone("America/Chicago"),
                                               parity::holidayCalendarOf(harness.plugin().api));
    // Wednesday 2025-12-31 → Thursday New Year's Day is skipped → Friday 2026-01-02.
    BOOST_TEST(time.endOfBusinessDay("2025-12-31T10:00", 1) == "2026-01-02T23:59:59-06:00");
    BOOST_TEST(time.endOfBusinessDay("2025-12-31T10:00", 2) == "2026-01-05T23:59:59-06:00");
    // Tuesday 2025-12-23 → Christmas Eve and Christmas Day skipped → Friday 26th, then Monday 29th.
    BOOST_TEST(time.endOfBusinessDay("2025-12-23T15:00", 1) == "2025-12-26T23:59:59-06:00");
    BOOST_TEST(time.endOfBusinessDay("2025-12-23T15:00", 2) == "2025-12-29T23:59:59-06:00");
    // Thursday 2027-12-30 → Friday 2027-12-31 is New Year's Day observed → Monday 2028-01-03.
    BOOST_TEST(time.endOfBusinessDay("2027-12-30T12:00", 1) == "2028-01-03T23:59:59-06:00");

    // The agency's changes (settings arkansas.extra-holidays / removed-holidays), as forms
    // and the audit get them: Christmas Eve worked, Friday 26th closed.
    const auto changes = parity::agencyHolidayChanges(
        {{"arkansas.removed-holidays", "2025-12-24"}, {"arkansas.extra-holidays", "2025-12-26, not a date"}},
        "arkansas");
    const parity::JurisdictionTimeService changed(*date::locate_zone("America/Chicago"),
                                                  parity::holidayCalendarOf(harness.plugin().api, changes));
    BOOST_TEST(changed.endOfBusinessDay("2025-12-23T15:00", 1) == "2025-12-24T23:59:59-06:00");
    BOOST_TEST(changed.endOfBusinessDay("2025-12-23T15:00", 2) == "2025-12-29T23:59:59-06:00");
    // Another plugin's settings change nothing here.
    const parity::JurisdictionTimeService other(
        *date::locate_zone("America/Chicago"),
        parity::holidayCalendarOf(harness.plugin().api,
                                  parity::agencyHolidayChanges({{"new-mexico.removed-holidays", "2025-12-24"}},
                                                               "arkansas")));
    BOOST_TEST(other.endOfBusinessDay("2025-12-23T15:00", 1) == "2025-12-26T23:59:59-06:00");
}

BOOST_AUTO_TEST_SUITE_END()
