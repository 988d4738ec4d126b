#include "written_report_audits.h"

#include "california_settings.h"
#include "compliance_support.h"
#include "subject_classification.h"
#include "working_days.h"

#include <functional>

namespace parity::california {

namespace {

/// One written report: which records need it, the field that says when it was sent,
/// and how its deadline is computed from when the information was received.
struct WrittenReport {
    std::string form;            ///< "SS 8572"
    std::string sentField;       ///< "ss8572_sent_at"
    SubjectGroup group;
    std::string rule;            ///< "36 hours" / "2 working days", as shown in messages
    std::string ruleEs;
};

std::vector<ComplianceFinding> audit(const WrittenReport& report, const std::vector<StoredRecord>& records,
                                     const ComplianceContext& context,
                                     const std::function<std::string(const std::string&)>& dueFrom) {
    std::vector<ComplianceFinding> findings;
    if (!peerIsMandatedReporter(context.settings))
        return findings;   // the written report binds mandated reporters only (agency setting)
    for (const StoredRecord& record : records) {
        if (!isCaliforniaRecord(record, "abuse-report") ||
            classifySubject(record.answers.values, context.settings) != report.group)
            continue;
        const std::string received = record.answers.value("suspected_at");
        const std::string due = dueFrom(received);
        if (due.empty())
            continue;
        const std::string sent = record.answers.value(report.sentField);
        const std::string dueShown = shown(context, due);
        if (!isBlank(sent)) {
            if (context.time->hoursBetween(due, sent) > 0)
                findings.push_back(findingFor(
                    record, false,
                    localized(context,
                              "The written report on form " + report.form + " was sent " + shown(context, sent) +
                                  ", after it was due (" + dueShown + ", " + report.rule + " after the information was "
                                  "received at " + shown(context, received) + ").",
                              "El reporte por escrito en el formulario " + report.form + " se envió el " +
                                  shown(context, sent) + ", después del plazo (" + dueShown + ", " + report.ruleEs +
                                  " después de recibir la información el " + shown(context, received) + ")."),
                    due));
            continue;
        }
        if (hasPassed(context, due))
            findings.push_back(findingFor(
                record, false,
                localized(context,
                          "The written report on form " + report.form + " was due by " + dueShown + " (" +
                              report.rule + " after the information was received at " + shown(context, received) +
                              ") and is not recorded as sent.",
                          "El reporte por escrito en el formulario " + report.form + " debía enviarse a más tardar el " +
                              dueShown + " (" + report.ruleEs + " después de recibir la información el " +
                              shown(context, received) + ") y no consta que se haya enviado."),
                due));
        else
            findings.push_back(findingFor(
                record, true,
                localized(context,
                          "The written report on form " + report.form + " is not recorded as sent yet; it is due by " +
                              dueShown + ".",
                          "Todavía no consta el envío del reporte por escrito en el formulario " + report.form +
                              "; debe enviarse a más tardar el " + dueShown + "."),
                due));
    }
    return findings;
}

} // namespace

ComplianceRule ss8572DeadlineAudit() {
    return {"california-medi-cal.ss8572-deadline",
            "Written child abuse report (form SS 8572) within 36 hours of receiving the information",
            "Penal Code 11166(a)",
            [](const std::vector<StoredRecord>& records, const ComplianceContext& context) {
                const WrittenReport report{"SS 8572", "ss8572_sent_at", SubjectGroup::Child, "36 hours", "36 horas"};
                return audit(report, records, context,
                             [&](const std::string& received) { return context.time->addHours(received, 36); });
            }};
}

ComplianceRule soc341DeadlineAudit() {
    return {"california-medi-cal.soc341-deadline",
            "Written elder or dependent adult abuse report (form SOC 341) within 2 working days",
            "WIC 15630",
            [](const std::vector<StoredRecord>& records, const ComplianceContext& context) {
                auto extraSetting = context.settings.find(setting::ExtraHolidays);
                const ExtraHolidays extra =
                    parseExtraHolidays(extraSetting == context.settings.end() ? std::string() : extraSetting->second);
                const WrittenReport report{"SOC 341", "soc341_sent_at", SubjectGroup::ElderOrDependentAdult,
                                           "2 working days", "2 días hábiles"};
                auto findings = audit(report, records, context, [&](const std::string& received) {
                    return endOfWorkingDay(*context.time, received, 2, extra);
                });
                // An extra holiday the audit cannot read is one it cannot honour: say so
                // rather than compute a deadline the agency did not mean.
                if (!extra.unreadable.empty()) {
                    std::string entries;
                    for (const std::string& e : extra.unreadable)
                        entries += (entries.empty() ? "" : ", ") + e;
                    ComplianceFinding f;
                    f.warning = true;
                    f.message = localized(context,
                                          "The setting " + setting::ExtraHolidays + " has entries that are not dates "
                                          "(YYYY-MM-DD): " + entries + ". They are ignored; correct the setting.",
                                          "El ajuste " + setting::ExtraHolidays + " tiene valores que no son fechas "
                                          "(AAAA-MM-DD): " + entries + ". Se ignoran; corrija el ajuste.");
                    findings.push_back(std::move(f));
                }
                return findings;
            }};
}

} // namespace parity::california
