// arkansas.consent: minors need a guardian's signature (setting arkansas.minor-consent-age),
// no gifts, no prior sexual relationship, revocation recorded by amendment.
#include "arkansas_fixture.h"

using namespace parity::arkansas::test;
using parity::test::PluginHarness;

namespace {

constexpr const char* MinorMessage = "The person is a minor: in Arkansas a parent or legal guardian must sign this consent too. "
                           "Enter the guardian's name and have them sign.";

nlohmann::json minorConsent(const std::string& dob) {
    nlohmann::json a = ArkansasFixture::example("consent");
    a["client_dob"] = dob;
    return a;
}

nlohmann::json withGuardian(nlohmann::json a) {
    a["guardian_name"] = "Pat Ficticio Whitfield";
    a["guardian_relationship"] = "Mother";
    a["guardian_signature"] = "Pat Ficticio Whitfield";
    return a;
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(ArkansasConsent, ArkansasFixture)

BOOST_AUTO_TEST_CASE(minor_without_guardian_is_refused) {
    // 15 years old on the day of signing (2026-04-14).
    const auto found = issues("consent", minorConsent("2010-09-01"), "arkansas.minor-guardian-signature");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].isError());
    BOOST_TEST(found[0].fieldId == "guardian_signature");
    BOOST_TEST(found[0].message == MinorMessage);
}

BOOST_AUTO_TEST_CASE(minor_with_guardian_name_but_no_signature_is_refused) {
    nlohmann::json a = withGuardian(minorConsent("2010-09-01"));
    a.erase("guardian_signature");
    BOOST_TEST(contains(errors("consent", a), "arkansas.minor-guardian-signature"));
}

BOOST_AUTO_TEST_CASE(minor_with_guardian_passes) {
    BOOST_TEST(errors("consent", withGuardian(minorConsent("2010-09-01"))).empty());
}

BOOST_AUTO_TEST_CASE(minor_message_in_spanish) {
    const auto found = issues("consent", minorConsent("2010-09-01"), "arkansas.minor-guardian-signature", AsOf, "es");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].message == "La persona es menor de edad: en Arkansas el padre, la madre o el tutor legal "
                                   "también debe firmar este consentimiento. Anote el nombre del tutor y pídale que firme.");
}

BOOST_AUTO_TEST_CASE(age_counts_on_the_day_of_signing) {
    // 17 when signing on 2026-04-14, 18 by the time the record is checked (2026-11-02).
    BOOST_TEST(contains(errors("consent", minorConsent("2008-04-15")), "arkansas.minor-guardian-signature"));
    // 18 on the day of signing: no guardian needed.
    BOOST_TEST(errors("consent", minorConsent("2008-04-14")).empty());
}

BOOST_AUTO_TEST_CASE(the_agency_setting_moves_the_age) {
    setSetting("arkansas.minor-consent-age", "16");
    BOOST_TEST(errors("consent", minorConsent("2009-09-01")).empty());   // 16
    BOOST_TEST(contains(errors("consent", minorConsent("2010-09-01")), "arkansas.minor-guardian-signature"));   // 15
}

BOOST_AUTO_TEST_CASE(the_core_guardian_warning_gives_way_to_the_arkansas_rule) {
    // arkansas.minor-guardian-signature supersedes the core warning consent.minor-guardian:
    // the clerk reads Arkansas's rule once, and the agency's age is the only threshold.
    auto everyId = [&](const nlohmann::json& answers) {
        std::vector<std::string> ids;
        for (const auto& issue : validate("consent", answers))
            ids.push_back(issue.ruleId);
        return ids;
    };
    // 17 on the day of signing (2026-04-14): the Arkansas error alone.
    BOOST_TEST(everyId(minorConsent("2008-04-15")) == std::vector<std::string>{"arkansas.minor-guardian-signature"},
               boost::test_tools::per_element());
    // With the age set to 16, a 16-year-old signs alone: no error, and no core "under 18" warning.
    setSetting("arkansas.minor-consent-age", "16");
    BOOST_TEST(everyId(minorConsent("2009-09-01")).empty());
    BOOST_TEST(everyId(minorConsent("2010-09-01")) == std::vector<std::string>{"arkansas.minor-guardian-signature"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(date_of_birth_is_required_in_arkansas) {
    nlohmann::json a = example("consent");
    a.erase("client_dob");
    const auto found = issues("consent", a, "required");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].fieldId == "client_dob");
}

BOOST_AUTO_TEST_CASE(gifts_rule_must_be_explained) {
    nlohmann::json a = example("consent");
    a["no_gifts_explained"] = false;
    const auto found = issues("consent", a, "arkansas.no-gifts-explained");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].isError());
    BOOST_TEST(found[0].message == "Explain the Arkansas rule on gifts (none given or accepted, whatever the value), "
                                   "then tick this box.");
    a.erase("no_gifts_explained");
    BOOST_TEST(contains(errors("consent", a), "required"));
}

BOOST_AUTO_TEST_CASE(prior_sexual_relationship_blocks_services) {
    nlohmann::json a = example("consent");
    a["prior_sexual_relationship"] = true;
    const auto found = issues("consent", a, "arkansas.no-prior-sexual-relationship");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].isError());
    BOOST_TEST(found[0].message == "The Arkansas peer code does not allow a peer to serve someone they had a sexual "
                                   "relationship with. Assign a different peer and fill in the consent with that peer.");
    a.erase("prior_sexual_relationship");
    BOOST_TEST(contains(errors("consent", a), "required"));
}

BOOST_AUTO_TEST_CASE(revocation_cannot_precede_signing) {
    nlohmann::json a = example("consent");
    a["roi_revoked_at"] = "2026-04-13T09:00:00-05:00";
    const auto found = issues("consent", a, "arkansas.revoked-after-signed");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].message == "The cancellation (2026-04-13T09:00:00-05:00) cannot be earlier than when the "
                                   "release was signed. Check both dates and times.");
    a["roi_revoked_at"] = "2026-08-20T11:00:00-05:00";
    BOOST_TEST(errors("consent", a).empty());
}

BOOST_AUTO_TEST_SUITE_END()
