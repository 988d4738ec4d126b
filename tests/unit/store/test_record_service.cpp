// The record workflows: what is stored, what is refused, and what the audit trail says.
#include "store_fixture.h"

#include <boost/test/unit_test.hpp>

using parity::records::ValidationRejected;
using parity::store::RecordStatus;
using parity::test::StoreFixture;

BOOST_FIXTURE_TEST_SUITE(RecordWorkflows, StoreFixture)

BOOST_AUTO_TEST_CASE(submit_stores_the_record_with_the_rules_that_applied) {
    const std::int64_t id = service->submit("core.consent", example("core.consent"), "alice");
    const auto record = service->load(id);
    BOOST_TEST(record.summary.formId == "core.consent");
    BOOST_TEST(record.summary.clientId == "C-20431");
    BOOST_TEST((record.summary.status == RecordStatus::Submitted));
    BOOST_TEST_REQUIRE(record.versions.size() == 1u);
    BOOST_TEST(record.versions[0].formVersion == "1.0.0");
    BOOST_TEST(record.versions[0].pluginId == "");   // a national core form
    BOOST_TEST(record.versions[0].author == "alice");
    BOOST_TEST(record.versions[0].answers["client_name"] == "María Ejemplo Ficticia");

    const auto log = entries(id);
    BOOST_TEST_REQUIRE(log.size() == 1u);
    BOOST_TEST(log[0].action == "submitted");
    BOOST_TEST(log[0].actor == "alice");
    BOOST_TEST(*log[0].version == 1);
    const auto changes = nlohmann::json::parse(log[0].changes);
    BOOST_TEST(changes.size() == record.versions[0].answers.size());   // every answer, from nothing
}

BOOST_AUTO_TEST_CASE(invalid_answers_store_no_record_and_the_rejection_is_audited) {
    auto answers = example("core.consent");
    answers.erase("client_id");
    BOOST_CHECK_EXCEPTION(service->submit("core.consent", answers, "alice"), ValidationRejected,
                          [](const ValidationRejected& e) {
                              return e.issues().size() == 1 && e.issues()[0].fieldId == "client_id" &&
                                     e.issues()[0].ruleId == "required";
                          });
    BOOST_TEST(service->list().empty());
    const auto log = entries();
    BOOST_TEST_REQUIRE(log.size() == 1u);
    BOOST_TEST(log[0].action == "rejected_by_validation");
    BOOST_TEST(log[0].details == "1 error: client_id: “Client ID” is required.");
}

BOOST_AUTO_TEST_CASE(amend_needs_a_reason_and_keeps_every_version) {
    const std::int64_t id = service->submit("core.consent", example("core.consent"), "alice");
    auto corrected = example("core.consent");
    corrected["client_name"] = "María E. Ficticia";
    BOOST_CHECK_THROW(service->amend(id, corrected, "   ", "alice"), parity::UsageError);
    BOOST_CHECK_THROW(service->amend(id, example("core.consent"), "no change", "alice"), parity::UsageError);

    service->amend(id, corrected, "Name spelled as on ID card", "bob");
    const auto record = service->load(id);
    BOOST_TEST_REQUIRE(record.versions.size() == 2u);
    BOOST_TEST(record.versions[0].answers["client_name"] == "María Ejemplo Ficticia");   // never overwritten
    BOOST_TEST(record.versions[1].answers["client_name"] == "María E. Ficticia");
    BOOST_TEST(record.versions[1].reason == "Name spelled as on ID card");
    BOOST_TEST(record.summary.currentVersion == 2);

    const auto log = entries(id);
    BOOST_TEST_REQUIRE(log.size() == 2u);
    BOOST_TEST(log[1].action == "amended");
    BOOST_TEST(log[1].reason == "Name spelled as on ID card");
    BOOST_TEST(log[1].changes == R"([{"field":"client_name","old":"María Ejemplo Ficticia","new":"María E. Ficticia"}])");
}

BOOST_AUTO_TEST_CASE(sign_locks_the_version_until_an_amendment) {
    const std::int64_t id = service->submit("core.consent", example("core.consent"), "alice");
    service->sign(id, "supervisor");
    BOOST_TEST((service->load(id).summary.status == RecordStatus::Signed));
    BOOST_CHECK_THROW(service->sign(id, "supervisor"), parity::UsageError);

    auto corrected = example("core.consent");
    corrected["staff_name"] = "Robin Q. Testwell";
    service->amend(id, corrected, "Staff name completed", "alice");
    const auto record = service->load(id);
    BOOST_TEST((record.summary.status == RecordStatus::Submitted));   // the new version awaits a signature
    BOOST_TEST(record.versions[0].signedBy == "supervisor");         // the signed version keeps it
    BOOST_TEST(record.versions[1].signedBy.empty());
    service->sign(id, "supervisor");
    BOOST_TEST(service->load(id).versions[1].signedBy == "supervisor");
}

BOOST_AUTO_TEST_CASE(drafts_may_be_invalid_and_log_each_change) {
    nlohmann::ordered_json draft{{"client_id", "C-1"}};
    const std::int64_t id = service->saveDraft(std::nullopt, "core.consent", draft, "alice");
    draft["client_name"] = "Half Done";
    service->saveDraft(id, "core.consent", draft, "alice");
    const auto record = service->load(id);
    BOOST_TEST((record.summary.status == RecordStatus::Draft));
    BOOST_TEST((*record.draftAnswers)["client_name"] == "Half Done");
    BOOST_TEST(record.versions.empty());

    const auto log = entries(id);
    BOOST_TEST_REQUIRE(log.size() == 2u);
    BOOST_TEST(log[1].changes == R"([{"field":"client_name","old":null,"new":"Half Done"}])");

    BOOST_CHECK_THROW(service->submitDraft(id, "alice"), ValidationRejected);   // still incomplete
    BOOST_TEST((service->load(id).summary.status == RecordStatus::Draft));
}

BOOST_AUTO_TEST_CASE(a_complete_draft_submits_as_version_one) {
    const auto answers = example("core.referral");
    const std::int64_t id = service->saveDraft(std::nullopt, "core.referral", answers, "alice");
    service->submitDraft(id, "alice");
    const auto record = service->load(id);
    BOOST_TEST((record.summary.status == RecordStatus::Submitted));
    BOOST_TEST_REQUIRE(record.versions.size() == 1u);
    BOOST_TEST(!record.draftAnswers.has_value());
    BOOST_CHECK_THROW(service->saveDraft(id, "core.referral", answers, "alice"), parity::UsageError);
}

BOOST_AUTO_TEST_CASE(only_drafts_can_be_discarded) {
    const std::int64_t draft = service->saveDraft(std::nullopt, "core.consent", {{"client_id", "C-9"}}, "alice");
    const std::int64_t kept = service->submit("core.consent", example("core.consent"), "alice");
    service->discardDraft(draft, "alice");
    BOOST_CHECK_THROW(service->load(draft), parity::UsageError);
    BOOST_CHECK_THROW(service->discardDraft(kept, "alice"), parity::UsageError);
    BOOST_TEST(entries(draft).back().action == "draft_discarded");
}

BOOST_AUTO_TEST_CASE(viewing_a_record_is_audited) {
    const std::int64_t id = service->submit("core.consent", example("core.consent"), "alice");
    service->view(id, "auditor");
    const auto log = entries(id);
    BOOST_TEST(log.back().action == "viewed");
    BOOST_TEST(log.back().actor == "auditor");
}

BOOST_AUTO_TEST_CASE(records_list_filters_by_form_status_and_client) {
    const auto a = service->submit("core.consent", example("core.consent"), "alice");
    service->submit("core.referral", example("core.referral"), "alice");
    service->sign(a, "supervisor");
    BOOST_TEST(service->list().size() == 2u);
    BOOST_TEST(service->list({"core.consent", std::nullopt, ""}).size() == 1u);
    BOOST_TEST(service->list({"", RecordStatus::Signed, ""}).size() == 1u);
    BOOST_TEST(service->list({"", std::nullopt, "ejemplo"}).size() >= 1u);   // name, any case
    BOOST_TEST(service->list({"", std::nullopt, "nobody-has-this"}).empty());
}

BOOST_AUTO_TEST_CASE(the_trail_verifies_and_survives_reopening) {
    const auto id = service->submit("core.consent", example("core.consent"), "alice");
    service->sign(id, "supervisor");
    reopen();
    service->view(id, "auditor");
    const auto report = service->auditTrail().verify();
    BOOST_TEST(report.ok, report.problem);
    BOOST_TEST(report.entries == 3);
    BOOST_TEST(*report.checkpointSeq == 3);
}

BOOST_AUTO_TEST_CASE(an_unknown_form_is_an_environment_error) {
    BOOST_CHECK_THROW(service->submit("texas.consent", nlohmann::json::object(), "alice"), parity::EnvironmentError);
}

BOOST_AUTO_TEST_SUITE_END()
