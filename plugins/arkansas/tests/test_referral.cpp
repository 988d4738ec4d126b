// arkansas.referral: services do not end without telling the person; outside_scope is a
// reason Arkansas expects (serve only within scope).
#include "arkansas_fixture.h"

using namespace parity::arkansas::test;

BOOST_FIXTURE_TEST_SUITE(ArkansasReferral, ArkansasFixture)

BOOST_AUTO_TEST_CASE(services_ending_needs_the_end_date) {
    nlohmann::json a = example("referral");
    a.erase("services_end_date");
    const auto found = issues("referral", a, "required");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].fieldId == "services_end_date");
}

BOOST_AUTO_TEST_CASE(services_ending_still_needs_the_notification) {
    nlohmann::json a = example("referral");
    a.erase("person_notified_at");
    const auto found = issues("referral", a, "referral.notified-before-end");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].isError());
    BOOST_TEST(found[0].message == "Tell the person before their services end, and record when you told them.");
}

BOOST_AUTO_TEST_CASE(telling_the_person_after_the_end_is_a_warning) {
    nlohmann::json a = example("referral");
    a["person_notified_at"] = "2026-10-01T10:00:00-05:00";
    a["signed_at"] = "2026-10-01T10:30:00-05:00";
    const auto found = issues("referral", a, "arkansas.notified-before-services-end");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(!found[0].isError());
    BOOST_TEST(found[0].message == "The person was told (2026-10-01T10:00:00-05:00) after their services ended. The "
                                   "Arkansas peer code requires telling them before services end; the compliance "
                                   "audit will list this referral.");
    // A warning: the record of what happened can still be stored.
    BOOST_TEST(errors("referral", a).empty());
}

BOOST_AUTO_TEST_CASE(telling_the_person_on_the_last_day_is_in_time) {
    nlohmann::json a = example("referral");
    a["person_notified_at"] = "2026-09-30T09:00:00-05:00";
    a["signed_at"] = "2026-09-30T09:30:00-05:00";
    BOOST_TEST(issues("referral", a, "arkansas.notified-before-services-end").empty());
}

BOOST_AUTO_TEST_CASE(outside_scope_is_a_valid_reason_with_the_need_described) {
    nlohmann::json a = example("referral");
    a["referral_reason"] = "outside_scope";
    a.erase("services_end_date");
    a["scope_need"] = "Asked for advice on changing her medication dose; referred to her prescriber.";
    BOOST_TEST(validate("referral", a).empty());
    a.erase("scope_need");
    const auto found = issues("referral", a, "required");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].fieldId == "scope_need");
}

BOOST_AUTO_TEST_SUITE_END()
