// The shipped example answers are complete and valid, and the plugin declares what the
// host needs: its forms (extending the core ones), its agencies, its settings.
#include "california_fixture.h"

#include <algorithm>
#include <map>

using namespace parity;
using namespace parity::test;
using namespace parity::test::california;

BOOST_FIXTURE_TEST_SUITE(CaliforniaExamples, CaliforniaFixture)

BOOST_AUTO_TEST_CASE(every_example_is_valid_with_no_warnings) {
    for (const std::string& formId : {kConsent, kReferral, kAbuseReport}) {
        const auto issues = validate(formId, PluginHarness::example(formId));
        BOOST_TEST(issues.empty(), formId << ":" << described(issues));
    }
}

BOOST_AUTO_TEST_CASE(examples_are_valid_in_spanish_too) {
    for (const std::string& formId : {kConsent, kReferral, kAbuseReport})
        BOOST_TEST(validate(formId, PluginHarness::example(formId), "es").empty(), formId);
}

BOOST_AUTO_TEST_CASE(examples_can_be_submitted) {
    for (const std::string& formId : {kConsent, kReferral, kAbuseReport})
        BOOST_TEST(harness.submit(formId, PluginHarness::example(formId)) > 0);
}

BOOST_AUTO_TEST_CASE(forms_extend_the_core_forms) {
    const std::pair<std::string, std::string> forms[] = {
        {kConsent, "core.consent"}, {kReferral, "core.referral"}, {kAbuseReport, "core.abuse-report"}};
    for (const auto& [id, core] : forms) {
        const CatalogForm* form = harness.catalog().find(id);
        BOOST_TEST_REQUIRE(form != nullptr, id);
        const auto& definition = form->form->definition();
        BOOST_TEST(definition.extends == core);
        BOOST_TEST(definition.version == "1.0.0");
        BOOST_TEST(definition.jurisdiction == kPlugin);
        BOOST_TEST(joined(definition.languages) == "en es");
        BOOST_TEST(form->timeZone == "America/Los_Angeles");
    }
}

BOOST_AUTO_TEST_CASE(agency_choices_come_from_the_directory) {
    const auto& definition = harness.catalog().find(kAbuseReport)->form->definition();
    auto agency = std::find_if(definition.fields.begin(), definition.fields.end(),
                               [](const forms::Field& f) { return f.id == "agency"; });
    BOOST_TEST_REQUIRE((agency != definition.fields.end()));
    BOOST_TEST(agency->choicesFromAgencies);
    std::vector<std::string> codes;
    for (const ReportingAgency& a : harness.plugin().agencies)
        codes.push_back(a.code);
    BOOST_TEST(joined(codes) ==
               "ca-law-enforcement ca-county-probation ca-county-child-welfare ca-adult-protective-services");
    // A code that is not in the directory (the core form's generic list) is refused.
    auto answers = PluginHarness::example(kAbuseReport);
    answers["agency"] = "child_protective_services";
    BOOST_TEST(hasIssue(validate(kAbuseReport, answers), "choice"));
}

// SDK 1.1: the plugin names its agencies in Spanish; the form's agency list shows them so
// (a routing message in Spanish quotes them so: test_abuse_report.cpp).
BOOST_AUTO_TEST_CASE(agency_choices_are_named_in_the_form_language) {
    auto labels = harness.choiceLabels(kAbuseReport, "agency");
    BOOST_TEST_REQUIRE(labels.size() == 4u);
    BOOST_TEST(labels["ca-county-child-welfare"]["en"] == "County child welfare department");
    BOOST_TEST(labels["ca-county-child-welfare"]["es"] == "Departamento de bienestar infantil del condado");
    BOOST_TEST(labels["ca-adult-protective-services"]["es"] == "Servicios de Protección para Adultos (del condado)");
    BOOST_TEST(labels["ca-law-enforcement"]["es"] == "Departamento de policía o del sheriff (no la policía escolar)");
    BOOST_TEST(labels["ca-county-probation"]["es"] ==
               "Departamento de libertad condicional del condado (donde el condado lo designe)");
    BOOST_TEST(harness.plugin().agencyTranslations.size() == harness.plugin().agencies.size());
}

BOOST_AUTO_TEST_CASE(every_unverified_fact_is_a_labelled_setting) {
    const auto settings = harness.plugin().api->settings();
    BOOST_TEST_REQUIRE(settings.isOk());
    std::map<std::string, Setting> byKey;
    for (const Setting& s : settings.value()) {
        BOOST_TEST(!s.label.empty(), s.key);
        BOOST_TEST(!s.description.empty(), s.key);
        BOOST_TEST(!s.source.empty(), s.key);
        BOOST_TEST(!s.verified, s.key);
        byKey[s.key] = s;
    }
    const std::pair<std::string, std::string> expected[] = {
        {"california-medi-cal.elder-age", "60"},
        {"california-medi-cal.peer-is-mandated-reporter", "true"},
        {"california-medi-cal.immediate-report-limit-hours", "24"},
        {"california-medi-cal.confirmation-number-after-hours", "48"},
        {"california-medi-cal.gift-threshold", ""},
        {"california-medi-cal.cmia-authorization-checks", "true"},
        {"california-medi-cal.extra-holidays", ""},
        {"california-medi-cal.removed-holidays", ""},
        {"california-medi-cal.county-child-welfare-phone", ""},
    };
    BOOST_TEST(byKey.size() == std::size(expected));
    for (const auto& [key, value] : expected) {
        BOOST_TEST_REQUIRE(byKey.count(key) == 1u, key);
        BOOST_TEST(byKey[key].defaultValue == value, key);
    }
    BOOST_TEST(byKey["california-medi-cal.elder-age"].type == "number");
    BOOST_TEST(byKey["california-medi-cal.peer-is-mandated-reporter"].type == "boolean");
    BOOST_TEST(byKey["california-medi-cal.immediate-report-limit-hours"].type == "hours");
    BOOST_TEST(byKey["california-medi-cal.confirmation-number-after-hours"].type == "hours");
}

BOOST_AUTO_TEST_CASE(every_compliance_rule_cites_its_statute) {
    const auto rules = harness.plugin().api->complianceRules();
    BOOST_TEST_REQUIRE(rules.isOk());
    std::map<std::string, std::string> sources;
    for (const ComplianceRuleInfo& r : rules.value())
        sources[r.id] = r.source;
    BOOST_TEST(sources.size() == 5u);
    BOOST_TEST(sources["california-medi-cal.ss8572-deadline"] == "Penal Code 11166(a)");
    BOOST_TEST(sources["california-medi-cal.soc341-deadline"] == "WIC 15630");
    BOOST_TEST(sources["california-medi-cal.immediate-report-limit"].find("Penal Code 11166(a)") != std::string::npos);
    BOOST_TEST(sources["california-medi-cal.confirmation-number"].find("setting") != std::string::npos);
    BOOST_TEST(sources["california-medi-cal.referral-consent"].find("WIC 5328") != std::string::npos);
    const auto natives = harness.plugin().api->nativeRules();
    BOOST_TEST_REQUIRE(natives.isOk());
    BOOST_TEST_REQUIRE(natives.value().size() == 1u);
    BOOST_TEST(natives.value().front().name == "california-medi-cal.report-routing");
}

BOOST_AUTO_TEST_SUITE_END()
