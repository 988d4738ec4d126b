// Compliance audit over Arkansas abuse reports, with the clock fixed on both sides of
// every deadline (America/Chicago; weekends, A.C.A. 1-5-101 holidays, extra holidays).
#include "abuse_report_answers.h"

using namespace parity::arkansas::test;

namespace {

/// An adult report at home, first suspected at `suspected` and reported at `reported`.
nlohmann::json adultTimes(const std::string& suspected, const std::string& reported) {
    nlohmann::json a = adultAtHomeReport();
    a["suspected_at"] = suspected;
    a["supervisor_notified_at"] = suspected;
    a["agency_reported_at"] = reported;
    a["signed_at"] = reported;
    a["delay_reason"] = "Recorded for the test: the reason does not excuse a missed statutory deadline.";
    return a;
}

/// A child report made to the Hotline at `reported`, with no disposition recorded.
nlohmann::json childReportedAt(const std::string& reported) {
    nlohmann::json a = childReport();
    a["suspected_at"] = reported;
    a["supervisor_notified_at"] = reported;
    a["agency_reported_at"] = reported;
    a["signed_at"] = reported;
    return a;
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(ArkansasAdultReportDeadline, ArkansasFixture)

constexpr const char* Rule = "arkansas.adult-report-deadline";

BOOST_AUTO_TEST_CASE(friday_evening_is_due_saturday_not_monday) {
    // Friday 2026-10-09 19:00: 24 hours → Saturday 19:00 comes before the end of Monday.
    submit("abuse-report", adultTimes("2026-10-09T19:00:00-05:00", "2026-10-10T18:30:00-05:00"));
    const auto late = submit("abuse-report", adultTimes("2026-10-09T19:00:00-05:00", "2026-10-12T08:30:00-05:00"));
    const auto found = audit(Rule, "2026-11-02T09:00");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.recordId == late);
    BOOST_TEST(!found[0].finding.warning);
    BOOST_TEST(found[0].finding.due == "2026-10-10T19:00:00-05:00");
    BOOST_TEST(found[0].source == "A.C.A. 12-12-1708; A.C.A. 5-28-110(e)");
    BOOST_TEST(found[0].finding.clientId == "AR-C-30518");
    BOOST_TEST(found[0].finding.message ==
               "The adult maltreatment report was made at 2026-10-12 08:30, after its deadline of 2026-10-10 19:00 "
               "(24 hours after the first suspicion, or the end of the next business day if earlier).");
}

BOOST_AUTO_TEST_CASE(one_minute_either_side_of_the_deadline) {
    submit("abuse-report", adultTimes("2026-10-06T10:00:00-05:00", "2026-10-07T09:59:00-05:00"));
    BOOST_TEST(audit(Rule, "2026-11-02T09:00").empty());
    submit("abuse-report", adultTimes("2026-10-06T10:00:00-05:00", "2026-10-07T10:01:00-05:00"));
    BOOST_TEST(audit(Rule, "2026-11-02T09:00").size() == 1u);
}

BOOST_AUTO_TEST_CASE(close_of_business_makes_the_next_business_day_count) {
    // With business days ending at 17:00, Tuesday 18:00 → due Wednesday 17:00 (earlier
    // than 24 hours). The Wednesday before Thanksgiving at 18:00 → Thursday is a holiday,
    // so the next business day ends Friday 17:00 and the 24 hours (Thursday 18:00) come first.
    setSetting("arkansas.business-day-ends-at", "17:00");
    submit("abuse-report", adultTimes("2025-11-25T18:00:00-06:00", "2025-11-26T17:30:00-06:00"));
    submit("abuse-report", adultTimes("2025-11-26T18:00:00-06:00", "2025-11-27T17:30:00-06:00"));
    const auto found = audit(Rule, "2025-12-01T09:00");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.due == "2025-11-26T17:00:00-06:00");
}

BOOST_AUTO_TEST_CASE(before_a_holiday_the_24_hours_still_apply) {
    // Tuesday 2025-12-23 20:00, before Christmas Eve and Christmas Day: due Wednesday 20:00.
    submit("abuse-report", adultTimes("2025-12-23T20:00:00-06:00", "2025-12-24T21:00:00-06:00"));
    const auto found = audit(Rule, "2026-01-10T09:00");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.due == "2025-12-24T20:00:00-06:00");
}

BOOST_AUTO_TEST_CASE(a_report_not_yet_made_is_a_warning_then_a_violation) {
    // A record from before agency_reported_at was required (stored as version 0.9.0).
    nlohmann::json a = adultTimes("2026-10-09T19:00:00-05:00", "");
    a.erase("agency_reported_at");
    storeLegacy("abuse-report", a);
    auto before = audit(Rule, "2026-10-10T18:59");
    BOOST_TEST_REQUIRE(before.size() == 1u);
    BOOST_TEST(before[0].finding.warning);
    BOOST_TEST(before[0].finding.due == "2026-10-10T19:00:00-05:00");
    BOOST_TEST(before[0].finding.message ==
               "Report to Arkansas Adult Protective Services (1-800-482-8049) by 2026-10-10 19:00.");
    auto after = audit(Rule, "2026-10-10T19:01");
    BOOST_TEST_REQUIRE(after.size() == 1u);
    BOOST_TEST(!after[0].finding.warning);
    BOOST_TEST(after[0].finding.message ==
               "No report to Arkansas Adult Protective Services is recorded, and it was due by 2026-10-10 19:00 (24 "
               "hours, or the end of the next business day if earlier). Report it now: 1-800-482-8049.");
}

BOOST_AUTO_TEST_CASE(child_reports_are_not_under_the_adult_deadline) {
    submit("abuse-report", childReportedAt("2026-10-09T19:00:00-05:00"));
    nlohmann::json lateChild = childReport();
    lateChild["agency_reported_at"] = "2026-10-08T10:00:00-05:00";
    lateChild["delay_reason"] = "Test";
    submit("abuse-report", lateChild);
    BOOST_TEST(audit(Rule, "2026-11-02T09:00").empty());
}

BOOST_AUTO_TEST_CASE(message_in_spanish) {
    submit("abuse-report", adultTimes("2026-10-09T19:00:00-05:00", "2026-10-12T08:30:00-05:00"));
    const auto found = audit(Rule, "2026-11-02T09:00", "es");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.message ==
               "El reporte de maltrato de un adulto se hizo el 2026-10-12 08:30, después de su plazo del 2026-10-10 "
               "19:00 (24 horas después de la primera sospecha, o el final del siguiente día hábil si es antes).");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(ArkansasChildHotlineDisposition, ArkansasFixture)

constexpr const char* Rule = "arkansas.child-hotline-disposition";

BOOST_AUTO_TEST_CASE(friday_report_is_due_tuesday_at_the_same_time) {
    // Friday 15:00 + 48 hours not counting the weekend → Tuesday 15:00.
    const auto id = submit("abuse-report", childReportedAt("2026-10-09T15:00:00-05:00"));
    BOOST_TEST(audit(Rule, "2026-10-13T14:59").empty());
    const auto found = audit(Rule, "2026-10-13T15:01");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.recordId == id);
    BOOST_TEST(found[0].finding.warning);
    BOOST_TEST(found[0].finding.due == "2026-10-13T15:00:00-05:00");
    BOOST_TEST(found[0].source == "A.C.A. 12-8-509");
    BOOST_TEST(found[0].finding.message ==
               "No Hotline disposition is recorded. The Hotline had until 2026-10-13 15:00 to say if it screened the "
               "report out. Record whether it did (and when you heard), or ask it.");
}

BOOST_AUTO_TEST_CASE(a_recorded_disposition_clears_it) {
    nlohmann::json a = childReportedAt("2026-10-09T15:00:00-05:00");
    a["hotline_screened_out"] = "no";
    submit("abuse-report", a);
    BOOST_TEST(audit(Rule, "2026-11-02T09:00").empty());
}

BOOST_AUTO_TEST_CASE(weekend_report_runs_from_monday) {
    submit("abuse-report", childReportedAt("2026-10-10T11:00:00-05:00"));   // Saturday
    BOOST_TEST(audit(Rule, "2026-10-13T23:59").empty());
    const auto found = audit(Rule, "2026-10-14T00:01");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.due == "2026-10-13T23:59:59-05:00");
}

BOOST_AUTO_TEST_CASE(thanksgiving_is_skipped) {
    // Wednesday 2025-11-26 10:00: Thursday is Thanksgiving → Friday, Monday → Monday 10:00.
    submit("abuse-report", childReportedAt("2025-11-26T10:00:00-06:00"));
    BOOST_TEST(audit(Rule, "2025-12-01T09:59").empty());
    const auto found = audit(Rule, "2025-12-01T10:01");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.due == "2025-12-01T10:00:00-06:00");
}

BOOST_AUTO_TEST_CASE(across_the_year_end) {
    // Wednesday 2025-12-31 10:00: New Year's Day skipped → Friday 2026-01-02, Monday 2026-01-05.
    submit("abuse-report", childReportedAt("2025-12-31T10:00:00-06:00"));
    BOOST_TEST(audit(Rule, "2026-01-05T09:59").empty());
    const auto found = audit(Rule, "2026-01-05T10:01");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.due == "2026-01-05T10:00:00-06:00");
}

BOOST_AUTO_TEST_CASE(across_christmas_and_an_extra_holiday) {
    // Tuesday 2025-12-23 15:00: Christmas Eve and Day skipped → Friday 26th, Monday 29th.
    submit("abuse-report", childReportedAt("2025-12-23T15:00:00-06:00"));
    BOOST_TEST(audit(Rule, "2025-12-29T14:59").empty());
    auto found = audit(Rule, "2025-12-29T15:01");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.due == "2025-12-29T15:00:00-06:00");
    // The Governor gives Friday the 26th too: the agency adds it, and the deadline moves a day.
    setSetting("arkansas.extra-holidays", "2025-12-26, not-a-date");
    BOOST_TEST(audit(Rule, "2025-12-30T14:59").empty());
    found = audit(Rule, "2025-12-30T15:01");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.due == "2025-12-30T15:00:00-06:00");
}

BOOST_AUTO_TEST_CASE(a_listed_holiday_the_agency_removes_is_a_business_day) {
    // Were Christmas Eve not observed: Wednesday 24th is day 1, Friday 26th day 2 (not Monday 29th).
    submit("abuse-report", childReportedAt("2025-12-23T15:00:00-06:00"));
    setSetting("arkansas.removed-holidays", "2025-12-24");
    BOOST_TEST(audit(Rule, "2025-12-26T14:59").empty());
    const auto found = audit(Rule, "2025-12-26T15:01");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.due == "2025-12-26T15:00:00-06:00");
}

BOOST_AUTO_TEST_CASE(adult_reports_are_not_listed) {
    submit("abuse-report", adultAtHomeReport());
    BOOST_TEST(audit(Rule, "2026-11-02T09:00").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(ArkansasImmediateReportDelay, ArkansasFixture)

constexpr const char* Rule = "arkansas.immediate-report-delay";

BOOST_AUTO_TEST_CASE(late_report_without_reason_after_the_limit_changed) {
    // Stored when the limit was 24 hours: 10 hours needed no reason. The agency then sets 4.
    nlohmann::json tenHours = adultAtHomeReport();
    tenHours["agency_reported_at"] = "2026-10-06T02:40:00-05:00";
    const auto late = submit("abuse-report", tenHours);
    nlohmann::json threeHours = adultAtHomeReport();
    threeHours["agency_reported_at"] = "2026-10-05T19:40:00-05:00";
    submit("abuse-report", threeHours);
    BOOST_TEST(audit(Rule, AsOf).empty());

    setSetting("arkansas.immediate-report-limit-hours", "4");
    const auto found = audit(Rule, AsOf);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.recordId == late);
    BOOST_TEST(!found[0].finding.warning);
    BOOST_TEST(found[0].finding.due == "2026-10-05T20:40:00-05:00");
    BOOST_TEST(found[0].finding.message ==
               "The report reached the agency at 2026-10-06 02:40, more than 4 hours after the first suspicion, and "
               "the record does not say why. Amend it with the reason for the delay.");
}

BOOST_AUTO_TEST_CASE(a_reason_on_record_satisfies_it) {
    nlohmann::json a = adultAtHomeReport();
    a["agency_reported_at"] = "2026-10-06T02:40:00-05:00";
    a["delay_reason"] = "The client told me at the end of the day; APS intake was reached after midnight.";
    submit("abuse-report", a);
    setSetting("arkansas.immediate-report-limit-hours", "4");
    BOOST_TEST(audit(Rule, AsOf).empty());
}

BOOST_AUTO_TEST_CASE(not_yet_reported_is_a_warning_until_the_limit) {
    nlohmann::json a = childReport();
    a.erase("agency_reported_at");
    storeLegacy("abuse-report", a);
    const auto before = audit(Rule, "2026-10-06T16:39");
    BOOST_TEST_REQUIRE(before.size() == 1u);
    BOOST_TEST(before[0].finding.warning);
    BOOST_TEST(before[0].finding.due == "2026-10-06T16:40:00-05:00");
    const auto after = audit(Rule, "2026-10-06T16:41");
    BOOST_TEST_REQUIRE(after.size() == 1u);
    BOOST_TEST(!after[0].finding.warning);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(ArkansasConfirmationNumber, ArkansasFixture)

constexpr const char* Rule = "arkansas.confirmation-number";

BOOST_AUTO_TEST_CASE(missing_number_is_a_warning_then_a_violation) {
    nlohmann::json a = adultAtHomeReport();
    a.erase("confirmation_number");
    const auto id = submit("abuse-report", a);
    submit("abuse-report", adultAtHomeReport());   // has its number: never listed

    const auto before = audit(Rule, "2026-10-06T17:19");
    BOOST_TEST_REQUIRE(before.size() == 1u);
    BOOST_TEST(before[0].finding.recordId == id);
    BOOST_TEST(before[0].finding.warning);
    BOOST_TEST(before[0].finding.due == "2026-10-06T17:20:00-05:00");
    BOOST_TEST(before[0].finding.message ==
               "The report has no confirmation or reference number from the agency yet. Record it by 2026-10-06 17:20.");

    const auto after = audit(Rule, "2026-10-06T17:21");
    BOOST_TEST_REQUIRE(after.size() == 1u);
    BOOST_TEST(!after[0].finding.warning);
    BOOST_TEST(after[0].finding.message ==
               "The report still has no confirmation or reference number from the agency, 24 hours after it was made. "
               "Ask the agency for it and amend the record.");
}

BOOST_AUTO_TEST_CASE(the_agency_sets_the_time) {
    setSetting("arkansas.confirmation-number-after-hours", "72");
    nlohmann::json a = adultAtHomeReport();
    a.erase("confirmation_number");
    submit("abuse-report", a);
    const auto found = audit(Rule, "2026-10-08T17:19");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.warning);
    BOOST_TEST(found[0].finding.due == "2026-10-08T17:20:00-05:00");
}

BOOST_AUTO_TEST_CASE(amending_in_the_number_clears_it) {
    nlohmann::json a = adultAtHomeReport();
    a.erase("confirmation_number");
    const auto id = submit("abuse-report", a);
    a["confirmation_number"] = "APS-AR-2026-55901";
    harness.records().amend(id, a, "APS gave the reference number by phone", "clerk");
    BOOST_TEST(audit(Rule, "2026-10-20T09:00").empty());
}

BOOST_AUTO_TEST_SUITE_END()
