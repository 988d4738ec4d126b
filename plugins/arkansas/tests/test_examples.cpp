// The shipped example answers (examples/answers/arkansas.*.json) are complete and valid.
#include "arkansas_fixture.h"

using namespace parity::arkansas::test;
using parity::test::PluginHarness;

BOOST_FIXTURE_TEST_SUITE(ArkansasExamples, ArkansasFixture)

BOOST_AUTO_TEST_CASE(every_example_is_valid_with_no_warnings) {
    for (const char* kind : {"consent", "referral", "abuse-report"}) {
        const auto issues = validate(kind, example(kind));
        for (const auto& issue : issues)
            BOOST_ERROR(std::string(kind) + ": " + issue.ruleId + " on " + issue.fieldId + ": " + issue.message);
        BOOST_TEST(issues.empty(), kind);
    }
}

BOOST_AUTO_TEST_CASE(examples_can_be_stored) {
    BOOST_TEST(submit("consent", example("consent")) > 0);
    BOOST_TEST(submit("referral", example("referral")) > 0);
    BOOST_TEST(submit("abuse-report", example("abuse-report")) > 0);
}

BOOST_AUTO_TEST_CASE(stored_examples_pass_the_audit) {
    submit("consent", example("consent"));
    submit("referral", example("referral"));
    submit("abuse-report", example("abuse-report"));
    const parity::ComplianceReport report = harness.audit(AsOf);
    BOOST_TEST(report.recordsChecked == 3u);
    for (const auto& f : report.findings)
        BOOST_ERROR(f.finding.ruleId + ": " + f.finding.message);
    BOOST_TEST(report.findings.empty());
}

BOOST_AUTO_TEST_SUITE_END()
