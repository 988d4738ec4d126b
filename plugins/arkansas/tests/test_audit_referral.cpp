// Compliance audit over Arkansas referrals: a release on file for each disclosure
// (42 CFR 2.31), and no services ending without telling the person (Arkansas peer code).
#include "arkansas_fixture.h"

using namespace parity::arkansas::test;

BOOST_FIXTURE_TEST_SUITE(ArkansasReferralConsentOnFile, ArkansasFixture)

constexpr const char* Rule = "arkansas.referral-consent-on-file";

constexpr const char* NoRelease = "This referral shared information about client AR-C-30518 on 2026-09-02 16:10, but no signed "
                        "release of information for them was on file (the referral names consent AR-2026-000412). "
                        "Stop sharing, tell your supervisor, and file the signed release if there is one.";
constexpr const char* Lapsed = "This referral shared information about client AR-C-30518 on 2026-09-02 16:10, but every release "
                     "on file for them had expired or been revoked by then (the referral names consent "
                     "AR-2026-000412). Stop sharing, tell your supervisor, and ask the person whether they want to "
                     "sign a new release.";

BOOST_AUTO_TEST_CASE(a_current_release_covers_the_referral) {
    submit("consent", example("consent"));
    submit("referral", example("referral"));
    BOOST_TEST(audit(Rule, AsOf).empty());
}

BOOST_AUTO_TEST_CASE(no_consent_on_file_is_a_violation) {
    const auto id = submit("referral", example("referral"));
    const auto found = audit(Rule, AsOf);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.recordId == id);
    BOOST_TEST(!found[0].finding.warning);
    BOOST_TEST(found[0].finding.due == "");
    BOOST_TEST(found[0].finding.message == NoRelease);
    BOOST_TEST(found[0].source.find("42 CFR 2.31") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(another_clients_consent_does_not_count) {
    nlohmann::json consent = example("consent");
    consent["client_id"] = "AR-C-99999";
    submit("consent", consent);
    submit("referral", example("referral"));
    BOOST_TEST(audit(Rule, AsOf).size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_consent_without_a_release_does_not_count) {
    nlohmann::json consent = example("consent");
    consent["release_of_information"] = false;
    for (const char* f : {"roi_discloser", "roi_recipient", "roi_purpose", "roi_use", "roi_information", "roi_expires",
                          "roi_revocation_notice", "roi_refusal_consequence_explained", "roi_redisclosure_notice"})
        consent.erase(f);
    submit("consent", consent);
    submit("referral", example("referral"));
    const auto found = audit(Rule, AsOf);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.message == NoRelease);
}

BOOST_AUTO_TEST_CASE(an_expired_release_does_not_count) {
    nlohmann::json consent = example("consent");
    consent["roi_expires"] = "2026-09-01";   // the day before the referral
    submit("consent", consent);
    submit("referral", example("referral"));
    auto found = audit(Rule, AsOf);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.message == Lapsed);
}

BOOST_AUTO_TEST_CASE(a_release_ending_on_the_day_still_covers_it) {
    nlohmann::json consent = example("consent");
    consent["roi_expires"] = "2026-09-02";
    submit("consent", consent);
    submit("referral", example("referral"));
    BOOST_TEST(audit(Rule, AsOf).empty());
}

BOOST_AUTO_TEST_CASE(a_release_ending_with_an_event_counts_as_unexpired) {
    nlohmann::json consent = example("consent");
    consent["roi_expires"] = "When I stop receiving peer support at Riverbend";
    submit("consent", consent);
    submit("referral", example("referral"));
    BOOST_TEST(audit(Rule, AsOf).empty());
}

BOOST_AUTO_TEST_CASE(a_revocation_amended_in_before_the_referral_counts) {
    nlohmann::json consent = example("consent");
    const auto consentId = submit("consent", consent);
    submit("referral", example("referral"));
    consent["roi_revoked_at"] = "2026-09-10T09:00:00-05:00";   // after the referral: it was covered
    harness.records().amend(consentId, consent, "The client revoked the release in writing", "clerk");
    BOOST_TEST(audit(Rule, AsOf).empty());
    consent["roi_revoked_at"] = "2026-08-20T11:00:00-05:00";   // before the referral
    harness.records().amend(consentId, consent, "Correct date of the written revocation", "clerk");
    const auto found = audit(Rule, AsOf);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.message == Lapsed);
}

BOOST_AUTO_TEST_CASE(a_release_signed_after_the_referral_does_not_count) {
    nlohmann::json consent = example("consent");
    consent["signed_at"] = "2026-09-03T10:00:00-05:00";
    submit("consent", consent);
    submit("referral", example("referral"));
    BOOST_TEST(audit(Rule, AsOf).size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_national_core_consent_counts) {
    nlohmann::json consent = parity::test::PluginHarness::example("core.consent");
    consent["client_id"] = "AR-C-30518";
    harness.submit("core.consent", consent);
    submit("referral", example("referral"));
    BOOST_TEST(audit(Rule, AsOf).empty());
}

BOOST_AUTO_TEST_CASE(a_referral_that_shares_nothing_is_not_checked) {
    nlohmann::json referral = example("referral");
    referral.erase("information_shared");
    submit("referral", referral);
    BOOST_TEST(audit(Rule, AsOf).empty());
}

BOOST_AUTO_TEST_CASE(message_in_spanish) {
    submit("referral", example("referral"));
    const auto found = audit(Rule, AsOf, "es");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.message ==
               "Esta derivación compartió información del cliente AR-C-30518 el 2026-09-02 16:10, pero no había "
               "ninguna autorización firmada archivada para esa persona (la derivación cita el consentimiento "
               "AR-2026-000412). Deje de compartir, avise a su supervisor y archive la autorización firmada si existe.");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(ArkansasReferralServicesEnding, ArkansasFixture)

constexpr const char* Rule = "arkansas.referral-services-ending-notified";

BOOST_AUTO_TEST_CASE(told_before_the_end_passes) {
    submit("referral", example("referral"));
    BOOST_TEST(audit(Rule, AsOf).empty());
}

BOOST_AUTO_TEST_CASE(told_after_the_end_is_a_violation) {
    nlohmann::json a = example("referral");
    a["person_notified_at"] = "2026-10-01T10:00:00-05:00";
    a["signed_at"] = "2026-10-01T10:30:00-05:00";
    const auto id = submit("referral", a);
    const auto found = audit(Rule, AsOf);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].finding.recordId == id);
    BOOST_TEST(!found[0].finding.warning);
    BOOST_TEST(found[0].finding.due == "2026-09-30T23:59:59-05:00");
    BOOST_TEST(found[0].finding.message == "The person was told on 2026-10-01 10:00, after their services ended on "
                                           "2026-09-30. They must be told before services end.");
}

BOOST_AUTO_TEST_CASE(not_told_is_a_warning_until_services_end_then_a_violation) {
    // A record from before the notification was required (stored as version 0.9.0).
    nlohmann::json a = example("referral");
    a.erase("person_notified_at");
    a["services_end_date"] = "2026-10-20";
    storeLegacy("referral", a);
    const auto before = audit(Rule, "2026-10-20T23:59");
    BOOST_TEST_REQUIRE(before.size() == 1u);
    BOOST_TEST(before[0].finding.warning);
    BOOST_TEST(before[0].finding.due == "2026-10-20T23:59:59-05:00");
    BOOST_TEST(before[0].finding.message == "Services end on 2026-10-20: tell the person before then and record when.");
    const auto after = audit(Rule, "2026-10-21T00:01");
    BOOST_TEST_REQUIRE(after.size() == 1u);
    BOOST_TEST(!after[0].finding.warning);
    BOOST_TEST(after[0].finding.message == "Services ended without a record that the person was told. Tell them, offer "
                                           "the referral, and amend the record with when you told them.");
}

BOOST_AUTO_TEST_CASE(other_reasons_are_not_checked) {
    nlohmann::json a = example("referral");
    a["referral_reason"] = "client_request";
    a.erase("services_end_date");
    a.erase("person_notified_at");
    submit("referral", a);
    BOOST_TEST(audit(Rule, AsOf).empty());
}

BOOST_AUTO_TEST_SUITE_END()
