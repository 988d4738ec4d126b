// Compliance rules over consents: a referral that shares information needs a release on
// file (signed before it, not expired, not revoked), and the initial-assessment exception
// for a child under 14 ends (NMSA 32A-6A-14, -15).
#include "nm_test_support.h"

using namespace nm_test;

namespace {

const std::string kConsent = "new-mexico.consent";
const std::string kReferral = "new-mexico.referral";

/// The referral example (client NM-C-3107, signed 2026-09-02 15:40).
nlohmann::json referral() { return PluginHarness::example(kReferral); }
/// The consent example (client NM-C-3107, signed 2026-04-13, release until 2027-04-13).
nlohmann::json consent() { return PluginHarness::example(kConsent); }

std::vector<parity::AuditFinding> consentFindings(PluginHarness& h, const std::string& language = "en") {
    return PluginHarness::findings(h.audit("2026-11-02T09:00", language), "new-mexico.consent-on-file");
}

const std::string kNotCovered = "This referral (2026-09-02) shares information about client NM-C-3107, but no release "
                                "on file covers it: a signed consent with a release of information, signed before the "
                                "referral, not expired and not revoked.";

/// A 12-year-old served under the initial-assessment exception from 1 to 14 October 2026.
nlohmann::json exceptionConsent() {
    nlohmann::json answers = with(consent(), {{"client_id", "NM-C-5120"},
                                              {"client_name", "Lucía Ficticia Ejemplo"},
                                              {"client_dob", "2014-03-01"},
                                              {"release_of_information", false},
                                              {"initial_assessment_exception", true},
                                              {"assessment_clinician_name", "Dr. Rosa Ficticia, LPCC"},
                                              {"assessment_clinician_license", "LPCC 0000-FICTIONAL"},
                                              {"assessment_start", "2026-10-01"},
                                              {"assessment_end", "2026-10-14"},
                                              {"assessment_only_acknowledged", true},
                                              {"signed_by", "Lucía Ficticia Ejemplo"},
                                              {"signed_at", "2026-10-01T10:00:00-06:00"}});
    for (const char* field : {"roi_discloser", "roi_recipient", "roi_purpose", "roi_use", "roi_information",
                              "roi_expires", "roi_revocation_notice", "roi_refusal_consequence_explained",
                              "roi_redisclosure_notice"})
        answers.erase(field);
    return answers;
}

std::vector<parity::AuditFinding> exceptionFindings(PluginHarness& h, const std::string& asOf,
                                                    const std::string& language = "en") {
    return PluginHarness::findings(h.audit(asOf, language), "new-mexico.initial-assessment-exception");
}

} // namespace

BOOST_AUTO_TEST_SUITE(ConsentOnFileAudit)

BOOST_AUTO_TEST_CASE(a_referral_with_no_consent_on_file_is_a_violation) {
    PluginHarness h("new-mexico");
    const auto id = h.submit(kReferral, referral());
    const auto found = consentFindings(h);
    BOOST_REQUIRE_EQUAL(found.size(), 1u);
    BOOST_TEST(found.front().finding.recordId == id);
    BOOST_TEST(!found.front().finding.warning);
    BOOST_TEST(found.front().finding.clientId == "NM-C-3107");
    BOOST_TEST(found.front().finding.message ==
               kNotCovered + " No consent with a release of information is on file for this client.");
}

BOOST_AUTO_TEST_CASE(a_valid_new_mexico_consent_covers_it) {
    PluginHarness h("new-mexico");
    h.submit(kConsent, consent());
    h.submit(kReferral, referral());
    BOOST_TEST(consentFindings(h).empty());
}

BOOST_AUTO_TEST_CASE(a_valid_core_consent_covers_it) {
    PluginHarness h("new-mexico");
    h.submit("core.consent", with(PluginHarness::example("core.consent"), {{"client_id", "NM-C-3107"}}));
    h.submit(kReferral, referral());
    BOOST_TEST(consentFindings(h).empty());
}

BOOST_AUTO_TEST_CASE(another_clients_consent_does_not) {
    PluginHarness h("new-mexico");
    h.submit(kConsent, with(consent(), {{"client_id", "NM-C-9999"}}));
    h.submit(kReferral, referral());
    BOOST_TEST(consentFindings(h).size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_consent_without_a_release_does_not) {
    PluginHarness h("new-mexico");
    nlohmann::json noRelease = with(consent(), {{"release_of_information", false}});
    for (const char* field : {"roi_discloser", "roi_recipient", "roi_purpose", "roi_use", "roi_information",
                              "roi_expires", "roi_revocation_notice", "roi_refusal_consequence_explained",
                              "roi_redisclosure_notice"})
        noRelease.erase(field);
    h.submit(kConsent, noRelease);
    h.submit(kReferral, referral());
    const auto found = consentFindings(h);
    BOOST_REQUIRE_EQUAL(found.size(), 1u);
    BOOST_TEST(found.front().finding.message ==
               kNotCovered + " No consent with a release of information is on file for this client.");
}

BOOST_AUTO_TEST_CASE(an_expired_release_does_not) {
    PluginHarness h("new-mexico");
    const auto consentId = h.submit(kConsent, with(consent(), {{"roi_expires", "2026-09-01"}}));
    h.submit(kReferral, referral());
    const auto found = consentFindings(h);
    BOOST_REQUIRE_EQUAL(found.size(), 1u);
    BOOST_TEST(found.front().finding.message == kNotCovered + " The latest release on file (record " +
                                                    std::to_string(consentId) + ") expired on 2026-09-01.");
}

BOOST_AUTO_TEST_CASE(a_release_expiring_on_the_day_of_the_referral_still_covers_it) {
    PluginHarness h("new-mexico");
    h.submit(kConsent, with(consent(), {{"roi_expires", "2026-09-02"}}));
    h.submit(kReferral, referral());
    BOOST_TEST(consentFindings(h).empty());
}

BOOST_AUTO_TEST_CASE(a_release_revoked_before_the_referral_does_not) {
    PluginHarness h("new-mexico");
    const auto consentId = h.submit(kConsent, consent());
    h.records().amend(consentId,
                      with(consent(), {{"roi_revoked_at", "2026-08-20T09:00:00-06:00"}, {"roi_revocation_method", "in_writing"}}),
                      "The person cancelled the release in writing", "clerk");
    h.submit(kReferral, referral());
    const auto found = consentFindings(h);
    BOOST_REQUIRE_EQUAL(found.size(), 1u);
    BOOST_TEST(found.front().finding.message == kNotCovered + " The latest release on file (record " +
                                                    std::to_string(consentId) + ") was revoked on 2026-08-20.");
}

BOOST_AUTO_TEST_CASE(a_release_revoked_after_the_referral_still_covers_it) {
    PluginHarness h("new-mexico");
    const auto consentId = h.submit(kConsent, consent());
    h.records().amend(consentId,
                      with(consent(), {{"roi_revoked_at", "2026-09-10T09:00:00-06:00"}, {"roi_revocation_method", "spoken"}}),
                      "The person cancelled the release by phone", "clerk");
    h.submit(kReferral, referral());
    BOOST_TEST(consentFindings(h).empty());
}

BOOST_AUTO_TEST_CASE(a_release_signed_after_the_referral_does_not) {
    PluginHarness h("new-mexico");
    const auto consentId = h.submit(kConsent, with(consent(), {{"signed_at", "2026-09-05T10:00:00-06:00"}}));
    h.submit(kReferral, referral());
    const auto found = consentFindings(h, "es");
    BOOST_REQUIRE_EQUAL(found.size(), 1u);
    BOOST_TEST(found.front().finding.message ==
               "Esta derivación (2026-09-02) comparte información sobre el cliente NM-C-3107, pero ninguna autorización "
               "registrada la cubre: un consentimiento firmado con autorización para divulgar, firmado antes de la "
               "derivación, vigente y no revocado. La autorización más reciente (registro " +
                   std::to_string(consentId) + ") se firmó después de la derivación.");
}

BOOST_AUTO_TEST_CASE(a_referral_that_shares_nothing_needs_no_release) {
    PluginHarness h("new-mexico");
    h.submit(kReferral, with(referral(), {{"information_disclosed", false}, {"information_shared", nullptr}}));
    BOOST_TEST(consentFindings(h).empty());
}

BOOST_AUTO_TEST_CASE(an_earlier_referral_that_lists_what_it_shared_is_checked) {
    PluginHarness h("new-mexico");
    storeAsEarlierVersion(h, kReferral, with(referral(), {{"information_disclosed", nullptr}}));
    BOOST_TEST(consentFindings(h).size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(InitialAssessmentExceptionAudit)

BOOST_AUTO_TEST_CASE(a_warning_until_the_exception_ends_then_a_violation) {
    PluginHarness h("new-mexico");
    const auto id = h.submit(kConsent, exceptionConsent());
    const auto open = exceptionFindings(h, "2026-10-14T23:00");
    BOOST_REQUIRE_EQUAL(open.size(), 1u);
    BOOST_TEST(open.front().finding.recordId == id);
    BOOST_TEST(open.front().finding.warning);
    BOOST_TEST(open.front().finding.due == "2026-10-14T23:59:59-06:00");
    BOOST_TEST(open.front().finding.message ==
               "Client NM-C-5120 is under 14 and is served under the initial-assessment exception, which ends on "
               "2026-10-14. Get the legal custodian's signed consent before then (NMSA 32A-6A-14, -15).");

    const auto ended = exceptionFindings(h, "2026-10-15T00:30");
    BOOST_REQUIRE_EQUAL(ended.size(), 1u);
    BOOST_TEST(!ended.front().finding.warning);
    BOOST_TEST(ended.front().finding.message ==
               "The initial-assessment exception for client NM-C-5120, who is under 14, ended on 2026-10-14, and no "
               "consent signed by the legal custodian is on file since. Serve the client again only once the custodian "
               "consents (NMSA 32A-6A-14, -15).");
}

BOOST_AUTO_TEST_CASE(the_custodians_later_consent_clears_it) {
    PluginHarness h("new-mexico");
    h.submit(kConsent, exceptionConsent());
    h.submit(kConsent, with(exceptionConsent(), {{"initial_assessment_exception", false},
                                                 {"assessment_clinician_name", nullptr},
                                                 {"assessment_clinician_license", nullptr},
                                                 {"assessment_start", nullptr},
                                                 {"assessment_end", nullptr},
                                                 {"assessment_only_acknowledged", nullptr},
                                                 {"guardian_name", "Ana Ficticia Ejemplo"},
                                                 {"guardian_signature", "Ana Ficticia Ejemplo"},
                                                 {"signed_at", "2026-10-10T16:00:00-06:00"}}));
    BOOST_TEST(exceptionFindings(h, "2026-10-14T23:00").empty());
    BOOST_TEST(exceptionFindings(h, "2026-10-15T00:30").empty());
}

BOOST_AUTO_TEST_CASE(the_violation_in_spanish) {
    PluginHarness h("new-mexico");
    h.submit(kConsent, exceptionConsent());
    const auto ended = exceptionFindings(h, "2026-10-15T00:30", "es");
    BOOST_REQUIRE_EQUAL(ended.size(), 1u);
    BOOST_TEST(ended.front().finding.message ==
               "La excepción de evaluación inicial del cliente NM-C-5120, menor de 14 años, terminó el 2026-10-14 y "
               "desde entonces no se ha registrado ningún consentimiento firmado por su custodio legal. Vuelva a "
               "atender al cliente solo cuando el custodio dé su consentimiento (NMSA 32A-6A-14, -15).");
}

BOOST_AUTO_TEST_SUITE_END()
