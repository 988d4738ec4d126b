// The national core forms (forms/*.xml) with real answers: the examples in
// examples/answers/ are valid, and each form's own rules catch what they are for.
#include "answers/answers_json.h"
#include "catalog/form_catalog.h"
#include "plugins/plugin_host.h"
#include "rules/form_session.h"
#include "time/temporal.h"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

using nlohmann::json;
using parity::rules::FormSession;
using parity::rules::ValidationIssue;

/// 2026-11-01 12:00 in Chicago (CST, after daylight saving time ended that morning).
parity::rules::EvaluationEnvironment fixedClock() {
    auto now = parity::parseIsoDateTime("2026-11-01T12:00:00-06:00", *date::locate_zone("UTC"));
    return parity::rules::EvaluationEnvironment::at(*now, "America/Chicago");
}

json example(const std::string& formId) {
    return parity::answers::readAnswersFile(
        (fs::path(PARITY_SOURCE_DIR) / "examples" / "answers" / (formId + ".json")).string());
}

/// "field: rule" per issue ("(form): rule" for a form-level one, "field[item]: rule" in a group).
std::vector<std::string> ruleIds(const std::vector<ValidationIssue>& issues) {
    std::vector<std::string> out;
    for (const ValidationIssue& i : issues) {
        std::ostringstream line;
        line << (i.fieldId.empty() ? "(form)" : i.fieldId);
        if (i.item >= 0)
            line << "[" << i.item << "]";
        line << ": " << i.ruleId;
        out.push_back(line.str());
    }
    return out;
}

std::string listed(const std::vector<ValidationIssue>& issues) {
    std::string text;
    for (const ValidationIssue& i : issues)
        text += "\n  " + i.fieldId + " [" + i.ruleId + "] " + i.message;
    return text;
}

using Lines = std::vector<std::string>;

struct CoreFormsFixture {
    parity::PluginHost noPlugins;
    parity::FormCatalog catalog = parity::FormCatalog::build(noPlugins);

    FormSession load(const std::string& formId, const json& answers, const std::string& lang = "en") const {
        const parity::CatalogForm* form = catalog.find(formId);
        BOOST_TEST_REQUIRE(form, "no form " << formId);
        FormSession session(form->form, fixedClock(), lang);
        parity::answers::loadAnswers(session, answers);
        return session;
    }
    Lines check(const std::string& formId, const json& answers) const {
        return ruleIds(load(formId, answers).issues());
    }
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(CoreForms, CoreFormsFixture)

BOOST_AUTO_TEST_CASE(the_three_core_forms_load_without_problems) {
    BOOST_TEST(catalog.rejected().empty());
    BOOST_TEST(catalog.find("core.consent"));
    BOOST_TEST(catalog.find("core.referral"));
    BOOST_TEST(catalog.find("core.abuse-report"));
}

BOOST_AUTO_TEST_CASE(example_answers_are_valid_for_their_forms) {
    for (const char* formId : {"core.consent", "core.referral", "core.abuse-report"}) {
        BOOST_TEST_CONTEXT(formId) {
            for (const char* lang : {"en", "es"}) {
                const FormSession session = load(formId, example(formId), lang);
                BOOST_TEST(session.issues().empty(), "issues:" << listed(session.issues()));
                BOOST_TEST(!session.hasErrors());
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(example_answers_are_stored_as_given) {
    // Everything in the examples is relevant, so nothing is dropped on the way to the store.
    for (const char* formId : {"core.consent", "core.referral", "core.abuse-report"}) {
        BOOST_TEST_CONTEXT(formId) {
            const json given = example(formId);
            const json stored = json(load(formId, given).answersToStore());
            BOOST_TEST(stored == given, "stored: " << stored.dump(2));
        }
    }
}

// ---- consent ----------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(consent_without_voluntary_acknowledged) {
    json answers = example("core.consent");
    answers.erase("voluntary_acknowledged");
    BOOST_TEST(check("core.consent", answers) == Lines{"voluntary_acknowledged: required"}, boost::test_tools::per_element());
    answers["voluntary_acknowledged"] = false;
    BOOST_TEST(check("core.consent", answers) == Lines{"voluntary_acknowledged: consent.voluntary-acknowledged"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(consent_with_a_release_needs_its_end) {
    json answers = example("core.consent");
    answers.erase("roi_expires");
    BOOST_TEST(check("core.consent", answers) == Lines{"roi_expires: required"}, boost::test_tools::per_element());
    // An end date before the release was signed.
    answers["roi_expires"] = "2026-03-01";
    BOOST_TEST(check("core.consent", answers) == Lines{"roi_expires: consent.roi-expires-after-signing"},
               boost::test_tools::per_element());
    answers["roi_expires"] = "2027-03-09";
    BOOST_TEST(check("core.consent", answers).empty());
}

BOOST_AUTO_TEST_CASE(consent_without_a_release_needs_no_release_details_and_stores_none) {
    json answers = example("core.consent");
    answers["release_of_information"] = false;
    answers.erase("roi_expires");
    answers.erase("roi_recipient");
    const FormSession session = load("core.consent", answers);
    BOOST_TEST(session.issues().empty(), "issues:" << listed(session.issues()));
    const json stored = json(session.answersToStore());
    BOOST_TEST(!stored.contains("roi_discloser"));   // given, but hidden: not stored
    BOOST_TEST(!stored.contains("roi_use"));
    BOOST_TEST(stored.at("release_of_information") == false);
}

BOOST_AUTO_TEST_CASE(consent_release_for_another_purpose_skips_the_tpo_statements) {
    json answers = example("core.consent");
    answers["roi_use"] = "other";
    answers.erase("roi_refusal_consequence_explained");
    answers.erase("roi_redisclosure_notice");
    BOOST_TEST(check("core.consent", answers).empty());
    answers["roi_use"] = "treatment_payment_operations";
    BOOST_TEST(check("core.consent", answers) ==
                   (Lines{"roi_refusal_consequence_explained: required", "roi_redisclosure_notice: required"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(consent_for_a_minor_warns_about_a_guardian) {
    json answers = example("core.consent");
    answers["client_dob"] = "2010-05-01";   // 16
    const FormSession session = load("core.consent", answers);
    BOOST_TEST(ruleIds(session.issues()) == Lines{"guardian_name: consent.minor-guardian"}, boost::test_tools::per_element());
    BOOST_TEST(!session.hasErrors());   // a warning
    answers["guardian_name"] = "Ana Ejemplo";
    BOOST_TEST(check("core.consent", answers).empty());
}

BOOST_AUTO_TEST_CASE(consent_signature_may_be_the_guardians_and_dates_must_be_plausible) {
    json answers = example("core.consent");
    answers.erase("signed_by");
    BOOST_TEST(check("core.consent", answers) == Lines{"signed_by: required"}, boost::test_tools::per_element());
    answers["guardian_signature"] = "Ana Ejemplo";   // a guardian signed instead
    BOOST_TEST(check("core.consent", answers).empty());
    answers = example("core.consent");
    answers["signed_at"] = "2026-11-01T12:05";   // five minutes from now
    BOOST_TEST(check("core.consent", answers) == Lines{"signed_at: max"}, boost::test_tools::per_element());
    answers = example("core.consent");
    answers["client_dob"] = "1900-01-01";
    BOOST_TEST(check("core.consent", answers) == Lines{"client_dob: consent.dob-plausible"},
               boost::test_tools::per_element());
    answers["client_dob"] = "2026-11-02";
    BOOST_TEST(check("core.consent", answers) == Lines{"client_dob: max"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(consent_vague_release_information_is_a_warning) {
    json answers = example("core.consent");
    answers["roi_information"] = "my records";
    const FormSession session = load("core.consent", answers);
    BOOST_TEST(ruleIds(session.issues()) == Lines{"roi_information: consent.roi-information-specific"},
               boost::test_tools::per_element());
    BOOST_TEST(!session.hasErrors());
}

// ---- referral -----------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(referral_ending_services_without_telling_the_person) {
    json answers = example("core.referral");
    answers.erase("person_notified_at");
    const FormSession session = load("core.referral", answers);
    BOOST_TEST(ruleIds(session.issues()) == Lines{"person_notified_at: referral.notified-before-end"},
               boost::test_tools::per_element());
    BOOST_TEST(session.issues()[0].message ==
               "Tell the person before their services end, and record when you told them.");
    answers["referral_reason"] = "client_request";   // only required when services end
    BOOST_TEST(check("core.referral", answers).empty());
}

BOOST_AUTO_TEST_CASE(referral_notified_in_the_future) {
    json answers = example("core.referral");
    answers["person_notified_at"] = "2026-11-02T09:00";
    const FormSession session = load("core.referral", answers);
    BOOST_TEST(ruleIds(session.issues()) == Lines{"person_notified_at: referral.notified-not-future"},
               boost::test_tools::per_element());
    BOOST_TEST(session.issues()[0].message == "The time the person was told (2026-11-02T09:00) cannot be in the future.");
}

BOOST_AUTO_TEST_CASE(referral_for_another_reason_needs_it_described) {
    json answers = example("core.referral");
    answers["referral_reason"] = "other";
    BOOST_TEST(check("core.referral", answers) == Lines{"referral_reason_other: required"},
               boost::test_tools::per_element());
    answers["referral_reason_other"] = "Housing help";
    BOOST_TEST(check("core.referral", answers).empty());
}

BOOST_AUTO_TEST_CASE(referral_urgency_must_be_a_choice_and_the_phone_have_enough_digits) {
    json answers = example("core.referral");
    answers["urgency"] = "asap";
    answers["referred_to_phone"] = "555-01";
    BOOST_TEST(check("core.referral", answers) == (Lines{"referred_to_phone: type", "urgency: choice"}),
               boost::test_tools::per_element());
}

// ---- abuse report -------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(abuse_report_with_only_the_supervisor_told) {
    json answers = example("core.abuse-report");
    answers.erase("agency");
    answers.erase("agency_reported_at");
    BOOST_TEST(check("core.abuse-report", answers) ==
                   (Lines{"agency: required", "agency_reported_at: required", "agency: abuse.agency-not-only-supervisor"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(abuse_report_child_category_with_an_adults_age) {
    json answers = example("core.abuse-report");
    answers["subject_category"] = "child";
    answers["subject_age"] = 40;
    answers.erase("subject_dob");
    BOOST_TEST(check("core.abuse-report", answers) == Lines{"subject_category: abuse.category-matches-age"},
               boost::test_tools::per_element());
    answers["subject_category"] = "developmental_disability";   // any age
    BOOST_TEST(check("core.abuse-report", answers).empty());
    answers["subject_category"] = "elder";
    answers["subject_age"] = 12;
    BOOST_TEST(check("core.abuse-report", answers) == Lines{"subject_category: abuse.category-matches-age"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(abuse_report_made_30_hours_late_needs_a_reason) {
    json answers = example("core.abuse-report");   // suspected 2026-10-05T16:40-05:00
    answers["agency_reported_at"] = "2026-10-06T22:40:00-05:00";
    const FormSession session = load("core.abuse-report", answers);
    BOOST_TEST(ruleIds(session.issues()) == Lines{"delay_reason: abuse.delay-reason"}, boost::test_tools::per_element());
    BOOST_TEST(session.hasErrors());
    answers["delay_reason"] = "The hotline was down overnight; I called again in the evening.";
    BOOST_TEST(check("core.abuse-report", answers).empty());
    answers.erase("delay_reason");
    answers["agency_reported_at"] = "2026-10-06T16:40:00-05:00";   // exactly 24 hours: still in time
    BOOST_TEST(check("core.abuse-report", answers).empty());
}

BOOST_AUTO_TEST_CASE(abuse_report_times_out_of_order_or_in_the_future) {
    json answers = example("core.abuse-report");
    answers["supervisor_notified_at"] = "2026-10-05T16:00:00-05:00";   // before the suspicion
    BOOST_TEST(check("core.abuse-report", answers) == Lines{"supervisor_notified_at: abuse.supervisor-after-suspected"},
               boost::test_tools::per_element());
    answers = example("core.abuse-report");
    answers["agency_reported_at"] = "2026-10-05T15:00:00-05:00";
    BOOST_TEST(check("core.abuse-report", answers) == Lines{"agency_reported_at: abuse.reported-after-suspected"},
               boost::test_tools::per_element());
    answers = example("core.abuse-report");
    answers["additional_reports"][0]["additional_reported_at"] = "2026-11-01T13:00";
    BOOST_TEST(check("core.abuse-report", answers) == Lines{"additional_reported_at[0]: abuse.additional-not-future"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(abuse_report_risk_of_harm_needs_the_supervisor) {
    json answers = example("core.abuse-report");
    answers["risk_of_harm"] = true;
    answers["risk_of_harm_to"] = "self";
    answers.erase("supervisor_notified_at");
    BOOST_TEST(check("core.abuse-report", answers) == Lines{"supervisor_notified_at: abuse.risk-supervisor"},
               boost::test_tools::per_element());
    answers.erase("risk_of_harm_to");
    answers["supervisor_notified_at"] = "2026-10-05T17:05:00-05:00";
    BOOST_TEST(check("core.abuse-report", answers) == Lines{"risk_of_harm_to: required"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(abuse_report_attached_sud_records_need_what_allows_it) {
    json answers = example("core.abuse-report");
    answers["sud_records_attached"] = true;
    BOOST_TEST(check("core.abuse-report", answers) == (Lines{"sud_records_basis: required", "sud_records_reference: required"}),
               boost::test_tools::per_element());
    answers["sud_records_basis"] = "court_order";
    answers["sud_records_reference"] = "CV-2026-0117";
    BOOST_TEST(check("core.abuse-report", answers).empty());
}

BOOST_AUTO_TEST_CASE(abuse_report_by_phone_without_a_confirmation_number_is_a_warning) {
    json answers = example("core.abuse-report");
    answers.erase("confirmation_number");
    const FormSession session = load("core.abuse-report", answers);
    BOOST_TEST(ruleIds(session.issues()) == Lines{"confirmation_number: abuse.confirmation-number"},
               boost::test_tools::per_element());
    BOOST_TEST(!session.hasErrors());
    answers["report_channel"] = "written";
    BOOST_TEST(check("core.abuse-report", answers).empty());
}

BOOST_AUTO_TEST_CASE(abuse_report_repeated_kind_of_harm_and_impossible_age) {
    json answers = example("core.abuse-report");
    answers["abuse_types"] = json::array({"neglect", "neglect"});
    answers["subject_age"] = 131;
    BOOST_TEST(check("core.abuse-report", answers) ==
                   (Lines{"subject_age: max", "abuse_types: choice", "subject_age: abuse.age-matches-dob"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(abuse_report_more_than_ten_other_agencies) {
    json answers = example("core.abuse-report");
    for (int i = 0; i < 10; ++i)
        answers["additional_reports"].push_back(answers["additional_reports"][0]);
    BOOST_TEST(check("core.abuse-report", answers) == Lines{"additional_reports: repeat-count"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
