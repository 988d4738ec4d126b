// new-mexico.consent: who consents for a young person (NMSA 32A-6A-14, -15), the
// initial-assessment exception, and recording a cancelled release.
#include "nm_test_support.h"

using namespace nm_test;

namespace {

const std::string kForm = "new-mexico.consent";

/// A consent without a release, for a person born on `dob`, signed on `signedAt`.
nlohmann::json consentFor(const std::string& dob, const std::string& signedAt) {
    return with(PluginHarness::example(kForm),
                {{"client_id", "NM-C-5120"},
                 {"client_name", "Lucía Ficticia Ejemplo"},
                 {"client_dob", dob},
                 {"release_of_information", false},
                 {"roi_discloser", nullptr},
                 {"roi_recipient", nullptr},
                 {"roi_purpose", nullptr},
                 {"roi_use", nullptr},
                 {"roi_information", nullptr},
                 {"roi_expires", nullptr},
                 {"roi_revocation_notice", nullptr},
                 {"roi_refusal_consequence_explained", nullptr},
                 {"roi_redisclosure_notice", nullptr},
                 {"signed_by", "Lucía Ficticia Ejemplo"},
                 {"signed_at", signedAt}});
}

const nlohmann::json kCustodian = {{"guardian_name", "Ana Ficticia Ejemplo"},
                                   {"guardian_relationship", "Mother, legal custodian"},
                                   {"guardian_signature", "Ana Ficticia Ejemplo"}};

/// A 12-year-old, with the exception for a clinician's initial assessment of 13 days.
nlohmann::json underFourteenWithException() {
    return with(with(consentFor("2014-03-01", "2026-10-01T10:00:00-06:00"), {{"initial_assessment_exception", true}}),
                {{"assessment_clinician_name", "Dr. Rosa Ficticia, LPCC"},
                 {"assessment_clinician_license", "LPCC 0000-FICTIONAL"},
                 {"assessment_start", "2026-10-01"},
                 {"assessment_end", "2026-10-14"},
                 {"assessment_only_acknowledged", true}});
}

} // namespace

BOOST_AUTO_TEST_SUITE(ConsentForm)

BOOST_AUTO_TEST_CASE(date_of_birth_is_required) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(kForm, with(PluginHarness::example(kForm), {{"client_dob", nullptr}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(issues) == std::vector<std::string>{"required"}, describe(issues));
    BOOST_TEST(PluginHarness::withRule(issues, "required").front().fieldId == "client_dob");
}

BOOST_AUTO_TEST_CASE(under_14_without_custodian_is_refused_with_the_statute) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(kForm, with(consentFor("2014-03-01", "2026-10-01T10:00:00-06:00"),
                                               {{"initial_assessment_exception", false}}),
                                   kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(issues) ==
                   (std::vector<std::string>{"new-mexico.under-14-custodian-name",
                                             "new-mexico.under-14-custodian-signature"}),
               describe(issues));
    BOOST_TEST(messages(issues, "new-mexico.under-14-custodian-name") ==
               std::vector<std::string>{"The person is under 14. In New Mexico their legal custodian must consent for "
                                        "them (NMSA 32A-6A-14, -15): enter the custodian's name."});
    BOOST_TEST(messages(issues, "new-mexico.under-14-custodian-signature") ==
               std::vector<std::string>{"The person is under 14. In New Mexico their legal custodian must consent for "
                                        "them (NMSA 32A-6A-14, -15): the custodian must sign this form."});
}

BOOST_AUTO_TEST_CASE(under_14_without_custodian_in_spanish) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(kForm, with(consentFor("2014-03-01", "2026-10-01T10:00:00-06:00"),
                                               {{"initial_assessment_exception", false}}),
                                   kAsOf, "es");
    BOOST_TEST(messages(issues, "new-mexico.under-14-custodian-signature") ==
               std::vector<std::string>{"La persona es menor de 14 años. En Nuevo México, su custodio legal debe dar el "
                                        "consentimiento por ella (NMSA 32A-6A-14, -15): el custodio debe firmar este "
                                        "formulario."});
}

BOOST_AUTO_TEST_CASE(under_14_with_the_custodian_passes) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(
        kForm, with(with(consentFor("2014-03-01", "2026-10-01T10:00:00-06:00"), {{"initial_assessment_exception", false}}),
                    kCustodian),
        kAsOf);
    BOOST_TEST(issues.empty(), describe(issues));
}

BOOST_AUTO_TEST_CASE(under_14_must_say_whether_the_exception_applies) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(kForm, with(consentFor("2014-03-01", "2026-10-01T10:00:00-06:00"), kCustodian), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(issues) == std::vector<std::string>{"required"}, describe(issues));
    BOOST_TEST(PluginHarness::withRule(issues, "required").front().fieldId == "initial_assessment_exception");
}

BOOST_AUTO_TEST_CASE(age_is_counted_on_the_day_of_signing) {
    PluginHarness h("new-mexico");
    // Born 2012-10-20: 13 on 2026-10-19, 14 on 2026-10-20.
    const auto thirteen = h.validate(kForm, with(consentFor("2012-10-20", "2026-10-19T16:00:00-06:00"),
                                                 {{"initial_assessment_exception", false}}),
                                     kAsOf);
    BOOST_TEST(has(thirteen, "new-mexico.under-14-custodian-signature"), describe(thirteen));
    const auto fourteen = h.validate(kForm, consentFor("2012-10-20", "2026-10-20T09:00:00-06:00"), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(fourteen).empty(), describe(fourteen));
    BOOST_TEST(!has(fourteen, "new-mexico.under-14-custodian-signature"));
}

BOOST_AUTO_TEST_CASE(fourteen_and_older_sign_for_themselves) {
    PluginHarness h("new-mexico");
    // A 15-year-old whose parent signed instead of them.
    const auto parentOnly =
        h.validate(kForm, with(with(consentFor("2011-06-01", "2026-10-01T10:00:00-06:00"), kCustodian),
                               {{"signed_by", nullptr}}),
                   kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(parentOnly) == std::vector<std::string>{"new-mexico.minor-signs-own-consent"},
               describe(parentOnly));
    BOOST_TEST(messages(parentOnly, "new-mexico.minor-signs-own-consent") ==
               std::vector<std::string>{"The person is 14 or older: in New Mexico they consent for themselves (NMSA "
                                        "32A-6A-14, -15). They must sign this form; a parent's or guardian's signature "
                                        "does not replace theirs."});

    // The same 15-year-old alone: no custodian needed, and no warning either — the New
    // Mexico rules supersede the core form's "most states want a parent under 18".
    const auto alone = h.validate(kForm, consentFor("2011-06-01", "2026-10-01T10:00:00-06:00"), kAsOf);
    BOOST_TEST(alone.empty(), describe(alone));
}

BOOST_AUTO_TEST_CASE(the_core_guardian_warning_gives_way_to_the_age_of_14) {
    PluginHarness h("new-mexico");
    // Born 2012-10-01. The day before the 14th birthday: the custodian, as errors, and
    // not the core warning besides.
    const auto thirteen = h.validate(kForm, with(consentFor("2012-10-01", "2026-09-30T10:00:00-06:00"),
                                                 {{"initial_assessment_exception", false}}),
                                     kAsOf);
    std::vector<std::string> all;
    for (const auto& issue : thirteen)
        all.push_back(issue.ruleId);
    BOOST_TEST(all == (std::vector<std::string>{"new-mexico.under-14-custodian-name",
                                                "new-mexico.under-14-custodian-signature"}),
               describe(thirteen));
    // On the birthday: the young person signs alone, with no issue at all.
    const auto fourteen = h.validate(kForm, consentFor("2012-10-01", "2026-10-01T10:00:00-06:00"), kAsOf);
    BOOST_TEST(fourteen.empty(), describe(fourteen));
}

BOOST_AUTO_TEST_CASE(fourteen_and_older_may_release_their_own_records) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(
        kForm, with(PluginHarness::example(kForm), {{"client_dob", "2011-06-01"}, {"signed_at", "2026-10-01T10:00:00-06:00"}}),
        kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(issues).empty(), describe(issues));
}

BOOST_AUTO_TEST_CASE(the_initial_assessment_exception_passes_within_its_limits) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(kForm, underFourteenWithException(), kAsOf);
    // No issue: the core reminder about a parent is superseded by the New Mexico rules,
    // and the compliance audit follows the exception's end.
    BOOST_TEST(issues.empty(), describe(issues));
}

BOOST_AUTO_TEST_CASE(the_initial_assessment_lasts_at_most_14_days) {
    PluginHarness h("new-mexico");
    const std::string expected = "The initial assessment ends on 2026-10-16: it must end on or after its first day, and "
                                 "no more than 14 days after it (NMSA 32A-6A-14, -15).";
    const auto tooLong = h.validate(kForm, with(underFourteenWithException(), {{"assessment_end", "2026-10-16"}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(tooLong) == std::vector<std::string>{"new-mexico.assessment-at-most-14-days"},
               describe(tooLong));
    BOOST_TEST(messages(tooLong, "new-mexico.assessment-at-most-14-days") == std::vector<std::string>{expected});
    const auto exactly14 = h.validate(kForm, with(underFourteenWithException(), {{"assessment_end", "2026-10-15"}}), kAsOf);
    BOOST_TEST(!has(exactly14, "new-mexico.assessment-at-most-14-days"), describe(exactly14));
    const auto backwards = h.validate(kForm, with(underFourteenWithException(), {{"assessment_end", "2026-09-30"}}), kAsOf);
    BOOST_TEST(has(backwards, "new-mexico.assessment-at-most-14-days"), describe(backwards));
}

BOOST_AUTO_TEST_CASE(the_initial_assessment_names_the_clinician_and_its_limits) {
    PluginHarness h("new-mexico");
    const auto noClinician =
        h.validate(kForm, with(underFourteenWithException(), {{"assessment_clinician_name", nullptr}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(noClinician) == std::vector<std::string>{"required"}, describe(noClinician));
    BOOST_TEST(PluginHarness::withRule(noClinician, "required").front().fieldId == "assessment_clinician_name");

    const auto notExplained =
        h.validate(kForm, with(underFourteenWithException(), {{"assessment_only_acknowledged", false}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(notExplained) ==
                   std::vector<std::string>{"new-mexico.assessment-only-acknowledged"},
               describe(notExplained));
}

BOOST_AUTO_TEST_CASE(nothing_is_released_under_the_exception) {
    PluginHarness h("new-mexico");
    const nlohmann::json example = PluginHarness::example(kForm);
    nlohmann::json answers = underFourteenWithException();
    for (const char* field : {"release_of_information", "roi_discloser", "roi_recipient", "roi_purpose", "roi_use",
                              "roi_information", "roi_expires", "roi_revocation_notice",
                              "roi_refusal_consequence_explained", "roi_redisclosure_notice"})
        answers[field] = example[field];
    const auto issues = h.validate(kForm, answers, kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(issues) ==
                   std::vector<std::string>{"new-mexico.assessment-exception-no-release"},
               describe(issues));
    BOOST_TEST(messages(issues, "new-mexico.assessment-exception-no-release") ==
               std::vector<std::string>{"Under the initial-assessment exception nothing may be shared outside the "
                                        "agency: a release for a child under 14 needs the legal custodian's consent "
                                        "and signature (NMSA 32A-6A-14, -15)."});
    // With the custodian's consent, the same release is allowed.
    const auto withCustodian = h.validate(kForm, with(answers, kCustodian), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(withCustodian).empty(), describe(withCustodian));
}

BOOST_AUTO_TEST_CASE(a_cancelled_release_records_when_and_how) {
    PluginHarness h("new-mexico");
    const nlohmann::json example = PluginHarness::example(kForm);
    const auto cancelled = h.validate(
        kForm, with(example, {{"roi_revoked_at", "2026-08-20T09:00:00-06:00"}, {"roi_revocation_method", "in_writing"}}),
        kAsOf);
    BOOST_TEST(cancelled.empty(), describe(cancelled));

    const auto noMethod = h.validate(kForm, with(example, {{"roi_revoked_at", "2026-08-20T09:00:00-06:00"}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(noMethod) == std::vector<std::string>{"required"}, describe(noMethod));
    BOOST_TEST(PluginHarness::withRule(noMethod, "required").front().fieldId == "roi_revocation_method");

    const auto beforeSigning = h.validate(
        kForm, with(example, {{"roi_revoked_at", "2026-04-01T09:00:00-06:00"}, {"roi_revocation_method", "spoken"}}),
        kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(beforeSigning) == std::vector<std::string>{"new-mexico.revoked-after-signing"},
               describe(beforeSigning));
    BOOST_TEST(messages(beforeSigning, "new-mexico.revoked-after-signing") ==
               std::vector<std::string>{"The release cannot have been cancelled (2026-04-01T09:00:00-06:00) before it "
                                        "was signed. Check both dates and times."});
}

BOOST_AUTO_TEST_SUITE_END()
