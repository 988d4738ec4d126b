// The shipped example answers are complete and valid: no error and no warning.
#include "nm_test_support.h"

using namespace nm_test;

BOOST_AUTO_TEST_SUITE(Examples)

BOOST_AUTO_TEST_CASE(every_example_is_valid_with_no_issue) {
    PluginHarness h("new-mexico");
    for (const std::string form : {"new-mexico.consent", "new-mexico.referral", "new-mexico.abuse-report"}) {
        const auto issues = h.validate(form, PluginHarness::example(form), kAsOf);
        BOOST_TEST(issues.empty(), form << ":" << describe(issues));
    }
}

BOOST_AUTO_TEST_CASE(every_example_is_valid_in_spanish_too) {
    PluginHarness h("new-mexico");
    for (const std::string form : {"new-mexico.consent", "new-mexico.referral", "new-mexico.abuse-report"}) {
        const auto issues = h.validate(form, PluginHarness::example(form), kAsOf, "es");
        BOOST_TEST(issues.empty(), form << ":" << describe(issues));
    }
}

BOOST_AUTO_TEST_CASE(the_forms_extend_the_core_forms_with_the_agency_directory) {
    PluginHarness h("new-mexico");
    for (const std::string kind : {"consent", "referral", "abuse-report"}) {
        const auto* form = h.catalog().find("new-mexico." + kind);
        BOOST_REQUIRE_MESSAGE(form, "new-mexico." + kind + " is in the catalogue");
        BOOST_TEST(form->form->definition().extends == "core." + kind);
        BOOST_TEST(form->form->definition().version == "1.0.0");
    }
    const auto* report = h.catalog().find("new-mexico.abuse-report");
    const auto* agency = report->form->definition().field("agency");
    BOOST_REQUIRE(agency);
    BOOST_TEST(agency->choicesFromAgencies);
}

// SDK 1.1: the plugin names its agencies in Spanish; the form's agency list shows them so.
BOOST_AUTO_TEST_CASE(agency_choices_are_named_in_the_form_language) {
    PluginHarness h("new-mexico");
    auto labels = h.choiceLabels("new-mexico.abuse-report", "agency");
    BOOST_TEST_REQUIRE(labels.size() == 4u);
    BOOST_TEST(labels["nm-cyfd-statewide-central-intake"]["en"] == "CYFD Statewide Central Intake");
    BOOST_TEST(labels["nm-cyfd-statewide-central-intake"]["es"] == "Central de Admisión Estatal de CYFD");
    BOOST_TEST(labels["nm-adult-protective-services"]["es"] == "Servicios de Protección de Adultos de Nuevo México");
    BOOST_TEST(labels["nm-law-enforcement"]["es"] == "Policía o sheriff del lugar");
    BOOST_TEST(labels["nm-tribal"]["es"] == "Policía tribal o servicios sociales de la tribu");
    BOOST_TEST(h.plugin().agencyTranslations.size() == h.plugin().agencies.size());
    const auto english = h.plugin().agenciesIn("en");
    const auto spanish = h.plugin().agenciesIn("es");
    BOOST_TEST_REQUIRE(spanish.size() == english.size());
    for (std::size_t i = 0; i < spanish.size(); ++i) {
        BOOST_TEST(spanish[i].code == english[i].code);
        BOOST_TEST(spanish[i].phone == english[i].phone);     // only words are translated
        BOOST_TEST(spanish[i].covers != english[i].covers, spanish[i].code);
    }
}

BOOST_AUTO_TEST_CASE(the_examples_can_be_submitted_and_audited_clean) {
    PluginHarness h("new-mexico");
    for (const std::string form : {"new-mexico.consent", "new-mexico.referral", "new-mexico.abuse-report"})
        h.submit(form, PluginHarness::example(form));
    const auto report = h.audit("2026-11-02T09:00");
    BOOST_TEST(report.recordsChecked == 3u);
    std::string found;
    for (const auto& f : report.findings)
        found += "\n  " + f.finding.ruleId + ": " + f.finding.message;
    BOOST_TEST(report.findings.empty(), "findings:" << found);
}

BOOST_AUTO_TEST_SUITE_END()
