// The compliance audit from end to end, as an agency runs it: records submitted through
// parity-cli into one database for all three states, the administrator's settings, then
// `parity-cli audit run` as a supervisor. Every compliance rule of the three plugins has a
// record that breaks it; the shipped examples (one consent, referral and report per state)
// break none. The exact rule, record, client and due time of every finding are asserted,
// in the audit's own order (earliest due first, findings without a due time last).
#include "run_command.h"
#include "temp_dir.h"

#include "store/database.h"
#include "store/record_store.h"

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <sstream>
#include <vector>

using parity::test::runCli;
using parity::test::TempDir;

namespace {

const std::string kExamples = std::string(PARITY_SOURCE_DIR) + "/examples/answers/";

// After every record below: October 2026 deadlines have all passed, the Hotline's
// 48 business hours too. Read as UTC (audit run has no jurisdiction of its own).
const std::string kAsOf = "2026-11-02T12:00";

nlohmann::json example(const std::string& formId) {
    std::ifstream in(kExamples + formId + ".json");
    return nlohmann::json::parse(in);
}

/// `base` with `changes` applied: a value replaces, null removes the field.
nlohmann::json with(nlohmann::json base, const nlohmann::json& changes) {
    for (const auto& [key, value] : changes.items()) {
        if (value.is_null())
            base.erase(key);
        else
            base[key] = value;
    }
    return base;
}

struct Expected {
    std::string rule;
    std::int64_t record;
    std::string client;
    std::string severity;
    std::string due;   ///< "" when the rule sets no deadline
};

std::string describe(const nlohmann::json& findings) {
    std::ostringstream text;
    for (const auto& f : findings)
        text << "\n  " << f["rule"].get<std::string>() << " record " << f["record_id"].dump() << " "
             << f["severity"].get<std::string>() << " due " << f["due"].get<std::string>();
    return text.str();
}

/// One agency's database, seeded with records that break each compliance rule once.
struct SeededAgency {
    TempDir dir;
    std::string db = (dir / "agency.db").string();
    int files = 0;

    // Arkansas (America/Chicago, -05:00 in October)
    std::int64_t arConsent = 0, arReferral = 0, arReport = 0;
    std::int64_t arAdultLate = 0, arImmediateNoReason = 0, arNoConfirmation = 0, arNoDisposition = 0;
    std::int64_t arReferralNoConsent = 0, arToldAfterServicesEnded = 0;
    // California (America/Los_Angeles, -07:00 in October)
    std::int64_t caConsent = 0, caReferral = 0, caReport = 0;
    std::int64_t caNoSs8572 = 0, caNoSoc341 = 0, caImmediateNoReason = 0, caNoConfirmation = 0;
    std::int64_t caReferralNoConsent = 0;
    // New Mexico (America/Denver, -06:00 in August and October)
    std::int64_t nmConsent = 0, nmReferral = 0, nmReport = 0;
    std::int64_t nmImmediateNoReason = 0, nmNoConfirmation = 0, nmReferralNoConsent = 0;
    std::int64_t nmAssessmentEnded = 0, nmApsContentMissing = 0;

    parity::test::CommandResult cli(std::vector<std::string> args) {
        args.push_back("--db");
        args.push_back(db);
        return runCli(args);
    }

    /// Submits through parity-cli (validated as today's forms do) and returns the id.
    std::int64_t submit(const std::string& formId, const nlohmann::json& answers) {
        const std::string file = (dir / ("answers-" + std::to_string(++files) + ".json")).string();
        std::ofstream(file) << answers.dump();
        const auto result = cli({"submit", "--form", formId, "--answers", file, "--user", "clerk", "--json"});
        BOOST_TEST_REQUIRE(result.exitCode == 0, formId + " refused:\n" + result.out + result.err);
        const auto out = nlohmann::json::parse(result.out);
        BOOST_TEST_REQUIRE(out["stored"] == true);
        return out["record_id"].get<std::int64_t>();
    }

    void setSetting(const std::string& plugin, const std::string& key, const std::string& value) {
        const auto result = cli({"settings", "set", plugin, key, value, "--user", "administrator"});
        BOOST_TEST_REQUIRE(result.exitCode == 0, result.out + result.err);
    }

    SeededAgency() {
        seedArkansas();
        seedCalifornia();
        seedNewMexico();
        // The administrator tightens "immediately" from the default 24 hours to 4 in every
        // state. Reports stored before stay stored; the audit re-reads them against the
        // new limit, and the ones made 6 hours late with no reason are flagged.
        setSetting("arkansas", "arkansas.immediate-report-limit-hours", "4");
        setSetting("california-medi-cal", "california-medi-cal.immediate-report-limit-hours", "4");
        setSetting("new-mexico", "new-mexico.immediate-report-limit-hours", "4");
    }

    void seedArkansas() {
        arConsent = submit("arkansas.consent", example("arkansas.consent"));
        arReferral = submit("arkansas.referral", example("arkansas.referral"));
        arReport = submit("arkansas.abuse-report", example("arkansas.abuse-report"));

        // An 81-year-old at home: Adult Protective Services, by min(24 h, end of next business day).
        const nlohmann::json adultAtHome =
            with(example("arkansas.abuse-report"), {{"ltc_facility_resident", false},
                                                    {"subject_address", "12 Sample Road, Saline County (fictional)"},
                                                    {"additional_reports", nullptr}});
        // Suspected Friday 19:00, reported Monday 08:30: the 24 hours (Saturday 19:00) came first.
        arAdultLate = submit("arkansas.abuse-report",
                             with(adultAtHome, {{"suspected_at", "2026-10-09T19:00:00-05:00"},
                                                {"supervisor_notified_at", "2026-10-09T19:10:00-05:00"},
                                                {"agency_reported_at", "2026-10-12T08:30:00-05:00"},
                                                {"delay_reason", "The client told me on Friday evening; I did not "
                                                                 "call until I was back at work on Monday."},
                                                {"signed_at", "2026-10-12T09:00:00-05:00"}}));
        // Reported 45 minutes after, but no confirmation number by 24 hours later.
        arNoConfirmation = submit("arkansas.abuse-report",
                                  with(adultAtHome, {{"suspected_at", "2026-10-20T10:00:00-05:00"},
                                                     {"supervisor_notified_at", "2026-10-20T10:15:00-05:00"},
                                                     {"agency_reported_at", "2026-10-20T10:45:00-05:00"},
                                                     {"confirmation_number", nullptr},
                                                     {"signed_at", "2026-10-20T11:00:00-05:00"}}));

        const nlohmann::json child =
            with(example("arkansas.abuse-report"), {{"subject_name", "Mia Ficticia Lane"},
                                                    {"subject_category", "child"},
                                                    {"subject_age", 9},
                                                    {"subject_dob", nullptr},
                                                    {"ltc_facility_resident", nullptr},
                                                    {"subject_address", "34 Example Street, Pulaski County (fictional)"},
                                                    {"abuse_types", {"neglect"}},
                                                    {"agency", "ar-child-hotline"},
                                                    {"confirmation_number", "HL-2026-071133"},
                                                    {"additional_reports", nullptr}});
        // Six hours to the Hotline with no reason: within the default 24, past the agency's later 4.
        arImmediateNoReason = submit("arkansas.abuse-report",
                                     with(child, {{"suspected_at", "2026-10-14T09:00:00-05:00"},
                                                  {"supervisor_notified_at", "2026-10-14T09:10:00-05:00"},
                                                  {"agency_reported_at", "2026-10-14T15:00:00-05:00"},
                                                  {"hotline_screened_out", "no"},
                                                  {"signed_at", "2026-10-14T15:30:00-05:00"}}));
        // Reported Thursday 10:00; no word on the Hotline's disposition by Monday 10:00
        // (48 hours not counting the weekend).
        arNoDisposition = submit("arkansas.abuse-report",
                                 with(child, {{"suspected_at", "2026-10-22T09:00:00-05:00"},
                                              {"supervisor_notified_at", "2026-10-22T09:20:00-05:00"},
                                              {"agency_reported_at", "2026-10-22T10:00:00-05:00"},
                                              {"signed_at", "2026-10-22T10:30:00-05:00"}}));

        // Another client, with no release on file, whose information was shared.
        arReferralNoConsent = submit("arkansas.referral",
                                     with(example("arkansas.referral"), {{"client_id", "AR-C-40117"},
                                                                         {"client_name", "Casey Ficticio Moore"},
                                                                         {"referral_reason", "client_request"},
                                                                         {"services_end_date", nullptr},
                                                                         {"consent_record_id", "AR-2026-000999"},
                                                                         {"person_notified_at", "2026-10-05T10:00:00-05:00"},
                                                                         {"signed_at", "2026-10-05T10:30:00-05:00"}}));
        // Services ended 30 September; the person was told on 2 October.
        arToldAfterServicesEnded = submit("arkansas.referral",
                                          with(example("arkansas.referral"),
                                               {{"person_notified_at", "2026-10-02T10:00:00-05:00"},
                                                {"signed_at", "2026-10-02T10:30:00-05:00"}}));
    }

    void seedCalifornia() {
        caConsent = submit("california-medi-cal.consent", example("california-medi-cal.consent"));
        caReferral = submit("california-medi-cal.referral", example("california-medi-cal.referral"));
        caReport = submit("california-medi-cal.abuse-report", example("california-medi-cal.abuse-report"));

        const nlohmann::json child = example("california-medi-cal.abuse-report");
        // Information received 2026-10-12 14:30; SS 8572 never sent (due 36 h later).
        caNoSs8572 = submit("california-medi-cal.abuse-report", with(child, {{"ss8572_sent_at", nullptr}}));
        // The agency told after 6 hours, no reason; SS 8572 in time.
        caImmediateNoReason = submit("california-medi-cal.abuse-report",
                                     with(child, {{"suspected_at", "2026-10-20T09:00:00-07:00"},
                                                  {"supervisor_notified_at", "2026-10-20T09:10:00-07:00"},
                                                  {"agency_reported_at", "2026-10-20T15:00:00-07:00"},
                                                  {"ss8572_sent_at", "2026-10-21T09:00:00-07:00"},
                                                  {"signed_at", "2026-10-21T09:30:00-07:00"}}));
        // No confirmation number 48 hours after the report of 2026-10-12 15:05.
        caNoConfirmation =
            submit("california-medi-cal.abuse-report", with(child, {{"confirmation_number", nullptr}}));
        // An elder, suspected Thursday 2026-10-15: SOC 341 due by the end of Monday (2 working days).
        caNoSoc341 = submit("california-medi-cal.abuse-report",
                            with(child, {{"subject_name", "Rosa Ficticia Vega (the client's grandmother)"},
                                         {"subject_category", "elder"},
                                         {"subject_age", 74},
                                         {"subject_dob", "1952-03-14"},
                                         {"abuse_types", {"financial_exploitation"}},
                                         {"narrative", "The client said her grandmother's live-in caregiver has been "
                                                       "taking her Social Security money."},
                                         {"agency", "ca-adult-protective-services"},
                                         {"confirmation_number", "APS-2026-000001"},
                                         {"suspected_at", "2026-10-15T10:00:00-07:00"},
                                         {"supervisor_notified_at", "2026-10-15T10:10:00-07:00"},
                                         {"agency_reported_at", "2026-10-15T10:30:00-07:00"},
                                         {"ss8572_sent_at", nullptr},
                                         {"signed_at", "2026-10-15T11:00:00-07:00"}}));
        caReferralNoConsent = submit("california-medi-cal.referral",
                                     with(example("california-medi-cal.referral"),
                                          {{"client_id", "CA-40233"}, {"client_name", "Ana Ficticia Soto"}}));
    }

    void seedNewMexico() {
        nmConsent = submit("new-mexico.consent", example("new-mexico.consent"));
        nmReferral = submit("new-mexico.referral", example("new-mexico.referral"));
        nmReport = submit("new-mexico.abuse-report", example("new-mexico.abuse-report"));

        const nlohmann::json aps = example("new-mexico.abuse-report");
        // Suspected 2026-08-18 11:20, APS told at 17:20 with no reason.
        nmImmediateNoReason = submit("new-mexico.abuse-report",
                                     with(aps, {{"agency_reported_at", "2026-08-18T17:20:00-06:00"},
                                                {"signed_at", "2026-08-18T17:50:00-06:00"}}));
        // Reported 2026-08-18 12:10 (a Tuesday); no confirmation number 24 hours later.
        nmNoConfirmation = submit("new-mexico.abuse-report", with(aps, {{"confirmation_number", nullptr}}));
        nmReferralNoConsent = submit("new-mexico.referral", with(example("new-mexico.referral"),
                                                                 {{"client_id", "NM-C-4410"},
                                                                  {"client_name", "Mateo Ficticio Prueba"}}));
        // A 12-year-old under the initial-assessment exception of 1–14 October, and no
        // custodian's consent since.
        nlohmann::json exception = with(example("new-mexico.consent"),
                                        {{"client_id", "NM-C-5120"},
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
            exception.erase(field);
        nmAssessmentEnded = submit("new-mexico.consent", exception);

        // Today's form refuses an APS report without the statute's content, so the only way
        // such a record exists is from an earlier version of the form (here 0.9.0, stored as
        // a migration from an older system would store it). The audit is what catches it.
        parity::store::Database database(db);
        parity::store::RecordStore store(database);
        nmApsContentMissing = store.insertSubmitted(
            {"new-mexico.abuse-report", "0.9.0", "new-mexico", "0.9.0"},
            nlohmann::ordered_json(with(aps, {{"client_id", "NM-C-3188"},
                                              {"condition_nature_extent", nullptr},
                                              {"knowledge_basis", nullptr}})),
            "clerk", "2026-08-20T18:00:00Z");
    }

    std::vector<Expected> expectedFindings() const {
        // Earliest due first (in UTC), then the findings with no due time by record.
        return {
            {"new-mexico.immediate-report-limit", nmImmediateNoReason, "NM-C-3107", "error",
             "2026-08-18T15:20:00-06:00"},
            {"new-mexico.confirmation-number", nmNoConfirmation, "NM-C-3107", "error", "2026-08-19T12:10:00-06:00"},
            {"arkansas.referral-services-ending-notified", arToldAfterServicesEnded, "AR-C-30518", "error",
             "2026-09-30T23:59:59-05:00"},
            {"arkansas.adult-report-deadline", arAdultLate, "AR-C-30518", "error", "2026-10-10T19:00:00-05:00"},
            {"california-medi-cal.ss8572-deadline", caNoSs8572, "CA-30512", "error", "2026-10-14T02:30:00-07:00"},
            {"arkansas.immediate-report-delay", arImmediateNoReason, "AR-C-30518", "error",
             "2026-10-14T13:00:00-05:00"},
            {"california-medi-cal.confirmation-number", caNoConfirmation, "CA-30512", "error",
             "2026-10-14T15:05:00-07:00"},
            {"new-mexico.initial-assessment-exception", nmAssessmentEnded, "NM-C-5120", "error",
             "2026-10-14T23:59:59-06:00"},
            {"california-medi-cal.soc341-deadline", caNoSoc341, "CA-30512", "error", "2026-10-19T23:59:59-07:00"},
            {"california-medi-cal.immediate-report-limit", caImmediateNoReason, "CA-30512", "error",
             "2026-10-20T13:00:00-07:00"},
            {"arkansas.confirmation-number", arNoConfirmation, "AR-C-30518", "error", "2026-10-21T10:45:00-05:00"},
            {"arkansas.child-hotline-disposition", arNoDisposition, "AR-C-30518", "warning",
             "2026-10-26T10:00:00-05:00"},
            {"arkansas.referral-consent-on-file", arReferralNoConsent, "AR-C-40117", "error", ""},
            {"california-medi-cal.referral-consent", caReferralNoConsent, "CA-40233", "error", ""},
            {"new-mexico.consent-on-file", nmReferralNoConsent, "NM-C-4410", "error", ""},
            {"new-mexico.aps-required-content", nmApsContentMissing, "NM-C-3188", "error", ""},
        };
    }
};

std::string jurisdictionOf(const std::string& ruleId) { return ruleId.substr(0, ruleId.find('.')); }

} // namespace

BOOST_FIXTURE_TEST_SUITE(CliComplianceAudit, SeededAgency)

BOOST_AUTO_TEST_CASE(audit_run_json_reports_every_deadline_and_cross_form_finding) {
    const auto result = cli({"audit", "run", "--as-of", kAsOf, "--json", "--user", "supervisor"});
    BOOST_TEST(result.exitCode == 1, "violations make the audit fail: " + result.err);
    const auto out = nlohmann::json::parse(result.out);
    BOOST_TEST(out["as_of"] == "2026-11-02T12:00:00+00:00");
    BOOST_TEST(out["records_checked"] == 25);
    BOOST_TEST(out["violations"] == 15);

    const auto& findings = out["findings"];
    const std::vector<Expected> expected = expectedFindings();
    BOOST_TEST_REQUIRE(findings.size() == expected.size(), describe(findings));
    for (std::size_t i = 0; i < expected.size(); ++i) {
        BOOST_TEST_CONTEXT("finding " << i << " (" << expected[i].rule << ")" << describe(findings)) {
            const auto& f = findings[i];
            BOOST_TEST(f["rule"] == expected[i].rule);
            BOOST_TEST(f["record_id"] == expected[i].record);
            BOOST_TEST(f["client_id"] == expected[i].client);
            BOOST_TEST(f["severity"] == expected[i].severity);
            BOOST_TEST(f["due"] == expected[i].due);
            BOOST_TEST(f["jurisdiction"] == jurisdictionOf(expected[i].rule));
            BOOST_TEST(f["form"].get<std::string>().starts_with(jurisdictionOf(expected[i].rule) + "."));
            BOOST_TEST(!f["source"].get<std::string>().empty());
            BOOST_TEST(!f["message"].get<std::string>().empty());
        }
    }

    // The shipped examples are complete, timely and covered: nothing is found about them.
    for (const std::int64_t clean : {arConsent, arReferral, arReport, caConsent, caReferral, caReport, nmConsent,
                                     nmReferral, nmReport})
        for (const auto& f : findings)
            BOOST_TEST(f["record_id"] != clean, "finding about example record " << clean << ": " << f.dump());

    // Spot checks that the messages say what was found, with the numbers from the record.
    BOOST_TEST(findings[3]["message"] ==
               "The adult maltreatment report was made at 2026-10-12 08:30, after its deadline of 2026-10-10 19:00 "
               "(24 hours after the first suspicion, or the end of the next business day if earlier).");
    BOOST_TEST(findings[15]["message"] ==
               "This report to Adult Protective Services lacks what NMSA 27-7-30 requires: the nature and extent of "
               "the adult's condition; how you know (the basis of your knowledge). Amend it with what you know.");
}

BOOST_AUTO_TEST_CASE(before_a_deadline_passes_its_finding_is_a_warning_after_it_an_error) {
    // 2026-10-14 12:00 UTC (05:00 in Los Angeles, 06:00 in Denver), for records made by
    // then: the SS 8572 36 hours have passed (02:30 local) and so has the New Mexico
    // confirmation time, while the California confirmation number (due 15:05) and the
    // initial-assessment exception (to the end of the day) are still open: warnings.
    const auto result = cli({"audit", "run", "--as-of", "2026-10-14T12:00", "--json", "--user", "supervisor"});
    const auto out = nlohmann::json::parse(result.out);
    std::map<std::int64_t, std::string> severity;
    for (const auto& f : out["findings"])
        if (f["record_id"].is_number())
            severity[f["record_id"].get<std::int64_t>()] += f["severity"].get<std::string>();
    BOOST_TEST(severity[caNoSs8572] == "error");
    BOOST_TEST(severity[caNoConfirmation] == "warning", "48 hours after 2026-10-12 15:05 is 2026-10-14 15:05");
    BOOST_TEST(severity[nmAssessmentEnded] == "warning", "the exception runs to the end of 2026-10-14");
    BOOST_TEST(severity[arToldAfterServicesEnded] == "error");
    BOOST_TEST(severity[nmNoConfirmation] == "error", "due 2026-08-19 12:10 in Denver");
}

BOOST_AUTO_TEST_CASE(plain_text_names_each_finding_and_the_run_is_in_the_audit_trail) {
    const auto result = cli({"audit", "run", "--as-of", kAsOf, "--user", "supervisor"});
    BOOST_TEST(result.exitCode == 1);
    BOOST_TEST(result.out.starts_with("Compliance audit as of 2026-11-02T12:00:00+00:00: 25 records, 15 violations, "
                                      "1 warnings\n"),
               result.out);
    for (const Expected& e : expectedFindings()) {
        std::string line = "  " + e.severity + "  " + e.rule + "  record " + std::to_string(e.record) + " (" +
                           e.client + ")";
        if (!e.due.empty())
            line += "  due " + e.due;
        BOOST_TEST(result.out.find(line + "\n") != std::string::npos, "missing line '" << line << "' in\n"
                                                                                       << result.out);
    }

    const auto log = cli({"audit", "log", "--json"});
    BOOST_TEST_REQUIRE(log.exitCode == 0, log.err);
    const auto entries = nlohmann::json::parse(log.out);
    BOOST_TEST_REQUIRE(!entries.empty());
    const auto& last = entries.back();
    BOOST_TEST(last["action"] == "audit_run");
    BOOST_TEST(last["actor"] == "supervisor");
    BOOST_TEST(last["record_id"].is_null());
    BOOST_TEST(last["details"] == "as of 2026-11-02T12:00:00+00:00: 25 records checked, 15 violations, 1 warnings");
    // The settings the audit depended on are in the trail before it, with old and new value.
    std::vector<std::string> limitsChanged;
    for (const auto& e : entries)
        if (e["action"] == "setting_changed" && e["changes"][0]["new"] == "4")
            limitsChanged.push_back(e["changes"][0]["field"].get<std::string>());
    BOOST_TEST((limitsChanged == std::vector<std::string>{"arkansas.immediate-report-limit-hours",
                                                          "california-medi-cal.immediate-report-limit-hours",
                                                          "new-mexico.immediate-report-limit-hours"}),
               log.out);

    const auto verify = cli({"audit", "verify"});
    BOOST_TEST(verify.exitCode == 0, verify.out + verify.err);
}

BOOST_AUTO_TEST_SUITE_END()
