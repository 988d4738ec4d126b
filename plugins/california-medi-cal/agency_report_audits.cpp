#include "agency_report_audits.h"

#include "california_settings.h"
#include "compliance_support.h"

#include <cmath>

namespace parity::california {

namespace {

std::vector<ComplianceFinding> lateWithoutReason(const std::vector<StoredRecord>& records,
                                                 const ComplianceContext& context) {
    const double limit = numberSetting(context.settings, setting::ImmediateReportLimitHours, 24);
    std::vector<ComplianceFinding> findings;
    for (const StoredRecord& record : records) {
        if (!isCaliforniaRecord(record, "abuse-report"))
            continue;
        const std::string suspected = record.answers.value("suspected_at");
        const std::string reported = record.answers.value("agency_reported_at");
        const double hours = context.time->hoursBetween(suspected, reported);
        if (!std::isfinite(hours) || hours <= limit || !isBlank(record.answers.value("delay_reason")))
            continue;
        const std::string due = context.time->addHours(suspected, limit);
        findings.push_back(findingFor(
            record, false,
            localized(context,
                      "The agency was told " + hoursText(hours) + " hours after the abuse was first suspected (" +
                          shown(context, suspected) + "), later than the agency's limit of " + hoursText(limit) +
                          " hours for \"immediately or as soon as practicable\", and no reason for the delay is recorded.",
                      "Se avisó a la agencia " + hoursText(hours) + " horas después de la primera sospecha (" +
                          shown(context, suspected) + "), después del plazo de " + hoursText(limit) +
                          " horas que la agencia fijó para \"de inmediato o tan pronto como sea posible\", y no se "
                          "anotó el motivo del retraso."),
            due));
    }
    return findings;
}

std::vector<ComplianceFinding> missingConfirmation(const std::vector<StoredRecord>& records,
                                                   const ComplianceContext& context) {
    const double after = numberSetting(context.settings, setting::ConfirmationNumberAfterHours, 48);
    std::vector<ComplianceFinding> findings;
    for (const StoredRecord& record : records) {
        if (!isCaliforniaRecord(record, "abuse-report") || !isBlank(record.answers.value("confirmation_number")))
            continue;
        const std::string reported = record.answers.value("agency_reported_at");
        const std::string due = context.time->addHours(reported, after);
        if (due.empty())
            continue;
        const bool passed = hasPassed(context, due);
        findings.push_back(findingFor(
            record, !passed,
            passed ? localized(context,
                               "No confirmation or reference number from the agency is recorded for the report made " +
                                   shown(context, reported) + "; it was expected by " + shown(context, due) +
                                   ". Ask the agency for it and amend the record.",
                               "No se anotó ningún número de confirmación o de referencia de la agencia para el "
                               "reporte hecho el " + shown(context, reported) + "; se esperaba a más tardar el " +
                                   shown(context, due) + ". Pídalo a la agencia y modifique el registro.")
                   : localized(context,
                               "The report made " + shown(context, reported) +
                                   " has no confirmation number from the agency yet; record it by " +
                                   shown(context, due) + ".",
                               "El reporte hecho el " + shown(context, reported) +
                                   " todavía no tiene número de confirmación de la agencia; anótelo a más tardar el " +
                                   shown(context, due) + "."),
            due));
    }
    return findings;
}

} // namespace

ComplianceRule immediateReportLimitAudit() {
    return {"california-medi-cal.immediate-report-limit",
            "Reports made later than the agency's limit for \"immediately\" need a reason for the delay",
            "Penal Code 11166(a); WIC 15630 (\"immediately or as soon as practicable\"; the hours are the setting "
            "california-medi-cal.immediate-report-limit-hours, UNVERIFIED)",
            lateWithoutReason};
}

ComplianceRule confirmationNumberAudit() {
    return {"california-medi-cal.confirmation-number",
            "Abuse reports still without the agency's confirmation number after the agency's set time",
            "Agency policy (setting california-medi-cal.confirmation-number-after-hours); the number proves the "
            "report required by Penal Code 11166(a) / WIC 15630 was received",
            missingConfirmation};
}

} // namespace parity::california
