#include "referral_consent_audit.h"

#include "compliance_support.h"

#include <parity/civil_date.h>

#include <cmath>

namespace parity::california {

namespace {

bool isConsentRecord(const StoredRecord& record) {
    return record.formId == "california-medi-cal.consent" || record.formId == "core.consent";
}

/// Whether the referral disclosed anything: the California form asks outright; a blank
/// answer falls back to whether anything is listed as shared.
bool disclosed(const StoredRecord& referral) {
    const std::string answer = referral.answers.value("information_disclosed");
    if (answer == "true")
        return true;
    if (answer == "false")
        return false;
    return !isBlank(referral.answers.value("information_shared"));
}

/// Why `consent` does not cover a disclosure at `sharedAt`, or "" when it does.
std::string whyNotCovered(const StoredRecord& consent, const std::string& sharedAt, const ComplianceContext& context) {
    const auto& a = consent.answers;
    const std::string id = std::to_string(consent.id);
    if (a.value("release_of_information") != "true")
        return localized(context, "consent record " + id + " has no release of information",
                         "el consentimiento " + id + " no incluye una autorización para divulgar información");
    const double signedBefore = context.time->hoursBetween(a.value("signed_at"), sharedAt);
    if (!std::isfinite(signedBefore) || signedBefore < 0)
        return localized(context, "the release in consent record " + id + " was signed after the referral",
                         "la autorización del consentimiento " + id + " se firmó después de la derivación");
    // roi_expires is a date or an event; only a date can be checked here.
    const std::string expires = a.value("roi_expires");
    const std::string sharedDay = context.time->local(sharedAt).substr(0, 10);
    if (auto date = civil::parseIsoDate(expires); date && civil::formatIsoDate(*date) < sharedDay)
        return localized(context, "the release in consent record " + id + " expired on " + expires,
                         "la autorización del consentimiento " + id + " venció el " + expires);
    // Revocation is recorded by amending the consent with roi_revoked_at (consent.xml).
    const std::string revoked = a.value("roi_revoked_at");
    if (!isBlank(revoked)) {
        const double revokedBefore = context.time->hoursBetween(revoked, sharedAt);
        if (!std::isfinite(revokedBefore) || revokedBefore >= 0)   // unreadable counts as revoked: the safe side
            return localized(context,
                             "the release in consent record " + id + " was cancelled on " + shown(context, revoked),
                             "la autorización del consentimiento " + id + " se canceló el " + shown(context, revoked));
    }
    return {};
}

std::vector<ComplianceFinding> referralsWithoutRelease(const std::vector<StoredRecord>& records,
                                                       const ComplianceContext& context) {
    std::vector<ComplianceFinding> findings;
    for (const StoredRecord& referral : records) {
        if (!isCaliforniaRecord(referral, "referral") || !disclosed(referral))
            continue;
        const std::string client = referral.answers.value("client_id");
        std::string sharedAt = referral.answers.value("signed_at");
        if (context.time->local(sharedAt).empty())
            sharedAt = referral.submittedAt;
        std::string reasons;
        bool covered = false;
        for (const StoredRecord& consent : records) {
            if (!isConsentRecord(consent) || consent.answers.value("client_id") != client)
                continue;
            const std::string why = whyNotCovered(consent, sharedAt, context);
            if (why.empty()) {
                covered = true;
                break;
            }
            reasons += "; " + why;
        }
        if (covered)
            continue;
        if (reasons.empty())
            reasons = localized(context, "; there is no consent record for this client",
                                "; no hay ningún consentimiento de este cliente");
        findings.push_back(findingFor(
            referral, false,
            localized(context,
                      "The referral of " + shown(context, sharedAt) + " shared information about client " + client +
                          " without a signed, unexpired, unrevoked release on file" + reasons + ".",
                      "La derivación del " + shown(context, sharedAt) + " compartió información del cliente " +
                          client + " sin una autorización firmada, vigente y no cancelada" + reasons + "."),
            ""));
    }
    return findings;
}

} // namespace

ComplianceRule referralConsentAudit() {
    return {"california-medi-cal.referral-consent",
            "Referrals that shared information need the client's signed, unexpired, unrevoked release",
            "WIC 5328 (LPS Act); Civil Code 56 et seq. (CMIA); 42 CFR 2.31; HIPAA", referralsWithoutRelease};
}

} // namespace parity::california
