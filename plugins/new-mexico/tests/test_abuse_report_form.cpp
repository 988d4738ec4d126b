// new-mexico.abuse-report: routing to the right agency (NMSA 32A-4-3(A); NMSA 27-7-30),
// the supervisor is never enough, the content APS requires, and the agency's limit for
// an "immediate" report.
#include "nm_test_support.h"

using namespace nm_test;

namespace {

const std::string kForm = "new-mexico.abuse-report";

const std::string kChildToCyfdOrPolice =
    "Under NMSA 32A-4-3(A), a report about a child goes to CYFD Statewide Central Intake, 1-855-333-7233 "
    "(1-855-333-SAFE) or #SAFE (#7233) from a mobile phone, or to local law enforcement (911 in an emergency, or the "
    "local non-emergency line).";

/// An adult report (from the APS example) about someone who can look after themselves.
nlohmann::json capableAdultReport(const std::string& agency) {
    return with(apsReport(), {{"subject_category", "other_adult"},
                              {"subject_age", 45},
                              {"subject_dob", nullptr},
                              {"adult_incapacitated", "no"},
                              {"agency", agency}});
}

} // namespace

BOOST_AUTO_TEST_SUITE(AbuseReportRouting)

BOOST_AUTO_TEST_CASE(a_child_reported_to_cyfd_or_law_enforcement_passes) {
    PluginHarness h("new-mexico");
    for (const std::string agency : {"nm-cyfd-statewide-central-intake", "nm-law-enforcement"}) {
        const auto issues = h.validate(kForm, with(childReport(), {{"agency", agency}}), kAsOf);
        BOOST_TEST(issues.empty(), agency << ":" << describe(issues));
    }
}

BOOST_AUTO_TEST_CASE(a_child_reported_to_aps_names_the_right_agencies_and_numbers) {
    PluginHarness h("new-mexico");
    const auto issues =
        h.validate(kForm, with(childReport(), {{"agency", "nm-adult-protective-services"}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(issues) == std::vector<std::string>{"new-mexico.abuse-report-routing"},
               describe(issues));
    const auto routing = PluginHarness::withRule(issues, "new-mexico.abuse-report-routing");
    BOOST_TEST(routing.front().fieldId == "agency");
    BOOST_TEST(routing.front().message == kChildToCyfdOrPolice +
                                              " This report names New Mexico Adult Protective Services, which does not "
                                              "take reports about children.");
}

BOOST_AUTO_TEST_CASE(a_child_reported_to_aps_in_spanish) {
    PluginHarness h("new-mexico");
    const auto issues =
        h.validate(kForm, with(childReport(), {{"agency", "nm-adult-protective-services"}}), kAsOf, "es");
    BOOST_TEST(messages(issues, "new-mexico.abuse-report-routing") ==
               std::vector<std::string>{
                   "Según NMSA 32A-4-3(A), un reporte sobre un niño, niña o adolescente se hace a Central de "
                   "Admisión Estatal de CYFD, 1-855-333-7233 (1-855-333-SAFE) o #SAFE (#7233) desde un teléfono "
                   "celular, o a la policía o el sheriff del lugar (911 en una emergencia, o su línea que no es de "
                   "emergencia). Este reporte indica Servicios de Protección de Adultos de Nuevo México, que no "
                   "recibe reportes sobre menores."});
}

BOOST_AUTO_TEST_CASE(tribal_agencies_are_right_only_for_an_indian_child_in_indian_country) {
    PluginHarness h("new-mexico");
    const auto notIndianCountry = h.validate(kForm, with(childReport(), {{"agency", "nm-tribal"}}), kAsOf);
    BOOST_TEST(messages(notIndianCountry, "new-mexico.abuse-report-routing") ==
               std::vector<std::string>{kChildToCyfdOrPolice +
                                        " This report names tribal law enforcement or tribal social services, which is "
                                        "the right agency only for an Indian child in Indian country."});

    const auto indianCountry =
        h.validate(kForm, with(childReport(), {{"agency", "nm-tribal"}, {"indian_child_in_indian_country", true}}),
                   kAsOf);
    BOOST_TEST(indianCountry.empty(), describe(indianCountry));

    // For an Indian child in Indian country, the message lists the tribal agencies too.
    const auto toAps = h.validate(kForm,
                                  with(childReport(), {{"agency", "nm-adult-protective-services"},
                                                       {"indian_child_in_indian_country", true}}),
                                  kAsOf);
    const auto routing = messages(toAps, "new-mexico.abuse-report-routing");
    BOOST_REQUIRE_EQUAL(routing.size(), 1u);
    BOOST_TEST(routing.front().find(", or to tribal law enforcement or tribal social services (the tribe's own "
                                    "numbers).") != std::string::npos,
               routing.front());
}

BOOST_AUTO_TEST_CASE(a_child_must_say_whether_indian_country_applies) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(kForm, with(childReport(), {{"indian_child_in_indian_country", nullptr}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(issues) == std::vector<std::string>{"required"}, describe(issues));
    BOOST_TEST(PluginHarness::withRule(issues, "required").front().fieldId == "indian_child_in_indian_country");
}

BOOST_AUTO_TEST_CASE(a_young_person_with_a_developmental_disability_is_routed_as_a_child) {
    PluginHarness h("new-mexico");
    const nlohmann::json youngDd = with(childReport(), {{"subject_category", "developmental_disability"}, {"subject_age", 12}});
    const auto toAps = h.validate(kForm, with(youngDd, {{"agency", "nm-adult-protective-services"}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(toAps) == std::vector<std::string>{"new-mexico.abuse-report-routing"},
               describe(toAps));
    const auto toCyfd = h.validate(kForm, youngDd, kAsOf);
    BOOST_TEST(toCyfd.empty(), describe(toCyfd));

    // The same disability at 30, unable to protect themselves: APS.
    const auto adultDd = with(apsReport(), {{"subject_category", "developmental_disability"},
                                            {"subject_age", 30},
                                            {"subject_dob", nullptr}});
    const auto adultToAps = h.validate(kForm, adultDd, kAsOf);
    BOOST_TEST(adultToAps.empty(), describe(adultToAps));
    const auto adultToCyfd = h.validate(kForm, with(adultDd, {{"agency", "nm-cyfd-statewide-central-intake"}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(adultToCyfd) == std::vector<std::string>{"new-mexico.abuse-report-routing"},
               describe(adultToCyfd));
}

BOOST_AUTO_TEST_CASE(an_incapacitated_adult_goes_to_aps) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(kForm, with(apsReport(), {{"agency", "nm-law-enforcement"}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(issues) == std::vector<std::string>{"new-mexico.abuse-report-routing"},
               describe(issues));
    BOOST_TEST(messages(issues, "new-mexico.abuse-report-routing") ==
               std::vector<std::string>{
                   "Under NMSA 27-7-30, abuse, neglect or exploitation of an incapacitated adult is reported to New "
                   "Mexico Adult Protective Services, 1-866-654-3219 (or 505-476-4912). This report names local law "
                   "enforcement instead: report to APS and record it here (list local law enforcement under the other "
                   "agencies you also reported to)."});
}

BOOST_AUTO_TEST_CASE(when_unsure_about_incapacity_the_report_goes_to_aps) {
    PluginHarness h("new-mexico");
    const auto unsureToAps = h.validate(kForm, with(apsReport(), {{"adult_incapacitated", "unsure"}}), kAsOf);
    BOOST_TEST(unsureToAps.empty(), describe(unsureToAps));
    const auto unsureToPolice = h.validate(
        kForm, with(apsReport(), {{"adult_incapacitated", "unsure"}, {"agency", "nm-law-enforcement"}}), kAsOf);
    BOOST_TEST(has(unsureToPolice, "new-mexico.abuse-report-routing"), describe(unsureToPolice));
}

BOOST_AUTO_TEST_CASE(a_dependent_adult_goes_to_aps_without_the_incapacity_question) {
    PluginHarness h("new-mexico");
    const nlohmann::json dependent = with(apsReport(), {{"subject_category", "dependent_adult"},
                                                        {"subject_age", 52},
                                                        {"subject_dob", nullptr},
                                                        {"adult_incapacitated", nullptr}});
    const auto toAps = h.validate(kForm, dependent, kAsOf);
    BOOST_TEST(toAps.empty(), describe(toAps));
    const auto toPolice = h.validate(kForm, with(dependent, {{"agency", "nm-law-enforcement"}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(toPolice) == std::vector<std::string>{"new-mexico.abuse-report-routing"},
               describe(toPolice));
}

BOOST_AUTO_TEST_CASE(an_adult_who_can_protect_themselves_is_not_a_cyfd_report) {
    PluginHarness h("new-mexico");
    const auto toPolice = h.validate(kForm, capableAdultReport("nm-law-enforcement"), kAsOf);
    BOOST_TEST(toPolice.empty(), describe(toPolice));
    const auto toCyfd = h.validate(kForm, capableAdultReport("nm-cyfd-statewide-central-intake"), kAsOf);
    BOOST_TEST(messages(toCyfd, "new-mexico.abuse-report-routing") ==
               std::vector<std::string>{
                   "A report about an adult goes to New Mexico Adult Protective Services, 1-866-654-3219 (or "
                   "505-476-4912), or to local law enforcement (911 in an emergency, or the local non-emergency line). "
                   "This report names CYFD Statewide Central Intake, which takes reports about children only."});
}

BOOST_AUTO_TEST_CASE(an_agency_outside_the_directory_is_refused) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(kForm, with(childReport(), {{"agency", "child_protective_services"}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(issues) == std::vector<std::string>{"choice"}, describe(issues));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(AbuseReportSupervisor)

BOOST_AUTO_TEST_CASE(telling_only_the_supervisor_is_refused) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(
        kForm, with(childReport(), {{"agency", nullptr}, {"agency_reported_at", nullptr}, {"report_channel", nullptr},
                                    {"confirmation_number", nullptr}}),
        kAsOf);
    BOOST_TEST(has(issues, "abuse.agency-not-only-supervisor"), describe(issues));
    BOOST_TEST(messages(issues, "abuse.agency-not-only-supervisor") ==
               std::vector<std::string>{"Telling your supervisor is not enough: the report must also go to the agency. "
                                        "Record which agency you reported to, and when."});
    for (const auto& issue : issues)
        BOOST_TEST(issue.isError(), issue.ruleId);
    BOOST_TEST(!has(issues, "new-mexico.abuse-report-routing"));
}

BOOST_AUTO_TEST_CASE(a_risk_of_harm_goes_to_the_supervisor) {
    PluginHarness h("new-mexico");
    const nlohmann::json risk = with(childReport(), {{"risk_of_harm", true}, {"risk_of_harm_to", "self"}});
    BOOST_TEST(h.validate(kForm, risk, kAsOf).empty());
    const auto noSupervisor = h.validate(kForm, with(risk, {{"supervisor_notified_at", nullptr}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(noSupervisor) == std::vector<std::string>{"abuse.risk-supervisor"},
               describe(noSupervisor));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(AbuseReportApsContent)

BOOST_AUTO_TEST_CASE(each_missing_element_is_named_beside_its_field) {
    PluginHarness h("new-mexico");
    struct Case {
        const char* remove;
        const char* field;
        const char* element;
    };
    for (const Case c : {Case{"subject_address", "subject_address", "the adult's address (or where they can be found)"},
                         Case{"caregiver_status", "caregiver_status", "whether someone is responsible for the adult's care"},
                         Case{"caregiver_name", "caregiver_name", "the caregiver's name"},
                         Case{"caregiver_address", "caregiver_address", "the caregiver's address"},
                         Case{"condition_nature_extent", "condition_nature_extent",
                              "the nature and extent of the adult's condition"},
                         Case{"knowledge_basis", "knowledge_basis", "how you know (the basis of your knowledge)"}}) {
        const auto issues = h.validate(kForm, with(apsReport(), {{c.remove, nullptr}}), kAsOf);
        BOOST_TEST(PluginHarness::errorRuleIds(issues) == std::vector<std::string>{"new-mexico.aps-required-content"},
                   c.remove << ":" << describe(issues));
        const auto found = PluginHarness::withRule(issues, "new-mexico.aps-required-content");
        BOOST_REQUIRE_EQUAL(found.size(), 1u);
        BOOST_TEST(found.front().fieldId == c.field);
        BOOST_TEST(found.front().message == std::string("A report to Adult Protective Services must include ") +
                                                c.element + " (NMSA 27-7-30; 8.11.6.9 NMAC).");
    }
}

BOOST_AUTO_TEST_CASE(no_caregiver_or_unknown_caregiver_is_an_answer) {
    PluginHarness h("new-mexico");
    for (const std::string status : {"none", "unknown"}) {
        const auto issues = h.validate(
            kForm, with(apsReport(), {{"caregiver_status", status}, {"caregiver_name", nullptr}, {"caregiver_address", nullptr}}),
            kAsOf);
        BOOST_TEST(issues.empty(), status << ":" << describe(issues));
    }
}

BOOST_AUTO_TEST_CASE(aps_named_among_the_other_agencies_needs_the_content_too) {
    PluginHarness h("new-mexico");
    nlohmann::json answers = with(capableAdultReport("nm-law-enforcement"), {{"knowledge_basis", nullptr}});
    // Not to APS at all: the APS elements are not required.
    BOOST_TEST(h.validate(kForm, answers, kAsOf).empty());
    answers["additional_reports"].push_back({{"additional_agency_name", "New Mexico Adult Protective Services"},
                                             {"additional_reported_at", "2026-08-18T13:00:00-06:00"}});
    const auto issues = h.validate(kForm, answers, kAsOf);
    BOOST_TEST(messages(issues, "new-mexico.aps-required-content") ==
               std::vector<std::string>{"A report to Adult Protective Services must include how you know (the basis of "
                                        "your knowledge) (NMSA 27-7-30; 8.11.6.9 NMAC)."});
}

BOOST_AUTO_TEST_CASE(aps_picked_from_the_directory_among_the_other_agencies_needs_the_content_too) {
    PluginHarness h("new-mexico");
    nlohmann::json answers = with(capableAdultReport("nm-law-enforcement"), {{"knowledge_basis", nullptr}});
    answers["additional_reports"].push_back({{"additional_agency", "nm-adult-protective-services"},
                                             {"additional_reported_at", "2026-08-18T13:00:00-06:00"}});
    const auto issues = h.validate(kForm, answers, kAsOf);
    BOOST_TEST(messages(issues, "new-mexico.aps-required-content") ==
               std::vector<std::string>{"A report to Adult Protective Services must include how you know (the basis of "
                                        "your knowledge) (NMSA 27-7-30; 8.11.6.9 NMAC)."},
               describe(issues));
    // Only the directory's agencies can be picked; another agency is written by name.
    answers["additional_reports"].back()["additional_agency"] = "adult_protective_services";
    const auto refused = h.validate(kForm, answers, kAsOf);
    BOOST_TEST(PluginHarness::withRule(refused, "choice").size() == 1u, describe(refused));
}

BOOST_AUTO_TEST_CASE(missing_content_in_spanish) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(kForm, with(apsReport(), {{"caregiver_status", nullptr}}), kAsOf, "es");
    BOOST_TEST(messages(issues, "new-mexico.aps-required-content") ==
               std::vector<std::string>{"Un reporte a Adult Protective Services debe incluir si alguien es responsable "
                                        "del cuidado del adulto (NMSA 27-7-30; 8.11.6.9 NMAC)."});
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(AbuseReportImmediateLimit)

BOOST_AUTO_TEST_CASE(the_agency_limit_asks_for_a_reason_for_the_delay) {
    PluginHarness h("new-mexico");
    const nlohmann::json fiveAndAHalfHours = with(childReport(), {{"agency_reported_at", "2026-10-06T19:30:00-06:00"},
                                                                  {"signed_at", "2026-10-06T19:50:00-06:00"}});
    // Default limit (24 hours): no reason needed.
    BOOST_TEST(h.validate(kForm, fiveAndAHalfHours, kAsOf).empty());

    setSetting(h, "new-mexico.immediate-report-limit-hours", "4");
    const auto late = h.validate(kForm, fiveAndAHalfHours, kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(late) == std::vector<std::string>{"new-mexico.immediate-report-delay-reason"},
               describe(late));
    BOOST_TEST(messages(late, "new-mexico.immediate-report-delay-reason") ==
               std::vector<std::string>{"New Mexico law requires an immediate report, and the agency was told later "
                                        "than your agency's limit for one. Explain why the report was late."});

    const auto explained = h.validate(
        kForm, with(fiveAndAHalfHours, {{"delay_reason", "The child's mother asked for time to leave the house first."}}),
        kAsOf);
    BOOST_TEST(explained.empty(), describe(explained));

    const auto threeHours = h.validate(kForm, with(childReport(), {{"agency_reported_at", "2026-10-06T17:00:00-06:00"}}),
                                       kAsOf);
    BOOST_TEST(threeHours.empty(), describe(threeHours));
}

BOOST_AUTO_TEST_CASE(past_24_hours_only_the_core_rule_asks) {
    PluginHarness h("new-mexico");
    setSetting(h, "new-mexico.immediate-report-limit-hours", "4");
    const auto issues = h.validate(kForm, with(childReport(), {{"agency_reported_at", "2026-10-07T20:00:00-06:00"},
                                                               {"signed_at", "2026-10-07T20:10:00-06:00"}}),
                                   kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(issues) == std::vector<std::string>{"abuse.delay-reason"}, describe(issues));
}

BOOST_AUTO_TEST_SUITE_END()
