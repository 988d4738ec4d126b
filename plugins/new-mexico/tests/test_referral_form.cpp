// new-mexico.referral: whether the referral shares information, and what.
#include "nm_test_support.h"

using namespace nm_test;

namespace {
const std::string kForm = "new-mexico.referral";
}

BOOST_AUTO_TEST_SUITE(ReferralForm)

BOOST_AUTO_TEST_CASE(the_question_whether_information_is_shared_is_required) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(kForm, with(PluginHarness::example(kForm), {{"information_disclosed", nullptr}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(issues) == std::vector<std::string>{"required"}, describe(issues));
    BOOST_TEST(PluginHarness::withRule(issues, "required").front().fieldId == "information_disclosed");
}

BOOST_AUTO_TEST_CASE(sharing_information_requires_saying_what) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(kForm, with(PluginHarness::example(kForm), {{"information_shared", nullptr}}), kAsOf);
    BOOST_TEST(PluginHarness::errorRuleIds(issues) == std::vector<std::string>{"required"}, describe(issues));
    BOOST_TEST(PluginHarness::withRule(issues, "required").front().fieldId == "information_shared");
}

BOOST_AUTO_TEST_CASE(a_referral_that_shares_nothing_needs_no_list) {
    PluginHarness h("new-mexico");
    const auto issues = h.validate(
        kForm, with(PluginHarness::example(kForm), {{"information_disclosed", false}, {"information_shared", nullptr}}),
        kAsOf);
    BOOST_TEST(issues.empty(), describe(issues));
}

BOOST_AUTO_TEST_SUITE_END()
