// Compliance audits of the written follow-up reports, with fixed clock times on both
// sides of each deadline: SS 8572 at 36 hours (Penal Code 11166(a)), SOC 341 at the end
// of the second working day (WIC 15630) across a weekend, a holiday and a year end.
#include "california_fixture.h"

using namespace parity;
using namespace parity::test;
using namespace parity::test::california;

namespace {

const std::string kSs8572 = "california-medi-cal.ss8572-deadline";
const std::string kSoc341 = "california-medi-cal.soc341-deadline";

} // namespace

BOOST_FIXTURE_TEST_SUITE(CaliforniaSs8572Audit, CaliforniaFixture)

BOOST_AUTO_TEST_CASE(pending_is_a_warning_until_36_hours_then_a_violation) {
    const auto id = harness.submit(kAbuseReport, childReport("2026-10-12T14:30:00-07:00", "2026-10-12T15:05:00-07:00"));

    auto f = onlyFinding(harness.audit("2026-10-14T02:29"), kSs8572, id);
    BOOST_TEST(f.finding.warning);
    BOOST_TEST(f.finding.due == "2026-10-14T02:30:00-07:00");
    BOOST_TEST(f.source == "Penal Code 11166(a)");
    BOOST_TEST(f.finding.message ==
               "The written report on form SS 8572 is not recorded as sent yet; it is due by 2026-10-14 02:30.");

    f = onlyFinding(harness.audit("2026-10-14T02:31"), kSs8572, id);
    BOOST_TEST(!f.finding.warning);
    BOOST_TEST(f.finding.due == "2026-10-14T02:30:00-07:00");
    BOOST_TEST(f.finding.message == "The written report on form SS 8572 was due by 2026-10-14 02:30 (36 hours after "
                                    "the information was received at 2026-10-12 14:30) and is not recorded as sent.");

    f = onlyFinding(harness.audit("2026-10-14T02:31", "es"), kSs8572, id);
    BOOST_TEST(f.finding.message == "El reporte por escrito en el formulario SS 8572 debía enviarse a más tardar el "
                                    "2026-10-14 02:30 (36 horas después de recibir la información el 2026-10-12 "
                                    "14:30) y no consta que se haya enviado.");
}

BOOST_AUTO_TEST_CASE(sent_on_time_clears_it_sent_late_is_a_violation) {
    auto onTime = childReport("2026-10-12T14:30:00-07:00", "2026-10-12T15:05:00-07:00");
    onTime["ss8572_sent_at"] = "2026-10-14T02:30:00-07:00";   // exactly at 36 hours
    const auto onTimeId = harness.submit(kAbuseReport, onTime);
    auto late = onTime;
    late["ss8572_sent_at"] = "2026-10-14T09:10:00-07:00";
    const auto lateId = harness.submit(kAbuseReport, late);

    const auto report = harness.audit("2026-10-20T09:00");
    BOOST_TEST(findingCount(report, kSs8572, onTimeId) == 0u);
    const auto f = onlyFinding(report, kSs8572, lateId);
    BOOST_TEST(!f.finding.warning);
    BOOST_TEST(f.finding.message == "The written report on form SS 8572 was sent 2026-10-14 09:10, after it was due "
                                    "(2026-10-14 02:30, 36 hours after the information was received at 2026-10-12 "
                                    "14:30).");
}

BOOST_AUTO_TEST_CASE(amending_with_the_sent_time_clears_the_warning) {
    auto answers = childReport("2026-10-12T14:30:00-07:00", "2026-10-12T15:05:00-07:00");
    const auto id = harness.submit(kAbuseReport, answers);
    BOOST_TEST(findingCount(harness.audit("2026-10-13T12:00"), kSs8572, id) == 1u);
    answers["ss8572_sent_at"] = "2026-10-13T11:20:00-07:00";
    harness.records().amend(id, answers, "SS 8572 faxed to the county", "clerk");
    BOOST_TEST(findingCount(harness.audit("2026-10-13T12:00"), kSs8572, id) == 0u);
    BOOST_TEST(findingCount(harness.audit("2026-10-20T12:00"), kSs8572, id) == 0u);
}

BOOST_AUTO_TEST_CASE(thirty_six_hours_are_real_hours_across_the_clock_change) {
    // 2026-11-01 02:00 PDT becomes 01:00 PST: 36 hours after Saturday noon is Sunday 23:00 PST.
    const auto id = harness.submit(kAbuseReport, childReport("2026-10-31T12:00:00-07:00", "2026-10-31T12:30:00-07:00"));
    const auto f = onlyFinding(harness.audit("2026-11-01T22:59"), kSs8572, id);
    BOOST_TEST(f.finding.warning);
    BOOST_TEST(f.finding.due == "2026-11-01T23:00:00-08:00");
    BOOST_TEST(!onlyFinding(harness.audit("2026-11-01T23:01"), kSs8572, id).finding.warning);
}

BOOST_AUTO_TEST_CASE(only_child_reports_and_only_for_mandated_reporters) {
    const auto elder = harness.submit(kAbuseReport, elderReport("2026-10-12T14:30:00-07:00", "2026-10-12T15:05:00-07:00"));
    const auto child = harness.submit(kAbuseReport, childReport("2026-10-12T14:30:00-07:00", "2026-10-12T15:05:00-07:00"));
    auto report = harness.audit("2026-10-20T09:00");
    BOOST_TEST(findingCount(report, kSs8572, elder) == 0u);
    BOOST_TEST(findingCount(report, kSs8572, child) == 1u);

    setSetting("california-medi-cal.peer-is-mandated-reporter", "false");
    report = harness.audit("2026-10-20T09:00");
    BOOST_TEST(PluginHarness::findings(report, kSs8572).empty());
    BOOST_TEST(PluginHarness::findings(report, kSoc341).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(CaliforniaSoc341Audit, CaliforniaFixture)

BOOST_AUTO_TEST_CASE(across_a_weekend) {
    // Thursday 2026-10-08: Friday is working day 1, Monday 2026-10-12 working day 2.
    const auto id = harness.submit(kAbuseReport, elderReport("2026-10-08T10:00:00-07:00", "2026-10-08T10:30:00-07:00"));
    auto f = onlyFinding(harness.audit("2026-10-12T23:59"), kSoc341, id);
    BOOST_TEST(f.finding.warning);
    BOOST_TEST(f.finding.due == "2026-10-12T23:59:59-07:00");
    BOOST_TEST(f.source == "WIC 15630");
    BOOST_TEST(f.finding.message ==
               "The written report on form SOC 341 is not recorded as sent yet; it is due by 2026-10-12 23:59.");

    f = onlyFinding(harness.audit("2026-10-13T00:00"), kSoc341, id);
    BOOST_TEST(!f.finding.warning);
    BOOST_TEST(f.finding.message == "The written report on form SOC 341 was due by 2026-10-12 23:59 (2 working days "
                                    "after the information was received at 2026-10-08 10:00) and is not recorded as "
                                    "sent.");
}

BOOST_AUTO_TEST_CASE(across_a_public_holiday) {
    // Tuesday 2026-11-10; Wednesday 2026-11-11 is Veterans Day: due Friday 2026-11-13.
    auto answers = elderReport("2026-11-10T10:00:00-08:00", "2026-11-10T10:30:00-08:00");
    const auto pending = harness.submit(kAbuseReport, answers);
    answers["soc341_sent_at"] = "2026-11-13T16:45:00-08:00";
    const auto sentFriday = harness.submit(kAbuseReport, answers);
    answers["soc341_sent_at"] = "2026-11-16T09:00:00-08:00";
    const auto sentMonday = harness.submit(kAbuseReport, answers);

    auto report = harness.audit("2026-11-13T12:00");   // later than a deadline that ignored the holiday
    auto f = onlyFinding(report, kSoc341, pending);
    BOOST_TEST(f.finding.warning);
    BOOST_TEST(f.finding.due == "2026-11-13T23:59:59-08:00");

    report = harness.audit("2026-11-14T08:00");
    BOOST_TEST(!onlyFinding(report, kSoc341, pending).finding.warning);
    BOOST_TEST(findingCount(report, kSoc341, sentFriday) == 0u);

    report = harness.audit("2026-11-20T08:00");
    f = onlyFinding(report, kSoc341, sentMonday);
    BOOST_TEST(!f.finding.warning);
    BOOST_TEST(f.finding.message == "The written report on form SOC 341 was sent 2026-11-16 09:00, after it was due "
                                    "(2026-11-13 23:59, 2 working days after the information was received at "
                                    "2026-11-10 10:00).");
    BOOST_TEST(onlyFinding(harness.audit("2026-11-20T08:00", "es"), kSoc341, sentMonday).finding.message ==
               "El reporte por escrito en el formulario SOC 341 se envió el 2026-11-16 09:00, después del plazo "
               "(2026-11-13 23:59, 2 días hábiles después de recibir la información el 2026-11-10 10:00).");
}

BOOST_AUTO_TEST_CASE(across_christmas_and_the_new_year) {
    // Tuesday 2025-12-30: Wednesday is day 1, New Year's Day is skipped, Friday 2026-01-02 is day 2.
    const auto newYear = harness.submit(kAbuseReport, elderReport("2025-12-30T15:00:00-08:00", "2025-12-30T15:20:00-08:00"));
    // Wednesday 2025-12-31: Friday 2026-01-02 is day 1, the weekend is skipped, Monday 2026-01-05 is day 2.
    const auto lastDay = harness.submit(kAbuseReport, elderReport("2025-12-31T09:00:00-08:00", "2025-12-31T09:20:00-08:00"));
    // Wednesday 2025-12-24: Christmas is skipped; Friday is day 1, Monday 2025-12-29 day 2.
    const auto christmas = harness.submit(kAbuseReport, elderReport("2025-12-24T11:00:00-08:00", "2025-12-24T11:30:00-08:00"));

    auto report = harness.audit("2025-12-29T23:00");
    BOOST_TEST(onlyFinding(report, kSoc341, christmas).finding.due == "2025-12-29T23:59:59-08:00");
    BOOST_TEST(onlyFinding(report, kSoc341, christmas).finding.warning);
    BOOST_TEST(!onlyFinding(harness.audit("2025-12-30T00:00"), kSoc341, christmas).finding.warning);

    report = harness.audit("2026-01-02T23:59");
    BOOST_TEST(onlyFinding(report, kSoc341, newYear).finding.due == "2026-01-02T23:59:59-08:00");
    BOOST_TEST(onlyFinding(report, kSoc341, newYear).finding.warning);
    BOOST_TEST(onlyFinding(report, kSoc341, lastDay).finding.due == "2026-01-05T23:59:59-08:00");
    BOOST_TEST(onlyFinding(report, kSoc341, lastDay).finding.warning);

    report = harness.audit("2026-01-03T00:01");
    BOOST_TEST(!onlyFinding(report, kSoc341, newYear).finding.warning);
    BOOST_TEST(onlyFinding(report, kSoc341, lastDay).finding.warning);
}

BOOST_AUTO_TEST_CASE(extra_holidays_from_the_agency_setting_are_honoured) {
    const auto id = harness.submit(kAbuseReport, elderReport("2025-12-30T15:00:00-08:00", "2025-12-30T15:20:00-08:00"));
    BOOST_TEST(onlyFinding(harness.audit("2026-01-02T12:00"), kSoc341, id).finding.due == "2026-01-02T23:59:59-08:00");

    // The county also closes on New Year's Eve: Friday is day 1, Monday 2026-01-05 day 2.
    setSetting("california-medi-cal.extra-holidays", "2025-12-24, 2025-12-31");
    auto f = onlyFinding(harness.audit("2026-01-03T12:00"), kSoc341, id);
    BOOST_TEST(f.finding.due == "2026-01-05T23:59:59-08:00");
    BOOST_TEST(f.finding.warning);

    // A Christmas Eve closure pushes a deadline that spans it.
    const auto eve = harness.submit(kAbuseReport, elderReport("2025-12-23T10:00:00-08:00", "2025-12-23T10:20:00-08:00"));
    BOOST_TEST(onlyFinding(harness.audit("2025-12-27T12:00"), kSoc341, eve).finding.due == "2025-12-29T23:59:59-08:00");
}

BOOST_AUTO_TEST_CASE(a_listed_holiday_the_county_works_is_a_working_day) {
    // Wednesday 2025-11-26: Thanksgiving and the day after are listed, so Monday 1 December
    // is day 1 and Tuesday the 2nd day 2. A county that works the day after: Friday, Monday.
    const auto id = harness.submit(kAbuseReport, elderReport("2025-11-26T15:00:00-08:00", "2025-11-26T15:20:00-08:00"));
    BOOST_TEST(onlyFinding(harness.audit("2025-11-30T12:00"), kSoc341, id).finding.due == "2025-12-02T23:59:59-08:00");
    setSetting("california-medi-cal.removed-holidays", "2025-11-28");
    BOOST_TEST(onlyFinding(harness.audit("2025-11-30T12:00"), kSoc341, id).finding.due == "2025-12-01T23:59:59-08:00");
}

BOOST_AUTO_TEST_CASE(an_unreadable_extra_holiday_is_reported_not_ignored_silently) {
    setSetting("california-medi-cal.extra-holidays", "2025-12-31, Dec 24");
    const auto found = PluginHarness::findings(harness.audit("2026-01-03T12:00"), kSoc341);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found.front().finding.recordId == 0);
    BOOST_TEST(found.front().finding.warning);
    BOOST_TEST(found.front().finding.message ==
               "The setting california-medi-cal.extra-holidays has entries that are not dates (YYYY-MM-DD): Dec 24. "
               "They are ignored; correct the setting.");
}

BOOST_AUTO_TEST_CASE(only_elder_and_dependent_adult_reports) {
    const auto child = harness.submit(kAbuseReport, childReport("2026-10-08T10:00:00-07:00", "2026-10-08T10:30:00-07:00"));
    auto dependent = elderReport("2026-10-08T10:00:00-07:00", "2026-10-08T10:30:00-07:00");
    dependent["subject_category"] = "dependent_adult";
    dependent["subject_age"] = 41;
    dependent["subject_dob"] = "1985-01-20";
    const auto dependentId = harness.submit(kAbuseReport, dependent);
    const auto report = harness.audit("2026-10-20T09:00");
    BOOST_TEST(findingCount(report, kSoc341, child) == 0u);
    BOOST_TEST(findingCount(report, kSoc341, dependentId) == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
