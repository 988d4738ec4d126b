// california-medi-cal.abuse-report: routing to the right agency (Penal Code 11166(a),
// 11165.9; WIC 15630), supervisor-only reports, the elder age setting, the "immediately"
// limit, phone first, school police and probation, and the written reports.
#include "california_fixture.h"

using namespace parity;
using namespace parity::test;
using namespace parity::test::california;

namespace {

const std::string kRouting = "california-medi-cal.report-routing";

const std::string kChildRoutingMessage =
    "A report about a child (under 18) goes to the county child welfare department (phone: your county's child "
    "abuse hotline), the police or sheriff but not school police (phone: 911 (emergency) or the local "
    "non-emergency line), or county probation where the county designates it (Penal Code 11166(a), 11165.9). "
    "\"Adult Protective Services (county)\" does not take this report.";

const std::string kAdultRoutingMessage =
    "A report about an elder or a dependent adult goes to Adult Protective Services (county), statewide line "
    "1-833-401-0832 (WIC 15630). \"County child welfare department\" does not take this report.";

nlohmann::json example() { return PluginHarness::example(kAbuseReport); }

nlohmann::json elder() { return elderReport("2026-10-12T14:30:00-07:00", "2026-10-12T15:05:00-07:00"); }

} // namespace

BOOST_FIXTURE_TEST_SUITE(CaliforniaAbuseReportRouting, CaliforniaFixture)

BOOST_AUTO_TEST_CASE(a_child_reported_to_adult_protective_services_is_refused) {
    auto answers = example();
    answers["agency"] = "ca-adult-protective-services";
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues) == kRouting, described(issues));
    const auto issue = onlyIssue(issues, kRouting);
    BOOST_TEST(issue.fieldId == "agency");
    BOOST_TEST(issue.message == kChildRoutingMessage);
}

BOOST_AUTO_TEST_CASE(child_routing_names_the_county_hotline_when_the_agency_set_it) {
    setSetting("california-medi-cal.county-child-welfare-phone", "1-800-555-0199");
    auto answers = example();
    answers["agency"] = "ca-adult-protective-services";
    const auto issue = onlyIssue(validate(kAbuseReport, answers), kRouting);
    BOOST_TEST(issue.message.find("county child welfare department (phone: 1-800-555-0199)") != std::string::npos,
               issue.message);
}

BOOST_AUTO_TEST_CASE(child_routing_message_in_spanish) {
    auto answers = example();
    answers["agency"] = "ca-adult-protective-services";
    const auto issue = onlyIssue(validate(kAbuseReport, answers, "es"), kRouting);
    BOOST_TEST(issue.message ==
               "Un reporte sobre un menor de 18 años va al departamento de bienestar infantil del condado (teléfono: la "
               "línea directa de abuso infantil de su condado), a la policía o al sheriff, pero no a la policía "
               "escolar (teléfono: 911 en una emergencia o la línea local que no es de emergencia), o al departamento "
               "de libertad condicional del condado donde esté designado (Código Penal 11166(a), 11165.9). «Servicios "
               "de Protección para Adultos (del condado)» no recibe este reporte.");
}

BOOST_AUTO_TEST_CASE(every_child_agency_is_accepted) {
    auto answers = example();
    answers["agency"] = "ca-law-enforcement";
    answers["law_enforcement_is_school_police"] = false;
    auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(issues.empty(), described(issues));

    answers = example();
    answers["agency"] = "ca-county-probation";
    answers["probation_designated"] = true;
    issues = validate(kAbuseReport, answers);
    BOOST_TEST(issues.empty(), described(issues));
}

BOOST_AUTO_TEST_CASE(an_age_under_18_routes_as_a_child_whatever_the_category) {
    auto answers = example();
    answers["subject_category"] = "developmental_disability";
    answers["agency"] = "ca-adult-protective-services";
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues) == kRouting, described(issues));
    BOOST_TEST(onlyIssue(issues, kRouting).message == kChildRoutingMessage);
}

BOOST_AUTO_TEST_CASE(an_elder_reported_to_child_welfare_is_refused) {
    auto answers = elder();
    answers["agency"] = "ca-county-child-welfare";
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues) == kRouting, described(issues));
    BOOST_TEST(onlyIssue(issues, kRouting).message == kAdultRoutingMessage);
    BOOST_TEST(onlyIssue(validate(kAbuseReport, answers, "es"), kRouting).message ==
               "Un reporte sobre una persona mayor o un adulto dependiente va a Servicios de Protección para Adultos "
               "del condado, línea estatal 1-833-401-0832 (WIC 15630). «Departamento de bienestar infantil del "
               "condado» no recibe este reporte.");
}

BOOST_AUTO_TEST_CASE(an_elder_reported_to_adult_protective_services_passes) {
    auto answers = elder();
    answers["soc341_sent_at"] = "2026-10-13T16:00:00-07:00";
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(issues.empty(), described(issues));
}

BOOST_AUTO_TEST_CASE(a_dependent_adult_goes_to_adult_protective_services) {
    auto answers = elder();
    answers["subject_category"] = "dependent_adult";
    answers["subject_age"] = 41;
    answers["subject_dob"] = "1985-01-20";
    answers["agency"] = "ca-law-enforcement";
    answers["law_enforcement_is_school_police"] = false;
    auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues) == kRouting, described(issues));
    BOOST_TEST(onlyIssue(issues, kRouting).message.find("Adult Protective Services (county), statewide line "
                                                        "1-833-401-0832") != std::string::npos);
    answers["agency"] = "ca-adult-protective-services";
    answers.erase("law_enforcement_is_school_police");
    BOOST_TEST(errorIds(validate(kAbuseReport, answers)).empty());
}

BOOST_AUTO_TEST_CASE(an_adult_with_a_developmental_disability_goes_to_adult_protective_services) {
    auto answers = elder();
    answers["subject_category"] = "developmental_disability";
    answers["subject_age"] = 30;
    answers["subject_dob"] = "1996-05-01";
    answers["agency"] = "ca-county-child-welfare";
    BOOST_TEST(errorIds(validate(kAbuseReport, answers)) == kRouting);
    answers["agency"] = "ca-adult-protective-services";
    BOOST_TEST(errorIds(validate(kAbuseReport, answers)).empty());
}

BOOST_AUTO_TEST_CASE(a_developmental_disability_with_no_age_asks_for_the_age) {
    auto answers = elder();
    answers["subject_category"] = "developmental_disability";
    answers.erase("subject_age");
    answers.erase("subject_dob");
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues).empty(), described(issues));
    const auto issue = onlyIssue(issues, kRouting);
    BOOST_TEST(!issue.isError());
    BOOST_TEST(issue.fieldId == "subject_age");
    BOOST_TEST(issue.message == "Give the person's age (an estimate will do): under 18 the report goes to child "
                                "welfare, the police or the sheriff; 18 or older, to Adult Protective Services, "
                                "1-833-401-0832.");
}

BOOST_AUTO_TEST_CASE(another_adult_may_go_to_any_agency_below_the_elder_age) {
    auto answers = elder();
    answers["subject_category"] = "other_adult";
    answers["subject_age"] = 41;
    answers["subject_dob"] = "1985-01-20";
    answers["agency"] = "ca-law-enforcement";
    answers["law_enforcement_is_school_police"] = false;
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(issues.empty(), described(issues));
}

BOOST_AUTO_TEST_CASE(another_adult_at_the_elder_age_is_an_elder) {
    auto answers = elder();
    answers["subject_category"] = "other_adult";   // 74
    answers["agency"] = "ca-law-enforcement";
    answers["law_enforcement_is_school_police"] = false;
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues) == kRouting, described(issues));
    BOOST_TEST(onlyIssue(issues, kRouting).message.find("Adult Protective Services") != std::string::npos);
    const auto warning = onlyIssue(issues, "california-medi-cal.adult-at-elder-age");
    BOOST_TEST(!warning.isError());
    BOOST_TEST(warning.message == "At this age the person is an elder under California law: choose \"An older "
                                  "adult\". The report goes to Adult Protective Services either way.");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(CaliforniaAbuseReportRules, CaliforniaFixture)

BOOST_AUTO_TEST_CASE(supervisor_only_is_not_a_report) {
    auto answers = example();
    answers.erase("agency");
    answers.erase("agency_reported_at");
    answers.erase("confirmation_number");
    answers.erase("agency_contact_name");
    const auto issues = validate(kAbuseReport, answers);
    const auto issue = onlyIssue(issues, "abuse.agency-not-only-supervisor");
    BOOST_TEST(issue.isError());
    BOOST_TEST(issue.fieldId == "agency");
    BOOST_TEST(issue.message == "Telling your supervisor is not enough: the report must also go to the agency. "
                                "Record which agency you reported to, and when.");
    BOOST_TEST(errorIds(issues) == "required required abuse.agency-not-only-supervisor", described(issues));
    BOOST_TEST(!hasIssue(issues, kRouting));
}

BOOST_AUTO_TEST_CASE(elder_age_is_the_agency_setting) {
    auto answers = elder();
    answers["subject_age"] = 62;
    answers["subject_dob"] = "1964-02-01";
    answers["soc341_sent_at"] = "2026-10-13T16:00:00-07:00";
    BOOST_TEST(validate(kAbuseReport, answers).empty());   // 60 by default

    setSetting("california-medi-cal.elder-age", "65");   // the older statute copy
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues) == "california-medi-cal.elder-age", described(issues));
    BOOST_TEST(onlyIssue(issues, "california-medi-cal.elder-age").message ==
               "The person is younger than the age from which your agency counts someone as an elder (60 unless "
               "changed). If they are 18 or older and have limitations that keep them from caring for themselves, "
               "choose \"An adult who depends on others for care\"; otherwise check the age.");

    answers["subject_category"] = "dependent_adult";   // 62 is a dependent adult under 65
    const auto asDependent = validate(kAbuseReport, answers);
    BOOST_TEST(asDependent.empty(), described(asDependent));
}

BOOST_AUTO_TEST_CASE(dependent_adult_at_the_elder_age_is_flagged) {
    auto answers = elder();
    answers["subject_category"] = "dependent_adult";   // 74
    answers["soc341_sent_at"] = "2026-10-13T16:00:00-07:00";
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues).empty(), described(issues));
    BOOST_TEST(warningIds(issues) == "california-medi-cal.adult-at-elder-age");
}

BOOST_AUTO_TEST_CASE(report_later_than_the_agency_limit_needs_a_reason) {
    // Reported 6 hours after: fine under the default 24-hour limit.
    auto answers = childReport("2026-10-12T09:00:00-07:00", "2026-10-12T15:00:00-07:00");
    answers["ss8572_sent_at"] = "2026-10-13T11:20:00-07:00";
    BOOST_TEST(validate(kAbuseReport, answers).empty());

    setSetting("california-medi-cal.immediate-report-limit-hours", "4");
    auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues) == "california-medi-cal.immediate-report-limit", described(issues));
    const auto issue = onlyIssue(issues, "california-medi-cal.immediate-report-limit");
    BOOST_TEST(issue.fieldId == "delay_reason");
    BOOST_TEST(issue.message == "California requires the report immediately or as soon as practicable, and it was "
                                "made later than the limit your agency set for that. Explain why the report was not "
                                "made sooner.");

    answers["agency_reported_at"] = "2026-10-12T13:00:00-07:00";   // exactly 4 hours
    answers["supervisor_notified_at"] = "2026-10-12T13:00:00-07:00";
    BOOST_TEST(validate(kAbuseReport, answers).empty());

    answers["agency_reported_at"] = "2026-10-12T13:01:00-07:00";
    answers["delay_reason"] = "The county hotline line was busy; I stayed on hold and reached a screener at 13:01.";
    BOOST_TEST(validate(kAbuseReport, answers).empty());
}

BOOST_AUTO_TEST_CASE(beyond_24_hours_the_core_rule_asks_once) {
    setSetting("california-medi-cal.immediate-report-limit-hours", "4");
    auto answers = childReport("2026-10-12T09:00:00-07:00", "2026-10-13T10:00:00-07:00");   // 25 hours
    answers["ss8572_sent_at"] = "2026-10-13T11:20:00-07:00";
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues) == "abuse.delay-reason", described(issues));
}

BOOST_AUTO_TEST_CASE(the_first_report_is_by_phone) {
    auto answers = example();
    answers["report_channel"] = "written";
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues) == "california-medi-cal.phone-report-first", described(issues));
    BOOST_TEST(onlyIssue(issues, "california-medi-cal.phone-report-first").message ==
               "In California the first report is made by phone (or in person), immediately or as soon as "
               "practicable. The written form (SS 8572 or SOC 341) follows it and does not replace it: phone the "
               "agency and record that call here.");
    answers["report_channel"] = "in_person";
    BOOST_TEST(validate(kAbuseReport, answers).empty());
}

BOOST_AUTO_TEST_CASE(school_police_do_not_take_child_abuse_reports) {
    auto answers = example();
    answers["agency"] = "ca-law-enforcement";
    auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues) == "required", described(issues));
    BOOST_TEST(onlyIssue(issues, "required").fieldId == "law_enforcement_is_school_police");

    answers["law_enforcement_is_school_police"] = true;
    issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues) == "california-medi-cal.not-school-police", described(issues));
    BOOST_TEST(onlyIssue(issues, "california-medi-cal.not-school-police").message ==
               "School police do not take child abuse reports in California (Penal Code 11165.9). Report to the city "
               "police or the sheriff, county probation where it is designated, or the county child welfare "
               "department.");
}

BOOST_AUTO_TEST_CASE(probation_only_where_designated) {
    auto answers = example();
    answers["agency"] = "ca-county-probation";
    answers["probation_designated"] = false;
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues) == "california-medi-cal.probation-designated", described(issues));
}

BOOST_AUTO_TEST_CASE(other_agencies_told_are_picked_from_the_directory) {
    // A child reported to county child welfare, and also to the police.
    auto answers = example();
    answers["additional_reports"] = nlohmann::json::array(
        {{{"additional_agency", "ca-law-enforcement"},
          {"additional_agency_name", "Sierra Vista Police Department (fictional)"},
          {"additional_reported_at", "2026-10-12T15:30:00-07:00"}}});
    auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(issues.empty(), described(issues));
    // The core form's generic code is not one of California's agencies.
    answers["additional_reports"][0]["additional_agency"] = "law_enforcement";
    issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues) == "choice", described(issues));
    BOOST_TEST(onlyIssue(issues, "choice").fieldId == "additional_agency");
    // An agency not in the directory is written by name instead.
    answers["additional_reports"][0].erase("additional_agency");
    BOOST_TEST(validate(kAbuseReport, answers).empty());
}

BOOST_AUTO_TEST_CASE(risk_of_harm_goes_to_the_supervisor) {
    auto answers = example();
    answers["risk_of_harm"] = true;
    answers["risk_of_harm_to"] = "others";
    answers.erase("supervisor_notified_at");
    BOOST_TEST(errorIds(validate(kAbuseReport, answers)) == "abuse.risk-supervisor");
    answers["supervisor_notified_at"] = "2026-10-12T14:50:00-07:00";
    BOOST_TEST(validate(kAbuseReport, answers).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(CaliforniaWrittenReports, CaliforniaFixture)

BOOST_AUTO_TEST_CASE(ss8572_pending_is_a_reminder) {
    auto answers = example();
    answers.erase("ss8572_sent_at");
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues).empty(), described(issues));
    BOOST_TEST(warningIds(issues) == "california-medi-cal.ss8572-pending");
    BOOST_TEST(onlyIssue(issues, "california-medi-cal.ss8572-pending").message ==
               "The written report on form SS 8572 is due within 36 hours of when you first suspected the abuse. When "
               "you send it, amend this record with the time.");

    setSetting("california-medi-cal.peer-is-mandated-reporter", "false");
    BOOST_TEST(validate(kAbuseReport, answers).empty());
}

BOOST_AUTO_TEST_CASE(ss8572_after_36_hours_is_a_warning_not_a_refusal) {
    auto answers = example();   // suspected 2026-10-12 14:30
    answers["ss8572_sent_at"] = "2026-10-14T02:30:00-07:00";   // exactly 36 hours
    BOOST_TEST(validate(kAbuseReport, answers).empty());
    answers["ss8572_sent_at"] = "2026-10-14T02:31:00-07:00";
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues).empty(), described(issues));
    BOOST_TEST(onlyIssue(issues, "california-medi-cal.ss8572-within-36-hours").message ==
               "The SS 8572 was sent (2026-10-14T02:31:00-07:00) more than 36 hours after you first suspected the "
               "abuse, later than Penal Code 11166(a) allows. Tell your supervisor; the compliance audit will list it.");
}

BOOST_AUTO_TEST_CASE(ss8572_time_must_be_possible) {
    auto answers = example();
    answers["ss8572_sent_at"] = "2026-10-12T14:00:00-07:00";
    BOOST_TEST(errorIds(validate(kAbuseReport, answers)) == "california-medi-cal.ss8572-after-suspected");
    answers["ss8572_sent_at"] = "2026-11-02T10:00:00-08:00";   // an hour after "now"
    BOOST_TEST(errorIds(validate(kAbuseReport, answers)) == "california-medi-cal.ss8572-not-future");
}

BOOST_AUTO_TEST_CASE(soc341_pending_is_a_reminder_for_elders_only) {
    const auto issues = validate(kAbuseReport, elder());
    BOOST_TEST(errorIds(issues).empty(), described(issues));
    BOOST_TEST(warningIds(issues) == "california-medi-cal.soc341-pending");
    BOOST_TEST(!hasIssue(validate(kAbuseReport, example()), "california-medi-cal.soc341-pending"));
}

BOOST_AUTO_TEST_CASE(soc341_deadline_skips_the_weekend) {
    // Thursday 2026-10-08: Friday is day 1, Monday 2026-10-12 day 2.
    auto answers = elderReport("2026-10-08T10:00:00-07:00", "2026-10-08T10:30:00-07:00");
    answers["soc341_sent_at"] = "2026-10-12T23:59:00-07:00";
    BOOST_TEST(validate(kAbuseReport, answers).empty());
    answers["soc341_sent_at"] = "2026-10-13T00:01:00-07:00";
    const auto issues = validate(kAbuseReport, answers);
    BOOST_TEST(errorIds(issues).empty(), described(issues));
    BOOST_TEST(onlyIssue(issues, "california-medi-cal.soc341-within-2-working-days").message ==
               "The SOC 341 was sent (2026-10-13T00:01:00-07:00) after the end of the second working day after you "
               "first suspected the abuse, later than WIC 15630 allows. Tell your supervisor; the compliance audit "
               "will list it.");
}

BOOST_AUTO_TEST_CASE(soc341_deadline_skips_a_holiday) {
    // Tuesday 2026-11-10; Wednesday is Veterans Day: Thursday is day 1, Friday 2026-11-13 day 2.
    auto answers = elderReport("2026-11-10T10:00:00-08:00", "2026-11-10T10:30:00-08:00");
    answers["soc341_sent_at"] = "2026-11-13T17:00:00-08:00";
    BOOST_TEST(validate(kAbuseReport, answers, "en", "2026-11-20T09:00").empty());
    answers["soc341_sent_at"] = "2026-11-14T08:00:00-08:00";
    BOOST_TEST(warningIds(validate(kAbuseReport, answers, "en", "2026-11-20T09:00")) ==
               "california-medi-cal.soc341-within-2-working-days");
}

BOOST_AUTO_TEST_CASE(soc341_time_must_be_possible) {
    auto answers = elder();
    answers["soc341_sent_at"] = "2026-10-12T14:00:00-07:00";
    BOOST_TEST(errorIds(validate(kAbuseReport, answers)) == "california-medi-cal.soc341-after-suspected");
    answers["soc341_sent_at"] = "2026-11-02T10:00:00-08:00";
    BOOST_TEST(errorIds(validate(kAbuseReport, answers)) == "california-medi-cal.soc341-not-future");
}

BOOST_AUTO_TEST_SUITE_END()
