// arkansas.abuse-report: routing by whom the report is about (A.C.A. 12-18-402;
// 12-12-1708; 5-28-110(e)), long-term-care residents, supervisor AND agency, "immediately".
#include "abuse_report_answers.h"

using namespace parity::arkansas::test;

namespace {

constexpr const char* Routing = "arkansas.abuse-report-routing";

constexpr const char* ToHotline = " must go to the Arkansas Child Abuse Hotline (A.C.A. 12-18-402): call 1-800-482-5964 "
                        "(TDD 1-800-843-6349) or report online. Choose it as the agency you reported to.";
constexpr const char* ToAps = " must go to the Arkansas Adult Protective Services (A.C.A. 12-12-1708; A.C.A. 5-28-110(e)): "
                    "call 1-800-482-8049 or report online. Choose it as the agency you reported to.";

} // namespace

BOOST_FIXTURE_TEST_SUITE(ArkansasAbuseReportRouting, ArkansasFixture)

BOOST_AUTO_TEST_CASE(child_reported_to_adult_services_names_the_hotline) {
    nlohmann::json a = childReport();
    a["agency"] = "ar-adult-protective-services";
    const auto found = issues("abuse-report", a, Routing);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].isError());
    BOOST_TEST(found[0].fieldId == "agency");
    BOOST_TEST(found[0].message == std::string("A report about a child (under 18)") + ToHotline);
}

BOOST_AUTO_TEST_CASE(child_reported_to_the_hotline_passes) {
    BOOST_TEST(validate("abuse-report", childReport()).empty());
}

BOOST_AUTO_TEST_CASE(child_reported_to_law_enforcement_only_is_refused) {
    nlohmann::json a = childReport();
    a["agency"] = "ar-law-enforcement";
    BOOST_TEST(errors("abuse-report", a) == std::vector<std::string>{Routing}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(older_adult_reported_to_the_hotline_names_aps) {
    nlohmann::json a = adultAtHomeReport();
    a["agency"] = "ar-child-hotline";
    const auto found = issues("abuse-report", a, Routing);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].isError());
    BOOST_TEST(found[0].message == std::string("A report about an older adult") + ToAps);
}

BOOST_AUTO_TEST_CASE(developmental_disability_routes_by_age) {
    nlohmann::json minor = adultAtHomeReport();
    minor["subject_category"] = "developmental_disability";
    minor["subject_age"] = 12;
    minor.erase("subject_dob");
    const auto found = issues("abuse-report", minor, Routing);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].message == std::string("A report about a child (under 18) with a developmental disability") +
                                       ToHotline);
    minor["agency"] = "ar-child-hotline";
    BOOST_TEST(errors("abuse-report", minor).empty());

    nlohmann::json adult = minor;
    adult["subject_age"] = 34;
    const auto adultFound = issues("abuse-report", adult, Routing);
    BOOST_TEST_REQUIRE(adultFound.size() == 1u);
    BOOST_TEST(adultFound[0].message == std::string("A report about an adult with a developmental disability") + ToAps);
    adult["agency"] = "ar-adult-protective-services";
    BOOST_TEST(errors("abuse-report", adult).empty());
}

BOOST_AUTO_TEST_CASE(dependent_adult_goes_to_aps) {
    nlohmann::json a = adultAtHomeReport();
    a["subject_category"] = "dependent_adult";
    a["subject_age"] = 40;
    a.erase("subject_dob");
    BOOST_TEST(errors("abuse-report", a).empty());
    a["agency"] = "ar-law-enforcement";
    const auto found = issues("abuse-report", a, Routing);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].message ==
               std::string("A report about an adult who depends on others for care (an impaired adult)") + ToAps);
}

BOOST_AUTO_TEST_CASE(endangered_adult_of_any_age_goes_to_aps) {
    // The statute's test, broader than the peer code's "over 62".
    nlohmann::json a = otherAdultReport(45, true);
    a["agency"] = "ar-law-enforcement";
    const auto found = issues("abuse-report", a, Routing);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].message == std::string("A report about an endangered or impaired adult") + ToAps);
    a["agency"] = "ar-adult-protective-services";
    BOOST_TEST(validate("abuse-report", a).empty());
}

BOOST_AUTO_TEST_CASE(person_over_62_goes_to_aps) {
    nlohmann::json a = otherAdultReport(64, false);
    a["agency"] = "ar-law-enforcement";
    const auto found = issues("abuse-report", a, Routing);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].message == std::string("A report about a person over 62") + ToAps);
    a["agency"] = "ar-adult-protective-services";
    BOOST_TEST(validate("abuse-report", a).empty());
}

BOOST_AUTO_TEST_CASE(long_term_care_resident_goes_to_aps) {
    nlohmann::json a = otherAdultReport(45, false);
    a["ltc_facility_resident"] = true;
    a["additional_reports"] = adultReport()["additional_reports"];
    BOOST_TEST(validate("abuse-report", a).empty());
    a["agency"] = "ar-office-of-long-term-care";
    const auto found = issues("abuse-report", a, Routing);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].message == std::string("A report about a resident of a long-term-care facility") + ToAps);
}

BOOST_AUTO_TEST_CASE(adult_not_covered_gets_a_warning_not_an_error) {
    nlohmann::json a = otherAdultReport(45, false);
    const auto found = issues("abuse-report", a, "arkansas.adult-not-covered");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(!found[0].isError());
    BOOST_TEST(found[0].fieldId == "endangered_or_impaired_adult");
    BOOST_TEST(found[0].message ==
               "From your answers this adult is neither endangered or impaired (A.C.A. 12-12-1708) nor over 62 (the "
               "Arkansas peer code), so Arkansas may not require a report. Talk it over with your supervisor. If the "
               "person cannot protect themselves, answer yes to that question and report to Arkansas Adult Protective "
               "Services (1-800-482-8049).");
    BOOST_TEST(errors("abuse-report", a).empty());
    BOOST_TEST(issues("abuse-report", otherAdultReport(45, true), "arkansas.adult-not-covered").empty());
}

BOOST_AUTO_TEST_CASE(endangered_question_is_required_for_other_adults) {
    nlohmann::json a = otherAdultReport(45, false);
    a.erase("endangered_or_impaired_adult");
    const auto found = issues("abuse-report", a, "required");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].fieldId == "endangered_or_impaired_adult");
}

BOOST_AUTO_TEST_CASE(age_is_required_for_routing) {
    nlohmann::json a = childReport();
    a.erase("subject_age");
    const auto found = issues("abuse-report", a, "required");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].fieldId == "subject_age");
}

BOOST_AUTO_TEST_CASE(agency_choices_come_from_the_directory) {
    nlohmann::json a = adultAtHomeReport();
    a["agency"] = "adult_protective_services";   // the core form's generic value
    const auto found = issues("abuse-report", a, "choice");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].fieldId == "agency");
}

BOOST_AUTO_TEST_CASE(routing_message_in_spanish) {
    nlohmann::json a = childReport();
    a["agency"] = "ar-adult-protective-services";
    const auto found = issues("abuse-report", a, Routing, AsOf, "es");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].message ==
               "Un reporte sobre un niño, niña o adolescente (menor de 18 años) debe hacerse a la agencia Línea "
               "directa de Arkansas para reportar abuso infantil (A.C.A. 12-18-402): llame al 1-800-482-5964 (TDD "
               "1-800-843-6349) o repórtelo en línea. Elíjala como la agencia a la que hizo el reporte.");
}

// SDK 1.1: the plugin names its agencies in Spanish; the form's agency list shows them so.
BOOST_AUTO_TEST_CASE(agency_choices_are_named_in_the_form_language) {
    auto labels = harness.choiceLabels("arkansas.abuse-report", "agency");
    BOOST_TEST_REQUIRE(labels.size() == 4u);
    BOOST_TEST(labels["ar-child-hotline"]["en"] == "Arkansas Child Abuse Hotline");
    BOOST_TEST(labels["ar-child-hotline"]["es"] == "Línea directa de Arkansas para reportar abuso infantil");
    BOOST_TEST(labels["ar-adult-protective-services"]["es"] == "Servicios de Protección de Adultos de Arkansas");
    BOOST_TEST(labels["ar-office-of-long-term-care"]["es"] == "Oficina de Cuidados a Largo Plazo de Arkansas");
    BOOST_TEST(labels["ar-law-enforcement"]["es"] == "Policía local");
    // Every agency of the directory has its Spanish name, and nothing else is translated.
    BOOST_TEST(harness.plugin().agencyTranslations.size() == harness.plugin().agencies.size());
    for (const parity::ReportingAgency& a : harness.plugin().agenciesIn("es"))
        BOOST_TEST(!a.covers.empty(), a.code);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(ArkansasLongTermCare, ArkansasFixture)

constexpr const char* LongTermCare = "arkansas.long-term-care-reports";

BOOST_AUTO_TEST_CASE(resident_reported_to_all_three_passes) {
    BOOST_TEST(issues("abuse-report", adultReport(), LongTermCare).empty());
}

BOOST_AUTO_TEST_CASE(resident_without_the_other_agencies_is_refused) {
    nlohmann::json a = adultReport();
    a.erase("additional_reports");
    const auto found = issues("abuse-report", a, LongTermCare);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].isError());
    BOOST_TEST(found[0].fieldId == "ltc_facility_resident");
    BOOST_TEST(found[0].message ==
               "The person lives in a long-term-care facility, so the report must also go to Local law enforcement "
               "and Arkansas Office of Long-Term Care (A.C.A. 12-12-1708). Report to each and add it under \"Other "
               "agencies you also reported to\" with the time you reported.");
}

BOOST_AUTO_TEST_CASE(resident_missing_only_the_office_of_long_term_care) {
    nlohmann::json a = adultReport();
    a["additional_reports"].erase(1);
    const auto found = issues("abuse-report", a, LongTermCare);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].message.find("must also go to Arkansas Office of Long-Term Care (A.C.A. 12-12-1708)") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(agencies_picked_from_the_directory_count) {
    // The example picks both agencies from the list; the second has no name at all.
    nlohmann::json a = adultReport();
    BOOST_TEST(a["additional_reports"][1]["additional_agency"] == "ar-office-of-long-term-care");
    BOOST_TEST(!a["additional_reports"][1].contains("additional_agency_name"));
    BOOST_TEST(validate("abuse-report", a).empty());
    // Picking another directory agency instead leaves the Office of Long-Term Care missing.
    a["additional_reports"][1]["additional_agency"] = "ar-child-hotline";
    const auto found = issues("abuse-report", a, LongTermCare);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].message.find("must also go to Arkansas Office of Long-Term Care (A.C.A. 12-12-1708)") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(only_directory_agencies_can_be_picked) {
    nlohmann::json a = adultReport();
    a["additional_reports"][0]["additional_agency"] = "law_enforcement";   // the core form's generic code
    const auto found = issues("abuse-report", a, "choice");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].fieldId == "additional_agency");
    BOOST_TEST(found[0].item == 0);
}

BOOST_AUTO_TEST_CASE(an_agency_not_in_the_list_needs_its_name) {
    nlohmann::json a = adultReport();
    a["additional_reports"][1].erase("additional_agency");
    const auto found = issues("abuse-report", a, "required");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].fieldId == "additional_agency_name");
    BOOST_TEST(found[0].item == 1);
}

BOOST_AUTO_TEST_CASE(names_written_in_text_are_recognised) {
    // Records made before the agency could be picked name it in text: code, name or a plain word.
    nlohmann::json a = adultReport();
    for (auto& item : a["additional_reports"])
        item.erase("additional_agency");
    a["additional_reports"][0]["additional_agency_name"] = "ar-law-enforcement (Benton Police Department)";
    a["additional_reports"][1]["additional_agency_name"] = "ar-office-of-long-term-care";
    BOOST_TEST(issues("abuse-report", a, LongTermCare).empty());
    a["additional_reports"][0]["additional_agency_name"] = "Saline County Sheriff's Office";
    BOOST_TEST(issues("abuse-report", a, LongTermCare).empty());
    a["additional_reports"][0]["additional_agency_name"] = "The client's daughter";
    BOOST_TEST(issues("abuse-report", a, LongTermCare).size() == 1u);
}

BOOST_AUTO_TEST_CASE(living_at_home_needs_no_other_agency) {
    BOOST_TEST(validate("abuse-report", adultAtHomeReport()).empty());
}

BOOST_AUTO_TEST_CASE(the_question_is_asked_for_adults_only) {
    nlohmann::json adult = adultReport();
    adult.erase("ltc_facility_resident");
    const auto found = issues("abuse-report", adult, "required");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].fieldId == "ltc_facility_resident");
    BOOST_TEST(errors("abuse-report", childReport()).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(ArkansasSupervisorAndAgency, ArkansasFixture)

BOOST_AUTO_TEST_CASE(supervisor_alone_is_refused) {
    nlohmann::json a = adultAtHomeReport();
    a.erase("agency");
    a.erase("agency_reported_at");
    a.erase("confirmation_number");
    const auto found = issues("abuse-report", a, "abuse.agency-not-only-supervisor");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].isError());
    BOOST_TEST(found[0].message == "Telling your supervisor is not enough: the report must also go to the agency. "
                                   "Record which agency you reported to, and when.");
}

BOOST_AUTO_TEST_CASE(agency_without_supervisor_is_refused) {
    nlohmann::json a = adultAtHomeReport();
    a.erase("supervisor_notified_at");
    const auto found = issues("abuse-report", a, "arkansas.supervisor-and-agency");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].isError());
    BOOST_TEST(found[0].fieldId == "supervisor_notified_at");
    BOOST_TEST(found[0].message == "The Arkansas peer code requires you to tell your supervisor as well as the "
                                   "agency. Tell your supervisor and record when you did.");
    BOOST_TEST(errors("abuse-report", a) == std::vector<std::string>{"arkansas.supervisor-and-agency"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(risk_of_harm_needs_the_supervisor_at_once) {
    nlohmann::json a = adultAtHomeReport();
    a["risk_of_harm"] = true;
    a["risk_of_harm_to"] = "self";
    BOOST_TEST(errors("abuse-report", a).empty());   // supervisor told 15 minutes after
    a["supervisor_notified_at"] = "2026-10-05T19:00:00-05:00";   // 2 h 20 min after; limit 1 h
    a["agency_reported_at"] = "2026-10-05T19:10:00-05:00";
    const auto found = issues("abuse-report", a, "arkansas.risk-supervisor-immediately");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].isError());
    BOOST_TEST(found[0].message == "You marked a risk of physical harm, and your supervisor heard of it later than "
                                   "your agency allows. The Arkansas peer code says to tell the supervisor "
                                   "immediately: explain the delay.");
    a["delay_reason"] = "The supervisor was in a home visit with no signal; I reached her at 7 pm.";
    BOOST_TEST(errors("abuse-report", a).empty());
    a.erase("delay_reason");
    a["risk_of_harm"] = false;
    a.erase("risk_of_harm_to");
    BOOST_TEST(issues("abuse-report", a, "arkansas.risk-supervisor-immediately").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(ArkansasImmediately, ArkansasFixture)

constexpr const char* DelayRule = "arkansas.immediate-delay-reason";

nlohmann::json reportedAfter(const std::string& reportedAt) {
    nlohmann::json a = adultAtHomeReport();
    a["agency_reported_at"] = reportedAt;
    return a;
}

BOOST_AUTO_TEST_CASE(within_the_default_limit_no_reason_is_needed) {
    // 10 hours after the first suspicion; the default limit is 24 hours.
    BOOST_TEST(errors("abuse-report", reportedAfter("2026-10-06T02:40:00-05:00")).empty());
}

BOOST_AUTO_TEST_CASE(past_the_agency_limit_a_reason_is_needed) {
    setSetting("arkansas.immediate-report-limit-hours", "4");
    nlohmann::json a = reportedAfter("2026-10-06T02:40:00-05:00");
    const auto found = issues("abuse-report", a, DelayRule);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].isError());
    BOOST_TEST(found[0].fieldId == "delay_reason");
    BOOST_TEST(found[0].message == "Arkansas law says to report immediately, and this report reached the agency later "
                                   "than your agency's limit. Explain why the report was late.");
    // 3 h 50 min: within the limit.
    BOOST_TEST(issues("abuse-report", reportedAfter("2026-10-05T20:30:00-05:00"), DelayRule).empty());
    a["delay_reason"] = "The Hotline line was busy overnight; reported first thing.";
    BOOST_TEST(errors("abuse-report", a).empty());
}

BOOST_AUTO_TEST_CASE(the_core_24_hours_still_applies) {
    nlohmann::json a = reportedAfter("2026-10-06T20:40:00-05:00");   // 28 hours
    const auto ids = errors("abuse-report", a);
    BOOST_TEST(contains(ids, "abuse.delay-reason"));
    BOOST_TEST(contains(ids, DelayRule));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(ArkansasHotlineDisposition, ArkansasFixture)

BOOST_AUTO_TEST_CASE(screened_out_needs_when_the_hotline_said_so) {
    nlohmann::json a = childReport();
    a["hotline_screened_out"] = "yes";
    const auto found = issues("abuse-report", a, "required");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].fieldId == "hotline_disposition_received_at");
    a["hotline_disposition_received_at"] = "2026-10-06T11:00:00-05:00";
    BOOST_TEST(validate("abuse-report", a).empty());
    a["hotline_screened_out"] = "no";
    a.erase("hotline_disposition_received_at");
    BOOST_TEST(validate("abuse-report", a).empty());
}

BOOST_AUTO_TEST_CASE(the_answer_cannot_come_before_the_report) {
    nlohmann::json a = childReport();
    a["hotline_screened_out"] = "yes";
    a["hotline_disposition_received_at"] = "2026-10-05T17:00:00-05:00";
    const auto found = issues("abuse-report", a, "arkansas.disposition-after-report");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].message == "The Hotline's answer (2026-10-05T17:00:00-05:00) cannot come before you made the "
                                   "report. Check both dates and times.");
}

BOOST_AUTO_TEST_SUITE_END()
