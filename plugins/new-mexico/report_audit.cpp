// Compliance rules over stored New Mexico abuse reports.
#include "agency_directory.h"
#include "aps_report_content.h"
#include "compliance_rules.h"
#include "compliance_support.h"
#include "plugin_settings.h"

#include <cmath>

namespace parity::new_mexico {

// "Immediately" has no hours in the statutes, so the agency's setting is the limit. The
// clock runs straight through nights, weekends and holidays: a child in danger on
// Christmas Day is reported on Christmas Day.
ComplianceRule immediateReportLimitRule() {
    ComplianceRule rule;
    rule.id = "new-mexico.immediate-report-limit";
    rule.description = "Abuse reports made later than the agency's limit for \"immediately\" with no reason for the "
                       "delay";
    rule.source = "NMSA 32A-4-3(A); NMSA 27-7-30; 8.11.6.9 NMAC (report immediately); limit: setting "
                  "new-mexico.immediate-report-limit-hours";
    rule.run = [](const std::vector<StoredRecord>& records, const ComplianceContext& context) {
        std::vector<ComplianceFinding> findings;
        const double limit = hoursSetting(context.settings, setting::kImmediateReportLimitHours,
                                          setting::kImmediateReportLimitDefault);
        for (const StoredRecord& record : records) {
            if (!isNewMexicoRecord(record, "abuse-report") || !answer(record, "delay_reason").empty())
                continue;
            const std::string suspected = answer(record, "suspected_at");
            const double hours = context.time->hoursBetween(suspected, answer(record, "agency_reported_at"));
            if (std::isnan(hours) || hours <= limit)
                continue;
            const std::string due = context.time->addHours(suspected, limit);
            const std::string h = shownHours(hours), l = shownHours(limit);
            const std::string s = shownTime(context.time->local(suspected)), d = shownTime(due);
            findings.push_back(
                {{}, record.id, answer(record, "client_id"), false,
                 say(context,
                     "Reported to the agency " + h + " hours after the abuse was first suspected (" + s +
                         "), later than the " + l + "-hour limit your agency set for an immediate report (due " + d +
                         "), and no reason for the delay is recorded. Amend the report with the reason.",
                     "Se reportó a la agencia " + h + " horas después de la primera sospecha (" + s +
                         "), más tarde que el límite de " + l +
                         " horas que su agencia fijó para un reporte inmediato (vencía " + d +
                         "), y no se anotó el motivo del retraso. Enmiende el reporte con el motivo."),
                 due});
        }
        return findings;
    };
    return rule;
}

// Agency practice, not statute: the reference number proves the report reached the
// agency. A deadline that falls on a weekend or holiday moves to the end of the next
// business day, when the agency's office can be asked.
ComplianceRule confirmationNumberRule() {
    ComplianceRule rule;
    rule.id = "new-mexico.confirmation-number";
    rule.description = "Abuse reports still without the agency's confirmation number after the agency's set time";
    rule.source = "Agency practice (setting new-mexico.confirmation-number-after-hours) for reports under NMSA "
                  "32A-4-3(A) and 27-7-30; business days per NMSA 12-5-2, new-mexico.extra-holidays and new-mexico.removed-holidays";
    rule.run = [](const std::vector<StoredRecord>& records, const ComplianceContext& context) {
        std::vector<ComplianceFinding> findings;
        const double after = hoursSetting(context.settings, setting::kConfirmationNumberAfterHours,
                                          setting::kConfirmationNumberAfterDefault);
        auto valueOf = [&](const char* key) {
            auto it = context.settings.find(key);
            return it == context.settings.end() ? std::string() : it->second;
        };
        const BusinessCalendar calendar(valueOf(setting::kExtraHolidays), valueOf(setting::kRemovedHolidays));
        for (const StoredRecord& record : records) {
            if (!isNewMexicoRecord(record, "abuse-report") || !answer(record, "confirmation_number").empty())
                continue;
            const std::string due =
                rollToBusinessDay(*context.time, calendar,
                                  context.time->addHours(answer(record, "agency_reported_at"), after));
            if (due.empty())
                continue;
            const std::string agency = agencyName(answer(record, "agency"), context.language);
            const std::string d = shownTime(due);
            const bool open = stillOpen(context, due);
            findings.push_back(
                {{}, record.id, answer(record, "client_id"), open,
                 open ? say(context,
                            "No confirmation number from " + agency +
                                " is recorded yet. Get it from the agency and amend the report by " + d + ".",
                            "Todavía no se anotó el número de confirmación de " + agency +
                                ". Pídalo a la agencia y enmiende el reporte antes de " + d + ".")
                      : say(context,
                            "No confirmation number from " + agency + " was recorded by " + d +
                                ". Call the agency for the report's reference number and amend the report.",
                            "No se anotó el número de confirmación de " + agency + " antes de " + d +
                                ". Llame a la agencia para obtener el número de referencia del reporte y "
                                "enmiende el reporte."),
                 due});
        }
        return findings;
    };
    return rule;
}

// The form checks the same list when the report is made; the audit catches records made
// under an earlier version of the form, or amended since.
ComplianceRule apsRequiredContentRule() {
    ComplianceRule rule;
    rule.id = "new-mexico.aps-required-content";
    rule.description = "Reports to Adult Protective Services missing an element the statute requires";
    rule.source = "NMSA 27-7-30; 8.11.6.9 NMAC";
    rule.run = [](const std::vector<StoredRecord>& records, const ComplianceContext& context) {
        std::vector<ComplianceFinding> findings;
        for (const StoredRecord& record : records) {
            if (!isNewMexicoRecord(record, "abuse-report"))
                continue;
            AnswerSnapshot answers = record.answers;
            answers.language = context.language;
            if (!reportGoesToAps(answers))
                continue;
            const auto missing = missingApsElements(answers, true);
            if (missing.empty())
                continue;
            const std::string list = listElements(missing, context.language);
            findings.push_back({{}, record.id, answer(record, "client_id"), false,
                                say(context,
                                    "This report to Adult Protective Services lacks what NMSA 27-7-30 requires: " +
                                        list + ". Amend it with what you know.",
                                    "A este reporte a Adult Protective Services le falta lo que exige NMSA 27-7-30: " +
                                        list + ". Enmiéndelo con lo que sepa."),
                                ""});
        }
        return findings;
    };
    return rule;
}

} // namespace parity::new_mexico
