// Compliance rules over Arkansas referrals (arkansas.referral records).
#include "audit_support.h"
#include <parity/civil_date.h>
#include "compliance_rules.h"

namespace parity::arkansas {

namespace {

constexpr const char* ReferralForm = "arkansas.referral";

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    return first == std::string::npos ? std::string() : s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

enum class ConsentState { Covers, NoRelease, Expired, Revoked, SignedLater };

// Whether `consent` permitted a disclosure at `when` (42 CFR 2.31: a written consent with
// an expiration, revocable at any time). A release whose end is an event rather than a
// date ("when I leave the program") cannot be judged here and counts as unexpired.
ConsentState consentAt(const StoredRecord& consent, const std::string& when, const AuditScope& scope) {
    const AnswerSnapshot& a = consent.answers;
    if (a.value("release_of_information") != "true")
        return ConsentState::NoRelease;
    if (scope.clock().later(a.value("signed_at"), when))
        return ConsentState::SignedLater;
    // Revocation is recorded by amending the Arkansas consent with roi_revoked_at.
    const std::string revoked = a.value("roi_revoked_at");
    if (!revoked.empty() && !scope.clock().later(revoked, when))
        return ConsentState::Revoked;
    const std::string expires = trimmed(a.value("roi_expires"));
    if (const auto end = civil::parseIsoDate(expires)) {
        const auto day = civil::parseDatePrefix(scope.time().local(when));
        if (day && *end < *day)
            return ConsentState::Expired;
    }
    return ConsentState::Covers;
}

// 42 CFR 2.31 and the Arkansas peer code (confidentiality as the law requires): a
// referral that shares information needs a release on file that covers it.
std::vector<ComplianceFinding> referralConsentOnFile(const std::vector<StoredRecord>& records,
                                                     const ComplianceContext& context) {
    const AuditScope scope(context);
    const Language& lang = scope.language();
    std::vector<ComplianceFinding> out;
    for (const StoredRecord* r : recordsOf(records, ReferralForm)) {
        if (isBlank(r->answers.value("information_shared")))
            continue;   // nothing about the person left the agency
        const std::string client = r->answers.value("client_id");
        std::string when = r->answers.value("signed_at");
        if (when.empty())
            when = r->submittedAt;
        bool covered = false, lapsed = false;
        for (const StoredRecord& c : records) {
            if ((c.formId != "arkansas.consent" && c.formId != "core.consent") || c.answers.value("client_id") != client)
                continue;
            const ConsentState state = consentAt(c, when, scope);
            covered = covered || state == ConsentState::Covers;
            lapsed = lapsed || state == ConsentState::Expired || state == ConsentState::Revoked;
        }
        if (covered)
            continue;
        const std::string named = r->answers.value("consent_record_id");
        out.push_back(findingFor(
            *r, false,
            lapsed ? lang.pick("This referral shared information about client " + client + " on " + scope.shown(when) +
                                   ", but every release on file for them had expired or been revoked by then (the "
                                   "referral names consent " + named + "). Stop sharing, tell your supervisor, and ask "
                                   "the person whether they want to sign a new release.",
                               "Esta derivación compartió información del cliente " + client + " el " +
                                   scope.shown(when) + ", pero todas sus autorizaciones archivadas habían vencido o "
                                   "se habían revocado (la derivación cita el consentimiento " + named + "). Deje de "
                                   "compartir, avise a su supervisor y pregúntele a la persona si quiere firmar una "
                                   "nueva autorización.")
                   : lang.pick("This referral shared information about client " + client + " on " + scope.shown(when) +
                                   ", but no signed release of information for them was on file (the referral names "
                                   "consent " + named + "). Stop sharing, tell your supervisor, and file the signed "
                                   "release if there is one.",
                               "Esta derivación compartió información del cliente " + client + " el " +
                                   scope.shown(when) + ", pero no había ninguna autorización firmada archivada para "
                                   "esa persona (la derivación cita el consentimiento " + named + "). Deje de "
                                   "compartir, avise a su supervisor y archive la autorización firmada si existe.")));
    }
    return out;
}

// Arkansas peer code: services do not end without telling the person (and referring them
// on when that helps).
std::vector<ComplianceFinding> servicesEndingNotified(const std::vector<StoredRecord>& records,
                                                      const ComplianceContext& context) {
    const AuditScope scope(context);
    const Language& lang = scope.language();
    std::vector<ComplianceFinding> out;
    for (const StoredRecord* r : recordsOf(records, ReferralForm)) {
        if (r->answers.value("referral_reason") != "services_ending")
            continue;
        const std::string endDate = r->answers.value("services_end_date");
        const std::string due = endDate.empty() ? std::string() : scope.time().local(endDate + "T23:59:59");
        const std::string notified = r->answers.value("person_notified_at");
        if (notified.empty()) {
            const bool open = !due.empty() && !scope.passed(due);
            out.push_back(findingFor(
                *r, open,
                open ? lang.pick("Services end on " + endDate + ": tell the person before then and record when.",
                                 "Los servicios terminan el " + endDate + ": avísele a la persona antes y anote cuándo.")
                     : lang.pick("Services ended without a record that the person was told. Tell them, offer the "
                                 "referral, and amend the record with when you told them.",
                                 "Los servicios terminaron sin constancia de que se le avisara a la persona. Avísele, "
                                 "ofrézcale la derivación y corrija el registro con la fecha en que se lo dijo."),
                due));
            continue;
        }
        if (!due.empty() && scope.clock().later(notified, due))
            out.push_back(findingFor(
                *r, false,
                lang.pick("The person was told on " + scope.shown(notified) + ", after their services ended on " +
                              endDate + ". They must be told before services end.",
                          "Se le avisó a la persona el " + scope.shown(notified) + ", después de que sus servicios "
                          "terminaran el " + endDate + ". Hay que avisarle antes de que terminen."),
                due));
    }
    return out;
}

} // namespace

std::vector<ComplianceRule> referralAudits() {
    using namespace compliance_rule;
    return {
        {ReferralConsentOnFile,
         "A referral that shares information has an unexpired, unrevoked release on file for the client",
         "42 CFR 2.31 (written consent, expiration, revocation); Arkansas Peer Recovery Code of Ethics "
         "(confidentiality as the law requires)",
         referralConsentOnFile},
        {ReferralServicesEndingNotified,
         "Services do not end without the person being told first",
         "Arkansas Peer Recovery Code of Ethics (NAADAC): do not stop services without telling the person, and "
         "refer for continued services when appropriate",
         servicesEndingNotified},
    };
}

std::vector<ComplianceRule> arkansasComplianceRules() {
    std::vector<ComplianceRule> rules = abuseReportAudits();
    for (ComplianceRule& r : referralAudits())
        rules.push_back(std::move(r));
    return rules;
}

} // namespace parity::arkansas
