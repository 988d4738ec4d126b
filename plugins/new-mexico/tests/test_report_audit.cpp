// Compliance rules over stored abuse reports: the agency's limit for "immediately", the
// confirmation number (deadlines across a weekend, a holiday and the year end), and the
// content APS requires. Every audit runs at a fixed local time in America/Denver.
#include "nm_test_support.h"

using namespace nm_test;

namespace {

const std::string kForm = "new-mexico.abuse-report";

/// A child's report suspected, reported and signed at the given local times.
nlohmann::json childReportAt(const std::string& suspected, const std::string& reported, const std::string& signedAt) {
    return with(childReport(), {{"suspected_at", suspected},
                                {"supervisor_notified_at", suspected},
                                {"agency_reported_at", reported},
                                {"signed_at", signedAt}});
}

/// The same, with no confirmation number yet.
nlohmann::json unconfirmedReportAt(const std::string& reported) {
    return with(childReportAt(reported, reported, reported), {{"confirmation_number", nullptr}});
}

std::vector<parity::AuditFinding> findingsAt(PluginHarness& h, const std::string& asOf, const std::string& ruleId,
                                             const std::string& language = "en") {
    return PluginHarness::findings(h.audit(asOf, language), ruleId);
}

} // namespace

BOOST_AUTO_TEST_SUITE(ImmediateReportAudit)

BOOST_AUTO_TEST_CASE(a_late_report_without_a_reason_is_flagged_once_the_limit_is_shorter) {
    PluginHarness h("new-mexico");
    // Suspected Friday evening, reported Saturday morning: 14 hours, over a weekend.
    const auto id = h.submit(kForm, childReportAt("2026-10-09T20:00:00-06:00", "2026-10-10T10:00:00-06:00",
                                                  "2026-10-10T10:20:00-06:00"));
    BOOST_TEST(findingsAt(h, "2026-10-12T09:00", "new-mexico.immediate-report-limit").empty());

    setSetting(h, "new-mexico.immediate-report-limit-hours", "12");
    const auto late = findingsAt(h, "2026-10-12T09:00", "new-mexico.immediate-report-limit");
    BOOST_REQUIRE_EQUAL(late.size(), 1u);
    BOOST_TEST(late.front().finding.recordId == id);
    BOOST_TEST(!late.front().finding.warning);
    BOOST_TEST(late.front().finding.clientId == "NM-C-4410");
    // The clock runs through the weekend: due Saturday 08:00, not Monday.
    BOOST_TEST(late.front().finding.due == "2026-10-10T08:00:00-06:00");
    BOOST_TEST(late.front().finding.message ==
               "Reported to the agency 14 hours after the abuse was first suspected (2026-10-09 20:00), later than the "
               "12-hour limit your agency set for an immediate report (due 2026-10-10 08:00), and no reason for the "
               "delay is recorded. Amend the report with the reason.");
    BOOST_TEST(late.front().source.find("NMSA 32A-4-3(A)") != std::string::npos);

    setSetting(h, "new-mexico.immediate-report-limit-hours", "16");
    BOOST_TEST(findingsAt(h, "2026-10-12T09:00", "new-mexico.immediate-report-limit").empty());
}

BOOST_AUTO_TEST_CASE(a_public_holiday_does_not_stop_the_clock) {
    PluginHarness h("new-mexico");
    // Suspected Sunday evening, reported on Indigenous Peoples' Day (Monday 12 October 2026).
    h.submit(kForm, childReportAt("2026-10-11T20:00:00-06:00", "2026-10-12T10:00:00-06:00", "2026-10-12T10:30:00-06:00"));
    setSetting(h, "new-mexico.immediate-report-limit-hours", "12");
    const auto late = findingsAt(h, "2026-10-13T09:00", "new-mexico.immediate-report-limit");
    BOOST_REQUIRE_EQUAL(late.size(), 1u);
    BOOST_TEST(late.front().finding.due == "2026-10-12T08:00:00-06:00");
}

BOOST_AUTO_TEST_CASE(a_reason_for_the_delay_clears_it) {
    PluginHarness h("new-mexico");
    h.submit(kForm, with(childReportAt("2026-10-09T20:00:00-06:00", "2026-10-10T10:00:00-06:00",
                                       "2026-10-10T10:20:00-06:00"),
                         {{"delay_reason", "I learned of it at 20:00 with the child present; I called the next "
                                           "morning from a safe place."}}));
    setSetting(h, "new-mexico.immediate-report-limit-hours", "12");
    BOOST_TEST(findingsAt(h, "2026-10-12T09:00", "new-mexico.immediate-report-limit").empty());
}

BOOST_AUTO_TEST_CASE(a_record_of_an_earlier_form_version_past_24_hours_is_flagged_in_spanish) {
    PluginHarness h("new-mexico");
    storeAsEarlierVersion(h, kForm, childReportAt("2026-10-06T08:00:00-06:00", "2026-10-07T14:00:00-06:00",
                                                  "2026-10-07T14:10:00-06:00"));
    const auto late = findingsAt(h, "2026-10-08T09:00", "new-mexico.immediate-report-limit", "es");
    BOOST_REQUIRE_EQUAL(late.size(), 1u);
    BOOST_TEST(late.front().finding.due == "2026-10-07T08:00:00-06:00");
    BOOST_TEST(late.front().finding.message ==
               "Se reportó a la agencia 30 horas después de la primera sospecha (2026-10-06 08:00), más tarde que el "
               "límite de 24 horas que su agencia fijó para un reporte inmediato (vencía 2026-10-07 08:00), y no se "
               "anotó el motivo del retraso. Enmiende el reporte con el motivo.");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(ConfirmationNumberAudit)

BOOST_AUTO_TEST_CASE(a_number_on_file_is_never_flagged) {
    PluginHarness h("new-mexico");
    h.submit(kForm, childReport());
    BOOST_TEST(findingsAt(h, "2026-11-02T09:00", "new-mexico.confirmation-number").empty());
}

BOOST_AUTO_TEST_CASE(on_a_weekday_it_is_due_24_hours_later) {
    PluginHarness h("new-mexico");
    const auto id = h.submit(kForm, unconfirmedReportAt("2026-10-06T10:00:00-06:00"));   // a Tuesday
    const auto before = findingsAt(h, "2026-10-07T09:59", "new-mexico.confirmation-number");
    BOOST_REQUIRE_EQUAL(before.size(), 1u);
    BOOST_TEST(before.front().finding.recordId == id);
    BOOST_TEST(before.front().finding.warning);
    BOOST_TEST(before.front().finding.due == "2026-10-07T10:00:00-06:00");
    BOOST_TEST(before.front().finding.message ==
               "No confirmation number from CYFD Statewide Central Intake is recorded yet. Get it from the agency and "
               "amend the report by 2026-10-07 10:00.");

    const auto after = findingsAt(h, "2026-10-07T10:01", "new-mexico.confirmation-number");
    BOOST_REQUIRE_EQUAL(after.size(), 1u);
    BOOST_TEST(!after.front().finding.warning);
    BOOST_TEST(after.front().finding.message ==
               "No confirmation number from CYFD Statewide Central Intake was recorded by 2026-10-07 10:00. Call the "
               "agency for the report's reference number and amend the report.");
}

BOOST_AUTO_TEST_CASE(the_agency_sets_the_hours) {
    PluginHarness h("new-mexico");
    h.submit(kForm, unconfirmedReportAt("2026-10-06T10:00:00-06:00"));
    setSetting(h, "new-mexico.confirmation-number-after-hours", "48");
    const auto found = findingsAt(h, "2026-10-07T10:01", "new-mexico.confirmation-number");
    BOOST_REQUIRE_EQUAL(found.size(), 1u);
    BOOST_TEST(found.front().finding.warning);
    BOOST_TEST(found.front().finding.due == "2026-10-08T10:00:00-06:00");
}

BOOST_AUTO_TEST_CASE(a_deadline_on_a_weekend_moves_to_the_end_of_monday) {
    PluginHarness h("new-mexico");
    h.submit(kForm, unconfirmedReportAt("2026-10-02T14:00:00-06:00"));   // a Friday
    for (const std::string asOf : {"2026-10-03T15:00", "2026-10-05T23:00"}) {
        const auto open = findingsAt(h, asOf, "new-mexico.confirmation-number");
        BOOST_REQUIRE_EQUAL(open.size(), 1u);
        BOOST_TEST(open.front().finding.warning, asOf);
        BOOST_TEST(open.front().finding.due == "2026-10-05T23:59:59-06:00");
    }
    const auto missed = findingsAt(h, "2026-10-06T00:30", "new-mexico.confirmation-number");
    BOOST_REQUIRE_EQUAL(missed.size(), 1u);
    BOOST_TEST(!missed.front().finding.warning);
}

BOOST_AUTO_TEST_CASE(a_deadline_on_a_public_holiday_moves_to_the_next_business_day) {
    PluginHarness h("new-mexico");
    // Sunday 11 October 2026 + 24 h = Indigenous Peoples' Day: due end of Tuesday.
    h.submit(kForm, unconfirmedReportAt("2026-10-11T09:00:00-06:00"));
    const auto open = findingsAt(h, "2026-10-13T23:00", "new-mexico.confirmation-number");
    BOOST_REQUIRE_EQUAL(open.size(), 1u);
    BOOST_TEST(open.front().finding.warning);
    BOOST_TEST(open.front().finding.due == "2026-10-13T23:59:59-06:00");
    const auto missed = findingsAt(h, "2026-10-14T00:30", "new-mexico.confirmation-number");
    BOOST_REQUIRE_EQUAL(missed.size(), 1u);
    BOOST_TEST(!missed.front().finding.warning);
}

BOOST_AUTO_TEST_CASE(across_the_year_end_new_years_day_is_skipped) {
    PluginHarness h("new-mexico");
    h.submit(kForm, unconfirmedReportAt("2025-12-31T10:00:00-07:00"));
    const auto open = findingsAt(h, "2026-01-02T23:00", "new-mexico.confirmation-number");
    BOOST_REQUIRE_EQUAL(open.size(), 1u);
    BOOST_TEST(open.front().finding.warning);
    BOOST_TEST(open.front().finding.due == "2026-01-02T23:59:59-07:00");
    const auto missed = findingsAt(h, "2026-01-03T00:30", "new-mexico.confirmation-number");
    BOOST_REQUIRE_EQUAL(missed.size(), 1u);
    BOOST_TEST(!missed.front().finding.warning);
}

BOOST_AUTO_TEST_CASE(across_christmas_the_holiday_is_skipped) {
    PluginHarness h("new-mexico");
    h.submit(kForm, unconfirmedReportAt("2025-12-24T15:00:00-07:00"));
    const auto open = findingsAt(h, "2025-12-26T23:00", "new-mexico.confirmation-number");
    BOOST_REQUIRE_EQUAL(open.size(), 1u);
    BOOST_TEST(open.front().finding.warning);
    BOOST_TEST(open.front().finding.due == "2025-12-26T23:59:59-07:00");
    const auto missed = findingsAt(h, "2025-12-27T00:30", "new-mexico.confirmation-number");
    BOOST_REQUIRE_EQUAL(missed.size(), 1u);
    BOOST_TEST(!missed.front().finding.warning);
}

BOOST_AUTO_TEST_CASE(the_agency_extra_holidays_are_honoured) {
    PluginHarness h("new-mexico");
    h.submit(kForm, unconfirmedReportAt("2025-12-24T15:00:00-07:00"));
    h.submit(kForm, unconfirmedReportAt("2025-12-31T10:00:00-07:00"));
    // The agency closes on 26 December 2025 and 2 January 2026 (and ignores a typo).
    setSetting(h, "new-mexico.extra-holidays", "2025-12-26, 2026-01-02; 2026-13-40");
    const auto found = findingsAt(h, "2026-01-03T00:30", "new-mexico.confirmation-number");
    BOOST_REQUIRE_EQUAL(found.size(), 2u);
    // Findings come earliest deadline first.
    BOOST_TEST(found[0].finding.due == "2025-12-29T23:59:59-07:00");
    BOOST_TEST(!found[0].finding.warning);
    BOOST_TEST(found[1].finding.due == "2026-01-05T23:59:59-07:00");
    BOOST_TEST(found[1].finding.warning);
}

BOOST_AUTO_TEST_CASE(a_listed_holiday_the_agency_removes_is_a_business_day) {
    PluginHarness h("new-mexico");
    h.submit(kForm, unconfirmedReportAt("2025-12-24T15:00:00-07:00"));
    // 24 hours after the report is Christmas Day, 15:00: a listed holiday, so the deadline
    // moves to the end of Friday the 26th — unless the agency says the 25th is worked.
    BOOST_TEST(findingsAt(h, "2025-12-25T12:00", "new-mexico.confirmation-number").front().finding.due ==
               "2025-12-26T23:59:59-07:00");
    setSetting(h, "new-mexico.removed-holidays", "2025-12-25");
    const auto found = findingsAt(h, "2025-12-25T12:00", "new-mexico.confirmation-number");
    BOOST_REQUIRE_EQUAL(found.size(), 1u);
    BOOST_TEST(found.front().finding.due == "2025-12-25T15:00:00-07:00");
}

BOOST_AUTO_TEST_CASE(the_warning_in_spanish) {
    PluginHarness h("new-mexico");
    h.submit(kForm, with(unconfirmedReportAt("2026-10-06T10:00:00-06:00"), {{"agency", "nm-law-enforcement"}}));
    const auto found = findingsAt(h, "2026-10-06T12:00", "new-mexico.confirmation-number", "es");
    BOOST_REQUIRE_EQUAL(found.size(), 1u);
    BOOST_TEST(found.front().finding.message ==
               "Todavía no se anotó el número de confirmación de la policía o el sheriff del lugar. Pídalo a la agencia "
               "y enmiende el reporte antes de 2026-10-07 10:00.");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(ApsContentAudit)

BOOST_AUTO_TEST_CASE(a_complete_aps_report_is_not_flagged) {
    PluginHarness h("new-mexico");
    h.submit(kForm, apsReport());
    BOOST_TEST(findingsAt(h, "2026-11-02T09:00", "new-mexico.aps-required-content").empty());
}

BOOST_AUTO_TEST_CASE(an_earlier_record_missing_elements_is_flagged_with_each_one) {
    PluginHarness h("new-mexico");
    const auto id = storeAsEarlierVersion(
        h, kForm, with(apsReport(), {{"subject_age", nullptr}, {"caregiver_status", nullptr}, {"knowledge_basis", nullptr}}));
    const auto found = findingsAt(h, "2026-11-02T09:00", "new-mexico.aps-required-content");
    BOOST_REQUIRE_EQUAL(found.size(), 1u);
    BOOST_TEST(found.front().finding.recordId == id);
    BOOST_TEST(!found.front().finding.warning);
    BOOST_TEST(found.front().finding.due.empty());
    BOOST_TEST(found.front().source == "NMSA 27-7-30; 8.11.6.9 NMAC");
    BOOST_TEST(found.front().finding.message ==
               "This report to Adult Protective Services lacks what NMSA 27-7-30 requires: the adult's age; whether "
               "someone is responsible for the adult's care; how you know (the basis of your knowledge). Amend it with "
               "what you know.");
}

BOOST_AUTO_TEST_CASE(a_known_caregiver_needs_a_name_and_address_in_spanish) {
    PluginHarness h("new-mexico");
    storeAsEarlierVersion(h, kForm, with(apsReport(), {{"caregiver_name", nullptr}, {"caregiver_address", nullptr}}));
    const auto found = findingsAt(h, "2026-11-02T09:00", "new-mexico.aps-required-content", "es");
    BOOST_REQUIRE_EQUAL(found.size(), 1u);
    BOOST_TEST(found.front().finding.message ==
               "A este reporte a Adult Protective Services le falta lo que exige NMSA 27-7-30: el nombre de quien cuida "
               "al adulto; la dirección de quien cuida al adulto. Enmiéndelo con lo que sepa.");
}

BOOST_AUTO_TEST_CASE(reports_that_did_not_go_to_aps_are_not_checked) {
    PluginHarness h("new-mexico");
    storeAsEarlierVersion(h, kForm, with(childReport(), {{"subject_address", nullptr}}));
    storeAsEarlierVersion(h, kForm, with(apsReport(), {{"subject_category", "other_adult"},
                                                        {"adult_incapacitated", "no"},
                                                        {"agency", "nm-law-enforcement"},
                                                        {"knowledge_basis", nullptr}}));
    BOOST_TEST(findingsAt(h, "2026-11-02T09:00", "new-mexico.aps-required-content").empty());
}

BOOST_AUTO_TEST_SUITE_END()
