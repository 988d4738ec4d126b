// Compliance rules over stored consents and the referrals that rely on them.
#include "compliance_rules.h"
#include "compliance_support.h"

#include <parity/civil_date.h>

#include <cmath>
#include <optional>

namespace parity::new_mexico {
namespace {

/// When the record was signed: its signed_at, else when it was stored.
std::string signedAt(const StoredRecord& record) {
    const std::string at = answer(record, "signed_at");
    return at.empty() ? record.submittedAt : at;
}

/// `a` happened at or before `b` (false when either is unreadable).
bool atOrBefore(const TimeService& time, const std::string& a, const std::string& b) {
    const double hours = time.hoursBetween(a, b);
    return !std::isnan(hours) && hours >= 0;
}

/// Whole years from `birth` to `on`.
std::optional<int> ageOn(const std::string& birth, const std::string& on) {
    const auto b = civil::parseDatePrefix(birth);
    const auto o = civil::parseDatePrefix(on);
    if (!b || !o)
        return std::nullopt;
    int years = o->year - b->year;
    if (o->month < b->month || (o->month == b->month && o->day < b->day))
        --years;
    return years;
}

enum class ReleaseState { Covers, NoRelease, SignedAfter, Expired, Revoked };

struct ReleaseCheck {
    ReleaseState state = ReleaseState::NoRelease;
    std::string when;   ///< the expiry or revocation date, for the message
};

/// Whether `consent` permitted a disclosure made at `disclosedAt` (local ISO).
///   - release_of_information is true;
///   - it was signed at or before the disclosure;
///   - roi_expires, when it is a date, is not before the disclosure's local date (an event
///     or condition cannot be judged by a program: it counts, and the referral form's own
///     note asks the clerk to check it);
///   - it was not revoked at or before the disclosure: a revocation is recorded by amending
///     the New Mexico consent with roi_revoked_at, so disclosures made before it stay covered.
ReleaseCheck checkRelease(const StoredRecord& consent, const std::string& disclosedAt, const TimeService& time) {
    if (answer(consent, "release_of_information") != "true")
        return {ReleaseState::NoRelease, ""};
    if (!atOrBefore(time, signedAt(consent), disclosedAt))
        return {ReleaseState::SignedAfter, ""};
    const std::string expires = answer(consent, "roi_expires");
    const auto disclosedOn = civil::parseDatePrefix(time.local(disclosedAt));
    if (const auto until = civil::parseIsoDate(expires); until && disclosedOn && *until < *disclosedOn)
        return {ReleaseState::Expired, expires};
    const std::string revoked = answer(consent, "roi_revoked_at");
    if (!revoked.empty()) {
        const double hours = time.hoursBetween(revoked, disclosedAt);
        // A revocation whose time cannot be read is taken as made: never disclose on a doubt.
        if (std::isnan(hours) || hours >= 0) {
            const std::string local = time.local(revoked);
            return {ReleaseState::Revoked, local.empty() ? revoked : local.substr(0, 10)};
        }
    }
    return {ReleaseState::Covers, ""};
}

/// Whether the referral shares information: the New Mexico form asks; an older record
/// without the question counts as disclosing when it lists anything shared.
bool disclosesInformation(const StoredRecord& referral) {
    const std::string disclosed = answer(referral, "information_disclosed");
    if (!disclosed.empty())
        return disclosed == "true";
    return !answer(referral, "information_shared").empty();
}

} // namespace

ComplianceRule consentOnFileRule() {
    ComplianceRule rule;
    rule.id = "new-mexico.consent-on-file";
    rule.description = "Referrals that share information with no unexpired, unrevoked release on file for the client";
    rule.source = "42 CFR 2.31 (written consent: expiration, revocation); NMSA 32A-6A-14, -15 (who consents for a "
                  "minor)";
    rule.run = [](const std::vector<StoredRecord>& records, const ComplianceContext& context) {
        std::vector<ComplianceFinding> findings;
        const TimeService& time = *context.time;
        for (const StoredRecord& referral : records) {
            if (!isNewMexicoRecord(referral, "referral") || !disclosesInformation(referral))
                continue;
            const std::string client = answer(referral, "client_id");
            const std::string at = signedAt(referral);
            bool covered = false;
            const StoredRecord* latest = nullptr;   // the latest-signed consent with a release
            ReleaseCheck latestCheck;
            for (const StoredRecord& consent : records) {
                if (!isConsentRecord(consent) || answer(consent, "client_id") != client)
                    continue;
                const ReleaseCheck check = checkRelease(consent, at, time);
                if (check.state == ReleaseState::Covers) {
                    covered = true;
                    break;
                }
                if (check.state != ReleaseState::NoRelease &&
                    (!latest || atOrBefore(time, signedAt(*latest), signedAt(consent)))) {
                    latest = &consent;
                    latestCheck = check;
                }
            }
            if (covered)
                continue;
            const std::string day = time.local(at).substr(0, 10);
            std::string en = "This referral (" + day + ") shares information about client " + client +
                             ", but no release on file covers it: a signed consent with a release of information, "
                             "signed before the referral, not expired and not revoked.";
            std::string es = "Esta derivación (" + day + ") comparte información sobre el cliente " + client +
                             ", pero ninguna autorización registrada la cubre: un consentimiento firmado con "
                             "autorización para divulgar, firmado antes de la derivación, vigente y no revocado.";
            if (!latest) {
                en += " No consent with a release of information is on file for this client.";
                es += " No hay ningún consentimiento con autorización para divulgar registrado para este cliente.";
            } else {
                const std::string id = std::to_string(latest->id);
                switch (latestCheck.state) {
                case ReleaseState::Expired:
                    en += " The latest release on file (record " + id + ") expired on " + latestCheck.when + ".";
                    es += " La autorización más reciente (registro " + id + ") venció el " + latestCheck.when + ".";
                    break;
                case ReleaseState::Revoked:
                    en += " The latest release on file (record " + id + ") was revoked on " + latestCheck.when + ".";
                    es += " La autorización más reciente (registro " + id + ") fue revocada el " + latestCheck.when +
                          ".";
                    break;
                default:
                    en += " The latest release on file (record " + id + ") was signed after the referral.";
                    es += " La autorización más reciente (registro " + id + ") se firmó después de la derivación.";
                    break;
                }
            }
            findings.push_back({{}, referral.id, client, false, say(context, en, es), ""});
        }
        return findings;
    };
    return rule;
}

// A client under 14 needs the legal custodian's consent; a clinician's initial assessment
// of at most two weeks is the one exception (NMSA 32A-6A-14, -15). Once it ends, a
// consent signed by the custodian (or by the client, if they have turned 14) must be on file.
ComplianceRule initialAssessmentExceptionRule() {
    ComplianceRule rule;
    rule.id = "new-mexico.initial-assessment-exception";
    rule.description = "Clients under 14 served under the initial-assessment exception without the custodian's "
                       "consent once it ends";
    rule.source = "NMSA 32A-6A-14, -15";
    rule.run = [](const std::vector<StoredRecord>& records, const ComplianceContext& context) {
        std::vector<ComplianceFinding> findings;
        const TimeService& time = *context.time;
        for (const StoredRecord& consent : records) {
            if (!isNewMexicoRecord(consent, "consent") || answer(consent, "initial_assessment_exception") != "true" ||
                !answer(consent, "guardian_signature").empty())
                continue;
            const std::string client = answer(consent, "client_id");
            const std::string dob = answer(consent, "client_dob");
            bool resolved = false;
            for (const StoredRecord& later : records) {
                if (later.id == consent.id || !isConsentRecord(later) || answer(later, "client_id") != client ||
                    !atOrBefore(time, signedAt(consent), signedAt(later)))
                    continue;
                const auto age = ageOn(dob, time.local(signedAt(later)));
                const bool custodianSigned = !answer(later, "guardian_signature").empty();
                const bool signsForSelf = age && *age >= 14 && !answer(later, "signed_by").empty();
                resolved = custodianSigned || signsForSelf;
                if (resolved)
                    break;
            }
            const std::string end = answer(consent, "assessment_end");
            const std::string due = time.local(end + "T23:59:59");
            if (resolved || due.empty())
                continue;
            const bool open = stillOpen(context, due);
            findings.push_back(
                {{}, consent.id, client, open,
                 open ? say(context,
                            "Client " + client + " is under 14 and is served under the initial-assessment exception, "
                            "which ends on " + end + ". Get the legal custodian's signed consent before then "
                            "(NMSA 32A-6A-14, -15).",
                            "El cliente " + client + " es menor de 14 años y se le atiende con la excepción de "
                            "evaluación inicial, que termina el " + end + ". Obtenga antes de esa fecha el "
                            "consentimiento firmado de su custodio legal (NMSA 32A-6A-14, -15).")
                      : say(context,
                            "The initial-assessment exception for client " + client + ", who is under 14, ended on " +
                                end + ", and no consent signed by the legal custodian is on file since. Serve the "
                                "client again only once the custodian consents (NMSA 32A-6A-14, -15).",
                            "La excepción de evaluación inicial del cliente " + client + ", menor de 14 años, "
                            "terminó el " + end + " y desde entonces no se ha registrado ningún consentimiento "
                            "firmado por su custodio legal. Vuelva a atender al cliente solo cuando el custodio "
                            "dé su consentimiento (NMSA 32A-6A-14, -15)."),
                 due});
        }
        return findings;
    };
    return rule;
}

} // namespace parity::new_mexico
