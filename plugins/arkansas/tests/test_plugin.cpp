// What the Arkansas plugin tells the host about itself: identity, forms, rules, settings.
#include "arkansas_fixture.h"

#include <map>
#include <set>

using namespace parity::arkansas::test;

BOOST_FIXTURE_TEST_SUITE(ArkansasPlugin, ArkansasFixture)

BOOST_AUTO_TEST_CASE(identity_and_forms) {
    const parity::LoadedPlugin& p = harness.plugin();
    BOOST_TEST(p.identity.id == "arkansas");
    BOOST_TEST(p.identity.stateCode == "AR");
    BOOST_TEST(p.identity.timeZone == "America/Chicago");
    for (const char* id : {"arkansas.consent", "arkansas.referral", "arkansas.abuse-report"}) {
        const parity::CatalogForm* form = harness.catalog().find(id);
        BOOST_TEST_REQUIRE(form != nullptr, id);
        BOOST_TEST(form->pluginId == "arkansas");
        BOOST_TEST(form->form->definition().version == "1.0.0");
        BOOST_TEST(form->form->definition().jurisdiction == "arkansas");
        const std::vector<std::string> languages{"en", "es"};
        BOOST_TEST(form->form->definition().languages == languages, boost::test_tools::per_element());
    }
    BOOST_TEST(harness.catalog().find("arkansas.consent")->form->definition().extends == "core.consent");
    BOOST_TEST(harness.catalog().find("arkansas.referral")->form->definition().extends == "core.referral");
    BOOST_TEST(harness.catalog().find("arkansas.abuse-report")->form->definition().extends == "core.abuse-report");
}

BOOST_AUTO_TEST_CASE(native_rules_are_registered) {
    auto rules = harness.plugin().api->nativeRules();
    BOOST_TEST_REQUIRE(rules.isOk());
    std::set<std::string> names;
    for (const auto& r : rules.value()) {
        names.insert(r.name);
        BOOST_TEST(!r.description.empty());
    }
    BOOST_TEST(names == (std::set<std::string>{"arkansas.abuse-report-routing", "arkansas.long-term-care-reports"}));
}

BOOST_AUTO_TEST_CASE(compliance_rules_cite_their_statute) {
    auto rules = harness.plugin().api->complianceRules();
    BOOST_TEST_REQUIRE(rules.isOk());
    std::set<std::string> ids;
    for (const auto& r : rules.value()) {
        ids.insert(r.id);
        BOOST_TEST(r.id.rfind("arkansas.", 0) == 0u, r.id);
        BOOST_TEST(!r.description.empty(), r.id);
        BOOST_TEST(!r.source.empty(), r.id);
    }
    BOOST_TEST(ids == (std::set<std::string>{"arkansas.immediate-report-delay", "arkansas.confirmation-number",
                                              "arkansas.adult-report-deadline", "arkansas.child-hotline-disposition",
                                              "arkansas.referral-consent-on-file",
                                              "arkansas.referral-services-ending-notified"}));
    for (const auto& r : rules.value()) {
        if (r.id == "arkansas.adult-report-deadline")
            BOOST_TEST(r.source == "A.C.A. 12-12-1708; A.C.A. 5-28-110(e)");
        if (r.id == "arkansas.child-hotline-disposition")
            BOOST_TEST(r.source == "A.C.A. 12-8-509");
    }
}

BOOST_AUTO_TEST_CASE(unverified_facts_are_labelled_settings) {
    auto settings = harness.plugin().api->settings();
    BOOST_TEST_REQUIRE(settings.isOk());
    std::map<std::string, parity::Setting> byKey;
    for (const parity::Setting& s : settings.value()) {
        byKey[s.key] = s;
        BOOST_TEST(!s.label.empty(), s.key);
        BOOST_TEST(!s.description.empty(), s.key);
        BOOST_TEST(!s.source.empty(), s.key);
        BOOST_TEST(!s.verified, s.key);
    }
    BOOST_TEST_REQUIRE(byKey.count("arkansas.minor-consent-age") == 1u);
    BOOST_TEST(byKey["arkansas.minor-consent-age"].type == "number");
    BOOST_TEST(byKey["arkansas.minor-consent-age"].defaultValue == "18");
    BOOST_TEST(byKey["arkansas.minor-consent-age"].source.find("A.C.A. 20-9-602(7)") != std::string::npos);
    BOOST_TEST(byKey["arkansas.immediate-report-limit-hours"].type == "hours");
    BOOST_TEST(byKey["arkansas.immediate-report-limit-hours"].defaultValue == "24");
    BOOST_TEST(byKey["arkansas.confirmation-number-after-hours"].type == "hours");
    BOOST_TEST(byKey["arkansas.confirmation-number-after-hours"].defaultValue == "24");
    BOOST_TEST(byKey["arkansas.extra-holidays"].type == "text");
    BOOST_TEST(byKey["arkansas.extra-holidays"].defaultValue == "");
    BOOST_TEST(byKey["arkansas.removed-holidays"].type == "text");
    BOOST_TEST(byKey["arkansas.removed-holidays"].source.find("UNVERIFIED") != std::string::npos);
    BOOST_TEST(byKey["arkansas.business-day-ends-at"].defaultValue == "23:59:59");
    BOOST_TEST(byKey["arkansas.risk-supervisor-limit-hours"].defaultValue == "1");
}

BOOST_AUTO_TEST_CASE(agency_directory_has_the_statutory_numbers) {
    std::map<std::string, parity::ReportingAgency> byCode;
    for (const auto& a : harness.plugin().agencies)
        byCode[a.code] = a;
    BOOST_TEST(byCode["ar-child-hotline"].phone == "1-800-482-5964");
    BOOST_TEST(byCode["ar-child-hotline"].tdd == "1-800-843-6349");
    BOOST_TEST(!byCode["ar-child-hotline"].online.empty());
    BOOST_TEST(byCode["ar-adult-protective-services"].phone == "1-800-482-8049");
    BOOST_TEST(byCode.count("ar-law-enforcement") == 1u);
    BOOST_TEST(byCode.count("ar-office-of-long-term-care") == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
