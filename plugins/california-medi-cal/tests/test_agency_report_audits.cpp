// Compliance audits of the phone report: the agency's limit for "immediately"
// (Penal Code 11166(a); WIC 15630) and the agency's confirmation number.
#include "california_fixture.h"

using namespace parity;
using namespace parity::test;
using namespace parity::test::california;

namespace {

const std::string kLimitRule = "california-medi-cal.immediate-report-limit";
const std::string kConfirmationRule = "california-medi-cal.confirmation-number";

nlohmann::json sentChildReport(const std::string& suspected, const std::string& reported) {
    auto a = childReport(suspected, reported);
    a["ss8572_sent_at"] = "2026-10-13T09:00:00-07:00";
    return a;
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(CaliforniaImmediateReportAudit, CaliforniaFixture)

BOOST_AUTO_TEST_CASE(reports_later_than_the_limit_without_a_reason_are_violations) {
    // Stored while the limit was the default 24 hours; the agency then sets 4 hours.
    const auto late = harness.submit(kAbuseReport, sentChildReport("2026-10-12T09:00:00-07:00", "2026-10-12T14:30:00-07:00"));
    const auto atLimit = harness.submit(kAbuseReport, sentChildReport("2026-10-12T09:00:00-07:00", "2026-10-12T13:00:00-07:00"));
    auto explainedAnswers = sentChildReport("2026-10-12T09:00:00-07:00", "2026-10-12T14:30:00-07:00");
    explainedAnswers["delay_reason"] = "The client disclosed at the end of the session; the county line was down until 14:20.";
    const auto explained = harness.submit(kAbuseReport, explainedAnswers);

    BOOST_TEST(PluginHarness::findings(harness.audit("2026-10-20T09:00"), kLimitRule).empty());

    setSetting("california-medi-cal.immediate-report-limit-hours", "4");
    const auto report = harness.audit("2026-10-20T09:00");
    const auto f = onlyFinding(report, kLimitRule, late);
    BOOST_TEST(!f.finding.warning);
    BOOST_TEST(f.finding.due == "2026-10-12T13:00:00-07:00");
    BOOST_TEST(f.finding.clientId == "CA-30512");
    BOOST_TEST(f.source.find("Penal Code 11166(a)") != std::string::npos);
    BOOST_TEST(f.finding.message == "The agency was told 5.5 hours after the abuse was first suspected (2026-10-12 "
                                    "09:00), later than the agency's limit of 4 hours for \"immediately or as soon as "
                                    "practicable\", and no reason for the delay is recorded.");
    BOOST_TEST(findingCount(report, kLimitRule, atLimit) == 0u);
    BOOST_TEST(findingCount(report, kLimitRule, explained) == 0u);

    const auto es = onlyFinding(harness.audit("2026-10-20T09:00", "es"), kLimitRule, late);
    BOOST_TEST(es.finding.message == "Se avisó a la agencia 5.5 horas después de la primera sospecha (2026-10-12 09:00), "
                                     "después del plazo de 4 horas que la agencia fijó para \"de inmediato o tan pronto "
                                     "como sea posible\", y no se anotó el motivo del retraso.");
}

BOOST_AUTO_TEST_CASE(other_forms_are_not_this_rules_business) {
    // A core abuse report (no jurisdiction) is not audited against California's limit.
    auto core = PluginHarness::example("core.abuse-report");
    core["agency_reported_at"] = "2026-10-06T09:15:00-05:00";
    harness.submit("core.abuse-report", core);
    setSetting("california-medi-cal.immediate-report-limit-hours", "1");
    BOOST_TEST(PluginHarness::findings(harness.audit("2026-10-20T09:00"), kLimitRule).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(CaliforniaConfirmationNumberAudit, CaliforniaFixture)

BOOST_AUTO_TEST_CASE(missing_confirmation_is_a_warning_then_a_violation) {
    auto answers = sentChildReport("2026-10-12T14:30:00-07:00", "2026-10-12T15:05:00-07:00");
    answers.erase("confirmation_number");
    const auto missing = harness.submit(kAbuseReport, answers);
    const auto confirmed = harness.submit(kAbuseReport, sentChildReport("2026-10-12T14:30:00-07:00", "2026-10-12T15:05:00-07:00"));

    auto before = harness.audit("2026-10-14T15:04");
    auto f = onlyFinding(before, kConfirmationRule, missing);
    BOOST_TEST(f.finding.warning);
    BOOST_TEST(f.finding.due == "2026-10-14T15:05:00-07:00");
    BOOST_TEST(f.finding.message == "The report made 2026-10-12 15:05 has no confirmation number from the agency yet; "
                                    "record it by 2026-10-14 15:05.");
    BOOST_TEST(findingCount(before, kConfirmationRule, confirmed) == 0u);

    auto after = harness.audit("2026-10-14T15:06");
    f = onlyFinding(after, kConfirmationRule, missing);
    BOOST_TEST(!f.finding.warning);
    BOOST_TEST(f.finding.message == "No confirmation or reference number from the agency is recorded for the report "
                                    "made 2026-10-12 15:05; it was expected by 2026-10-14 15:05. Ask the agency for it "
                                    "and amend the record.");
    BOOST_TEST(findingCount(after, kConfirmationRule, confirmed) == 0u);

    // The agency allows 72 hours: the same moment is a warning again.
    setSetting("california-medi-cal.confirmation-number-after-hours", "72");
    f = onlyFinding(harness.audit("2026-10-14T15:06"), kConfirmationRule, missing);
    BOOST_TEST(f.finding.warning);
    BOOST_TEST(f.finding.due == "2026-10-15T15:05:00-07:00");

    // Amending the record with the number clears it.
    answers["confirmation_number"] = "CWS-2026-55121";
    harness.records().amend(missing, answers, "The county sent the reference number by e-mail", "clerk");
    BOOST_TEST(findingCount(harness.audit("2026-10-20T09:00"), kConfirmationRule, missing) == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
