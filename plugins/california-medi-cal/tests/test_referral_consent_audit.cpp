// The compliance audit california-medi-cal.referral-consent: a referral that shared
// information needs the client's signed, unexpired, unrevoked release (WIC 5328; CMIA;
// 42 CFR 2.31). Revocation is an amendment of the consent that fills in roi_revoked_at.
#include "california_fixture.h"

using namespace parity;
using namespace parity::test;
using namespace parity::test::california;

namespace {

const std::string kRule = "california-medi-cal.referral-consent";
const std::string kAuditAt = "2026-10-20T09:00";
const std::string kPrefix = "The referral of 2026-09-21 15:40 shared information about client CA-30512 without a "
                            "signed, unexpired, unrevoked release on file; ";

nlohmann::json consent() { return PluginHarness::example(kConsent); }
nlohmann::json referral() { return PluginHarness::example(kReferral); }

} // namespace

BOOST_FIXTURE_TEST_SUITE(CaliforniaReferralConsentAudit, CaliforniaFixture)

BOOST_AUTO_TEST_CASE(a_valid_release_covers_the_referral) {
    harness.submit(kConsent, consent());
    const auto id = harness.submit(kReferral, referral());
    BOOST_TEST(findingCount(harness.audit(kAuditAt), kRule, id) == 0u);
}

BOOST_AUTO_TEST_CASE(no_consent_on_file_is_a_violation) {
    auto other = consent();
    other["client_id"] = "CA-99999";   // someone else's release does not count
    harness.submit(kConsent, other);
    const auto id = harness.submit(kReferral, referral());
    const auto f = onlyFinding(harness.audit(kAuditAt), kRule, id);
    BOOST_TEST(!f.finding.warning);
    BOOST_TEST(f.finding.due.empty());
    BOOST_TEST(f.finding.clientId == "CA-30512");
    BOOST_TEST(f.source.find("WIC 5328") != std::string::npos);
    BOOST_TEST(f.finding.message == kPrefix + "there is no consent record for this client.");
    BOOST_TEST(onlyFinding(harness.audit(kAuditAt, "es"), kRule, id).finding.message ==
               "La derivación del 2026-09-21 15:40 compartió información del cliente CA-30512 sin una autorización "
               "firmada, vigente y no cancelada; no hay ningún consentimiento de este cliente.");
}

BOOST_AUTO_TEST_CASE(a_consent_without_a_release_does_not_cover_it) {
    auto answers = consent();
    for (const char* field : {"roi_discloser", "roi_recipient", "roi_purpose", "roi_use", "roi_information",
                              "roi_expires", "roi_revocation_notice", "roi_refusal_consequence_explained",
                              "roi_redisclosure_notice", "roi_copy_offered"})
        answers.erase(field);
    answers["release_of_information"] = false;
    const auto consentId = harness.submit(kConsent, answers);
    const auto id = harness.submit(kReferral, referral());
    BOOST_TEST(onlyFinding(harness.audit(kAuditAt), kRule, id).finding.message ==
               kPrefix + "consent record " + std::to_string(consentId) + " has no release of information.");
}

BOOST_AUTO_TEST_CASE(an_expired_release_does_not_cover_it) {
    auto answers = consent();
    answers["roi_expires"] = "2026-09-20";   // the day before the referral
    const auto consentId = harness.submit(kConsent, answers);
    const auto id = harness.submit(kReferral, referral());
    BOOST_TEST(onlyFinding(harness.audit(kAuditAt), kRule, id).finding.message ==
               kPrefix + "the release in consent record " + std::to_string(consentId) + " expired on 2026-09-20.");

    answers["roi_expires"] = "2026-09-21";   // still in force on the day of the referral
    harness.records().amend(consentId, answers, "Corrected end date from the signed paper copy", "clerk");
    BOOST_TEST(findingCount(harness.audit(kAuditAt), kRule, id) == 0u);
}

BOOST_AUTO_TEST_CASE(an_event_as_end_cannot_expire_here) {
    auto answers = consent();
    answers["roi_expires"] = "When I stop receiving peer support from Golden Poppy";
    harness.submit(kConsent, answers);
    const auto id = harness.submit(kReferral, referral());
    BOOST_TEST(findingCount(harness.audit(kAuditAt), kRule, id) == 0u);
}

BOOST_AUTO_TEST_CASE(a_revoked_release_does_not_cover_later_referrals) {
    auto answers = consent();
    const auto consentId = harness.submit(kConsent, answers);
    const auto id = harness.submit(kReferral, referral());
    BOOST_TEST(findingCount(harness.audit(kAuditAt), kRule, id) == 0u);

    answers["roi_revoked_at"] = "2026-09-01T10:00:00-07:00";
    harness.records().amend(consentId, answers, "The client cancelled the release in writing", "clerk");
    BOOST_TEST(onlyFinding(harness.audit(kAuditAt), kRule, id).finding.message ==
               kPrefix + "the release in consent record " + std::to_string(consentId) +
                   " was cancelled on 2026-09-01 10:00.");

    answers["roi_revoked_at"] = "2026-09-25T10:00:00-07:00";   // after the referral: it was covered then
    harness.records().amend(consentId, answers, "Date of the written cancellation corrected", "clerk");
    BOOST_TEST(findingCount(harness.audit(kAuditAt), kRule, id) == 0u);
}

BOOST_AUTO_TEST_CASE(a_release_signed_after_the_referral_does_not_cover_it) {
    auto answers = consent();
    answers["signed_at"] = "2026-09-22T10:00:00-07:00";
    const auto consentId = harness.submit(kConsent, answers);
    const auto id = harness.submit(kReferral, referral());
    BOOST_TEST(onlyFinding(harness.audit(kAuditAt), kRule, id).finding.message ==
               kPrefix + "the release in consent record " + std::to_string(consentId) +
                   " was signed after the referral.");
}

BOOST_AUTO_TEST_CASE(any_valid_release_of_the_client_is_enough) {
    auto expired = consent();
    expired["roi_expires"] = "2026-06-30";
    harness.submit(kConsent, expired);
    harness.submit(kConsent, consent());
    const auto id = harness.submit(kReferral, referral());
    BOOST_TEST(findingCount(harness.audit(kAuditAt), kRule, id) == 0u);
}

BOOST_AUTO_TEST_CASE(a_core_consent_counts) {
    harness.submit("core.consent", PluginHarness::example("core.consent"));   // client C-20431
    auto answers = referral();
    answers["client_id"] = "C-20431";
    const auto id = harness.submit(kReferral, answers);
    BOOST_TEST(findingCount(harness.audit(kAuditAt), kRule, id) == 0u);
}

BOOST_AUTO_TEST_CASE(a_referral_that_shared_nothing_needs_no_release) {
    auto answers = referral();
    answers["information_disclosed"] = false;
    answers.erase("information_shared");
    const auto id = harness.submit(kReferral, answers);
    BOOST_TEST(findingCount(harness.audit(kAuditAt), kRule, id) == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
