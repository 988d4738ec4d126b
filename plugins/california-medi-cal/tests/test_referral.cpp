// california-medi-cal.referral: what was shared is stated, so the release can be checked
// (WIC 5328; CMIA; 42 CFR Part 2).
#include "california_fixture.h"

using namespace parity;
using namespace parity::test;
using namespace parity::test::california;

BOOST_FIXTURE_TEST_SUITE(CaliforniaReferral, CaliforniaFixture)

BOOST_AUTO_TEST_CASE(shared_information_must_be_listed) {
    auto answers = PluginHarness::example(kReferral);
    answers.erase("information_shared");
    const auto issues = validate(kReferral, answers);
    BOOST_TEST(errorIds(issues) == "california-medi-cal.information-shared-listed", described(issues));
    const auto issue = onlyIssue(issues, "california-medi-cal.information-shared-listed");
    BOOST_TEST(issue.fieldId == "information_shared");
    BOOST_TEST(issue.message == "You shared information with the provider: list what you shared, so that it can be "
                                "checked against the person's signed release.");
    BOOST_TEST(onlyIssue(validate(kReferral, answers, "es"), "california-medi-cal.information-shared-listed").message ==
               "Compartió información con el proveedor: anote qué compartió, para poder compararlo con la "
               "autorización que firmó la persona.");
}

BOOST_AUTO_TEST_CASE(nothing_shared_means_nothing_listed) {
    auto answers = PluginHarness::example(kReferral);
    answers["information_disclosed"] = false;
    auto issues = validate(kReferral, answers);
    BOOST_TEST(errorIds(issues) == "california-medi-cal.nothing-shared-is-empty", described(issues));

    answers.erase("information_shared");
    issues = validate(kReferral, answers);
    BOOST_TEST(issues.empty(), described(issues));
}

BOOST_AUTO_TEST_CASE(whether_anything_was_shared_is_required) {
    auto answers = PluginHarness::example(kReferral);
    answers.erase("information_disclosed");
    const auto issues = validate(kReferral, answers);
    BOOST_TEST(errorIds(issues) == "required", described(issues));
    BOOST_TEST(onlyIssue(issues, "required").fieldId == "information_disclosed");
}

BOOST_AUTO_TEST_CASE(core_rules_still_apply) {
    auto answers = PluginHarness::example(kReferral);
    answers["referral_reason"] = "services_ending";
    answers.erase("person_notified_at");
    const auto issues = validate(kReferral, answers);
    BOOST_TEST(errorIds(issues) == "referral.notified-before-end", described(issues));
}

BOOST_AUTO_TEST_SUITE_END()
