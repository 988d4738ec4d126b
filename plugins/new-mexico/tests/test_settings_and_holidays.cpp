// Settings (UNVERIFIED facts and agency choices) and New Mexico's legal holidays
// (NMSA 12-5-2, 12-5-3), including business days across a year end.
#include "nm_test_support.h"

#include "compliance/time_service.h"
#include "settings/jurisdiction_settings.h"

#include <algorithm>
#include <map>
#include <set>

using namespace nm_test;

namespace {

std::set<std::string> holidayDates(const PluginHarness& h, int year) {
    auto listed = h.plugin().api->publicHolidays(year);
    BOOST_REQUIRE_MESSAGE(listed.isOk(), listed.error());
    std::set<std::string> dates;
    for (const parity::Holiday& d : listed.value()) {
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02u-%02u", d.year, d.month, d.day);
        dates.insert(text);
        BOOST_TEST(!d.name.empty());
    }
    return dates;
}

std::map<std::string, parity::Setting> declared(const PluginHarness& h) {
    std::map<std::string, parity::Setting> byKey;
    for (const parity::Setting& s : parity::declaredSettings(*h.plugin().api))
        byKey[s.key] = s;
    return byKey;
}

} // namespace

BOOST_AUTO_TEST_SUITE(Settings)

BOOST_AUTO_TEST_CASE(every_setting_is_labelled_sourced_and_unverified) {
    PluginHarness h("new-mexico");
    const auto settings = declared(h);
    BOOST_TEST(settings.size() == 6u);
    BOOST_TEST(settings.count("new-mexico.removed-holidays") == 1u);
    for (const auto& [key, s] : settings) {
        BOOST_TEST(key.rfind("new-mexico.", 0) == 0u, key);
        BOOST_TEST(!s.label.empty(), key);
        BOOST_TEST(!s.description.empty(), key);
        BOOST_TEST(!s.source.empty(), key);
        BOOST_TEST(!s.verified, key);
    }
}

BOOST_AUTO_TEST_CASE(the_gift_threshold_has_no_default) {
    PluginHarness h("new-mexico");
    const auto settings = declared(h);
    BOOST_REQUIRE(settings.count("new-mexico.gift-threshold"));
    const parity::Setting& gift = settings.at("new-mexico.gift-threshold");
    BOOST_TEST(gift.defaultValue.empty());
    BOOST_TEST(gift.type == "number");
    BOOST_TEST(gift.source.find("UNVERIFIED") != std::string::npos);
    // Until the agency sets it, forms and rules see no value at all.
    const auto values = h.records().settings().effectiveValues("new-mexico", *h.plugin().api);
    BOOST_TEST(values.at("new-mexico.gift-threshold").empty());
    setSetting(h, "new-mexico.gift-threshold", "25");
    BOOST_TEST(h.records().settings().effectiveValues("new-mexico", *h.plugin().api).at("new-mexico.gift-threshold") ==
               "25");
}

BOOST_AUTO_TEST_CASE(the_deadline_settings_have_labelled_defaults) {
    PluginHarness h("new-mexico");
    const auto settings = declared(h);
    BOOST_TEST(settings.at("new-mexico.immediate-report-limit-hours").defaultValue == "24");
    BOOST_TEST(settings.at("new-mexico.immediate-report-limit-hours").type == "hours");
    BOOST_TEST(settings.at("new-mexico.confirmation-number-after-hours").defaultValue == "24");
    BOOST_TEST(settings.at("new-mexico.confirmation-number-after-hours").type == "hours");
    BOOST_TEST(settings.at("new-mexico.extra-holidays").defaultValue.empty());
    BOOST_TEST(settings.at("new-mexico.duty-to-warn-statute").source.find("UNVERIFIED") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(Holidays)

BOOST_AUTO_TEST_CASE(the_legal_holidays_of_2026) {
    PluginHarness h("new-mexico");
    // 4 July 2026 is a Saturday: NMSA 12-5-3 moves only Sunday holidays, so no Friday is added.
    BOOST_TEST(holidayDates(h, 2026) ==
               (std::set<std::string>{"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-07-04", "2026-09-07",
                                      "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25"}));
}

BOOST_AUTO_TEST_CASE(a_sunday_holiday_is_observed_on_monday) {
    PluginHarness h("new-mexico");
    const auto y2022 = holidayDates(h, 2022);   // Christmas 2022 was a Sunday
    BOOST_TEST(y2022.count("2022-12-25"));
    BOOST_TEST(y2022.count("2022-12-26"));
    const auto y2023 = holidayDates(h, 2023);   // New Year's Day 2023 was a Sunday
    BOOST_TEST(y2023.count("2023-01-02"));
    const auto y2021 = holidayDates(h, 2021);   // Independence Day 2021 was a Sunday
    BOOST_TEST(y2021.count("2021-07-05"));
    BOOST_TEST(!y2021.count("2021-07-02"));
}

BOOST_AUTO_TEST_CASE(the_nth_weekday_holidays_move_with_the_calendar) {
    PluginHarness h("new-mexico");
    const auto y2027 = holidayDates(h, 2027);
    BOOST_TEST(y2027.count("2027-11-25"));   // fourth Thursday of November 2027
    BOOST_TEST(y2027.count("2027-05-31"));   // last Monday of May 2027
    BOOST_TEST(y2027.count("2027-10-11"));   // second Monday of October 2027
    BOOST_TEST(y2027.count("2027-01-18"));   // third Monday of January 2027
}

BOOST_AUTO_TEST_CASE(business_days_skip_new_years_day_across_the_year_end) {
    PluginHarness h("new-mexico");
    const parity::JurisdictionTimeService time(*date::locate_zone("America/Denver"),
                                               parity::holidayCalendarOf(h.plugin().api));
    // Wednesday 31 December 2025 + 1 business day: Thursday 1 January is a holiday.
    BOOST_TEST(time.endOfBusinessDay("2025-12-31T10:00", 1) == "2026-01-02T23:59:59-07:00");
    // Wednesday 24 December + 1: Christmas Day is skipped.
    BOOST_TEST(time.endOfBusinessDay("2025-12-24T16:00", 1) == "2025-12-26T23:59:59-07:00");
    // Friday 26 December + 4 business days (29, 30, 31 December, then 2 January): the
    // weekend and New Year's Day are skipped.
    BOOST_TEST(time.endOfBusinessDay("2025-12-26T09:00", 4) == "2026-01-02T23:59:59-07:00");
}

BOOST_AUTO_TEST_CASE(the_forms_count_business_days_with_the_plugin_holidays) {
    PluginHarness h("new-mexico");
    // add_business_days() in an expression uses the same calendar: the catalogue entry of
    // a New Mexico form carries it.
    const auto* form = h.catalog().find("new-mexico.abuse-report");
    BOOST_REQUIRE(form);
    BOOST_REQUIRE(form->holidays);
    BOOST_TEST(form->holidays(date::year{2026} / 1 / 1));
    BOOST_TEST(form->holidays(date::year{2026} / 10 / 12));
    BOOST_TEST(!form->holidays(date::year{2026} / 10 / 13));
}

BOOST_AUTO_TEST_SUITE_END()
