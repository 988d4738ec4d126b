// california-medi-cal.consent: minor consent (Family Code 6924 / H&S 124260 as amended
// by AB 665), threshold-language help (DHCS APL 21-004), the CMIA copy (setting), and
// the revocation field the referral audit reads.
#include "california_fixture.h"

using namespace parity;
using namespace parity::test;
using namespace parity::test::california;

namespace {

/// The example consent, for a person born on `dob` (signed 2026-05-04), no guardian.
nlohmann::json consentFor(const std::string& dob) {
    auto answers = PluginHarness::example(kConsent);
    answers["client_dob"] = dob;
    answers["client_name"] = "Sam Minor Placeholder";
    answers["signed_by"] = "Sam Minor Placeholder";
    return answers;
}

void addGuardian(nlohmann::json& answers) {
    answers["guardian_name"] = "Pat Guardian Placeholder";
    answers["guardian_relationship"] = "Mother";
    answers["guardian_signature"] = "Pat Guardian Placeholder";
}

void addProfessional(nlohmann::json& answers) {
    answers["professional_name"] = "Dr. Alex Fictional";
    answers["professional_license"] = "LCSW 00000 (fictional)";
    answers["professional_maturity_finding"] = true;
    answers["parent_involvement_decision"] = "not_involved";
    answers["parent_involvement_rationale"] =
        "The minor described a parent's violence at home; contacting the parents now could put the minor at risk.";
}

const std::string kUnder12Message =
    "The person is under 12: in California a parent or guardian must consent and sign for them. A child under 12 "
    "cannot consent on their own.";
const std::string kProfessionalIdMessage =
    "The person is 12 to 17 and no parent or guardian has signed. They may consent on their own only if a licensed "
    "professional found them mature enough: record the professional's name and license, or have a parent or "
    "guardian sign.";

} // namespace

BOOST_FIXTURE_TEST_SUITE(CaliforniaConsent, CaliforniaFixture)

BOOST_AUTO_TEST_CASE(under_12_without_a_guardian_is_refused) {
    const auto issues = validate(kConsent, consentFor("2015-09-01"));   // 10 when signed
    BOOST_TEST(errorIds(issues) == "california-medi-cal.minor-under-12-guardian", described(issues));
    const auto issue = onlyIssue(issues, "california-medi-cal.minor-under-12-guardian");
    BOOST_TEST(issue.fieldId == "guardian_signature");
    BOOST_TEST(issue.message == kUnder12Message);
}

BOOST_AUTO_TEST_CASE(under_12_message_in_spanish) {
    const auto issue =
        onlyIssue(validate(kConsent, consentFor("2015-09-01"), "es"), "california-medi-cal.minor-under-12-guardian");
    BOOST_TEST(issue.message == "La persona tiene menos de 12 años: en California su padre, madre o tutor debe dar el "
                                "consentimiento y firmar. Un menor de 12 años no puede dar su consentimiento por sí solo.");
}

BOOST_AUTO_TEST_CASE(under_12_with_a_guardian_passes) {
    auto answers = consentFor("2015-09-01");
    addGuardian(answers);
    const auto issues = validate(kConsent, answers);
    BOOST_TEST(errorIds(issues).empty(), described(issues));
}

BOOST_AUTO_TEST_CASE(a_professional_finding_does_not_replace_the_guardian_under_12) {
    auto answers = consentFor("2015-09-01");
    addProfessional(answers);   // not even shown under 12: a guardian is the only way
    const auto issues = validate(kConsent, answers);
    BOOST_TEST(hasIssue(issues, "california-medi-cal.minor-under-12-guardian"), described(issues));
}

BOOST_AUTO_TEST_CASE(twelve_to_seventeen_alone_needs_the_three_elements) {
    const auto issues = validate(kConsent, consentFor("2012-01-15"));   // 14 when signed
    BOOST_TEST(PluginHarness::errorRuleIds(issues).size() == 3u, described(issues));
    const auto id = onlyIssue(issues, "california-medi-cal.minor-professional-id");
    BOOST_TEST(id.fieldId == "professional_name");
    BOOST_TEST(id.message == kProfessionalIdMessage);
    BOOST_TEST(onlyIssue(issues, "california-medi-cal.minor-maturity-finding").message ==
               "A minor's own consent is valid only when the licensed professional has found them mature enough to "
               "take part intelligently. Without that finding, a parent or guardian must sign.");
    BOOST_TEST(onlyIssue(issues, "california-medi-cal.minor-parent-involvement").message ==
               "Record the licensed professional's decision on involving the parents or guardian, and the reasons "
               "they gave for it.");
    BOOST_TEST(!hasIssue(issues, "california-medi-cal.minor-under-12-guardian"));
}

BOOST_AUTO_TEST_CASE(twelve_to_seventeen_with_the_professional_elements_passes) {
    auto answers = consentFor("2012-01-15");
    addProfessional(answers);
    const auto issues = validate(kConsent, answers);
    BOOST_TEST(errorIds(issues).empty(), described(issues));
}

BOOST_AUTO_TEST_CASE(the_core_guardian_warning_gives_way_to_california_law) {
    // The California rules supersede the core warning consent.minor-guardian ("most states
    // want a guardian under 18"), which would be wrong for a 12-17-year-old's own consent.
    auto everyId = [](const std::vector<rules::ValidationIssue>& issues) {
        std::vector<std::string> ids;
        for (const auto& issue : issues)
            ids.push_back(issue.ruleId);
        return ids;
    };
    // Signed 2026-05-04. Born 2014-05-05: the day before the 12th birthday — a guardian,
    // as California's error, and not the core warning besides.
    const auto eleven = validate(kConsent, consentFor("2014-05-05"));
    BOOST_TEST(everyId(eleven) == std::vector<std::string>{"california-medi-cal.minor-under-12-guardian"},
               described(eleven));
    BOOST_TEST(onlyIssue(eleven, "california-medi-cal.minor-under-12-guardian").message == kUnder12Message);
    // Born 2014-05-04: 12 that day, consenting with the professional's finding: no issue at all.
    auto twelve = consentFor("2014-05-04");
    addProfessional(twelve);
    const auto issues = validate(kConsent, twelve);
    BOOST_TEST(issues.empty(), described(issues));
}

BOOST_AUTO_TEST_CASE(twelve_to_seventeen_with_a_guardian_needs_no_professional) {
    auto answers = consentFor("2012-01-15");
    addGuardian(answers);
    const auto issues = validate(kConsent, answers);
    BOOST_TEST(errorIds(issues).empty(), described(issues));
}

BOOST_AUTO_TEST_CASE(maturity_finding_must_be_positive) {
    auto answers = consentFor("2012-01-15");
    addProfessional(answers);
    answers["professional_maturity_finding"] = false;
    const auto issues = validate(kConsent, answers);
    BOOST_TEST(errorIds(issues) == "california-medi-cal.minor-maturity-finding", described(issues));
}

BOOST_AUTO_TEST_CASE(parent_involvement_needs_its_rationale) {
    auto answers = consentFor("2012-01-15");
    addProfessional(answers);
    answers["parent_involvement_rationale"] = "   ";
    const auto issues = validate(kConsent, answers);
    BOOST_TEST(hasIssue(issues, "california-medi-cal.minor-parent-involvement"), described(issues));
    answers["parent_involvement_rationale"] = "The parents will join the second session.";
    answers["parent_involvement_decision"] = "involved";
    BOOST_TEST(errorIds(validate(kConsent, answers)).empty());
}

BOOST_AUTO_TEST_CASE(the_peer_is_not_the_professional) {
    const std::string message =
        "The finding must come from a licensed mental health professional, not from the peer: a peer support "
        "certification is not a license. Record the licensed professional, or have a parent or guardian sign.";
    auto answers = consentFor("2012-01-15");
    addProfessional(answers);
    answers["professional_name"] = "JORDAN SAMPLEWOOD";   // the staff member who filled the form
    auto issues = validate(kConsent, answers);
    BOOST_TEST(errorIds(issues) == "california-medi-cal.minor-professional-not-peer", described(issues));
    BOOST_TEST(onlyIssue(issues, "california-medi-cal.minor-professional-not-peer").message == message);

    addProfessional(answers);
    answers["professional_license"] = "Medi-Cal Certified PEER Support Specialist";
    issues = validate(kConsent, answers);
    BOOST_TEST(errorIds(issues) == "california-medi-cal.minor-professional-not-peer", described(issues));
}

BOOST_AUTO_TEST_CASE(age_is_taken_when_the_consent_was_signed) {
    // 17 on 2026-05-04 when signed, 18 by the time it is validated (2026-11-02).
    const auto issues = validate(kConsent, consentFor("2008-07-01"));
    BOOST_TEST(hasIssue(issues, "california-medi-cal.minor-professional-id"), described(issues));
    // 18 on the day of signing: an adult.
    BOOST_TEST(errorIds(validate(kConsent, consentFor("2008-05-04"))).empty());
}

BOOST_AUTO_TEST_CASE(self_consent_starts_on_the_twelfth_birthday) {
    const auto twelve = validate(kConsent, consentFor("2014-05-04"));   // 12 that day
    BOOST_TEST(!hasIssue(twelve, "california-medi-cal.minor-under-12-guardian"));
    BOOST_TEST(hasIssue(twelve, "california-medi-cal.minor-professional-id"));
    const auto eleven = validate(kConsent, consentFor("2014-05-05"));   // 11 that day
    BOOST_TEST(errorIds(eleven) == "california-medi-cal.minor-under-12-guardian", described(eleven));
}

BOOST_AUTO_TEST_CASE(date_of_birth_is_required_in_california) {
    auto answers = PluginHarness::example(kConsent);
    answers.erase("client_dob");
    const auto issues = validate(kConsent, answers);
    BOOST_TEST(errorIds(issues) == "required", described(issues));
    BOOST_TEST(onlyIssue(issues, "required").fieldId == "client_dob");
}

BOOST_AUTO_TEST_CASE(another_language_needs_language_help) {
    auto answers = PluginHarness::example(kConsent);
    answers["preferred_language"] = "other";
    auto issues = validate(kConsent, answers);
    BOOST_TEST(errorIds(issues) == "required", described(issues));   // which language
    BOOST_TEST(onlyIssue(issues, "required").fieldId == "preferred_language_other");

    answers["preferred_language_other"] = "Tagalog";
    answers["language_help_arranged"] = false;
    issues = validate(kConsent, answers);
    BOOST_TEST(errorIds(issues).empty(), described(issues));
    BOOST_TEST(warningIds(issues) == "california-medi-cal.language-help");
    BOOST_TEST(onlyIssue(issues, "california-medi-cal.language-help").message ==
               "This form is in English and Spanish only. Before the person signs, arrange an interpreter or a "
               "translated form in their language, at no cost to them.");

    answers["language_help_arranged"] = true;
    BOOST_TEST(validate(kConsent, answers).empty());
}

BOOST_AUTO_TEST_CASE(cmia_copy_follows_the_agency_setting) {
    auto answers = PluginHarness::example(kConsent);
    answers.erase("roi_copy_offered");
    auto issues = validate(kConsent, answers);
    BOOST_TEST(errorIds(issues) == "california-medi-cal.cmia-copy-offered", described(issues));
    BOOST_TEST(onlyIssue(issues, "california-medi-cal.cmia-copy-offered").fieldId == "roi_copy_offered");

    setSetting("california-medi-cal.cmia-authorization-checks", "false");
    issues = validate(kConsent, answers);
    BOOST_TEST(errorIds(issues).empty(), described(issues));
}

BOOST_AUTO_TEST_CASE(no_release_means_no_release_checks) {
    auto answers = PluginHarness::example(kConsent);
    for (const char* field : {"roi_discloser", "roi_recipient", "roi_purpose", "roi_use", "roi_information",
                              "roi_expires", "roi_revocation_notice", "roi_refusal_consequence_explained",
                              "roi_redisclosure_notice", "roi_copy_offered"})
        answers.erase(field);
    answers["release_of_information"] = false;
    const auto issues = validate(kConsent, answers);
    BOOST_TEST(issues.empty(), described(issues));
}

BOOST_AUTO_TEST_CASE(revocation_time_is_checked) {
    auto answers = PluginHarness::example(kConsent);
    answers["roi_revoked_at"] = "2026-05-03T09:00:00-07:00";   // before it was signed
    auto issues = validate(kConsent, answers);
    BOOST_TEST(errorIds(issues) == "california-medi-cal.roi-revoked-after-signing", described(issues));

    answers["roi_revoked_at"] = "2026-11-03T09:00:00-08:00";   // after "now"
    issues = validate(kConsent, answers);
    BOOST_TEST(errorIds(issues) == "california-medi-cal.roi-revoked-not-future", described(issues));

    answers["roi_revoked_at"] = "2026-08-10T16:00:00-07:00";
    BOOST_TEST(validate(kConsent, answers).empty());
}

BOOST_AUTO_TEST_SUITE_END()
