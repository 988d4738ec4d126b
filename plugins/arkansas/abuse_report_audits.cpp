// Compliance rules over Arkansas abuse reports (arkansas.abuse-report records).
#include "agency_directory.h"
#include "audit_support.h"
#include "compliance_rules.h"
#include "subject_routing.h"

#include <cmath>

namespace parity::arkansas {

namespace {

constexpr const char* AbuseReportForm = "arkansas.abuse-report";

std::string hoursText(double hours) {
    const double rounded = std::round(hours * 10.0) / 10.0;
    std::string text = std::to_string(rounded);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.')
        text.pop_back();
    return text;
}

// (a) "Immediately" (A.C.A. 12-18-402; 12-12-1708) has no hours: past the agency's limit,
// the report must say why it was late.
std::vector<ComplianceFinding> immediateReportDelay(const std::vector<StoredRecord>& records,
                                                    const ComplianceContext& context) {
    const AuditScope scope(context);
    const Language& lang = scope.language();
    const double limit = scope.settings().hours(setting_key::ImmediateReportLimitHours);
    std::vector<ComplianceFinding> out;
    for (const StoredRecord* r : recordsOf(records, AbuseReportForm)) {
        const std::string due = scope.time().addHours(r->answers.value("suspected_at"), limit);
        if (due.empty())
            continue;
        const std::string reported = r->answers.value("agency_reported_at");
        if (reported.empty()) {
            const bool late = scope.passed(due);
            out.push_back(findingFor(*r, !late,
                                     lang.pick("The report has not been made to the agency. Report it now: the law "
                                               "says immediately, and your agency's limit of " + hoursText(limit) +
                                                   " hours " + (late ? "passed" : "ends") + " at " + scope.shown(due) + ".",
                                               "El reporte no se ha hecho a la agencia. Hágalo ya: la ley dice de "
                                               "inmediato, y el límite de su agencia de " + hoursText(limit) +
                                                   " horas " + (late ? "venció" : "vence") + " el " + scope.shown(due) + "."),
                                     due));
            continue;
        }
        if (scope.clock().later(reported, due) && isBlank(r->answers.value("delay_reason")))
            out.push_back(findingFor(*r, false,
                                     lang.pick("The report reached the agency at " + scope.shown(reported) +
                                                   ", more than " + hoursText(limit) +
                                                   " hours after the first suspicion, and the record does not say why. "
                                                   "Amend it with the reason for the delay.",
                                               "El reporte llegó a la agencia el " + scope.shown(reported) +
                                                   ", más de " + hoursText(limit) +
                                                   " horas después de la primera sospecha, y el registro no explica "
                                                   "por qué. Corríjalo indicando el motivo del retraso."),
                                     due));
    }
    return out;
}

// (b) The agency's confirmation or reference number proves the report was taken.
std::vector<ComplianceFinding> confirmationNumber(const std::vector<StoredRecord>& records,
                                                  const ComplianceContext& context) {
    const AuditScope scope(context);
    const Language& lang = scope.language();
    const double after = scope.settings().hours(setting_key::ConfirmationNumberAfterHours);
    std::vector<ComplianceFinding> out;
    for (const StoredRecord* r : recordsOf(records, AbuseReportForm)) {
        if (!isBlank(r->answers.value("confirmation_number")))
            continue;
        std::string start = r->answers.value("agency_reported_at");
        if (start.empty())
            start = r->submittedAt;
        const std::string due = scope.time().addHours(start, after);
        if (due.empty())
            continue;
        const bool late = scope.passed(due);
        out.push_back(findingFor(
            *r, !late,
            late ? lang.pick("The report still has no confirmation or reference number from the agency, " +
                                 hoursText(after) + " hours after it was made. Ask the agency for it and amend the record.",
                             "El reporte sigue sin número de confirmación o de referencia de la agencia " +
                                 hoursText(after) + " horas después de hacerse. Pídaselo a la agencia y corrija el registro.")
                 : lang.pick("The report has no confirmation or reference number from the agency yet. Record it by " +
                                 scope.shown(due) + ".",
                             "El reporte aún no tiene número de confirmación o de referencia de la agencia. Anótelo "
                             "antes del " + scope.shown(due) + "."),
            due));
    }
    return out;
}

// A.C.A. 12-12-1708; 5-28-110(e): an adult maltreatment report is due within 24 hours or
// by the end of the next business day, whichever is earlier (failing it is a misdemeanor).
std::vector<ComplianceFinding> adultReportDeadline(const std::vector<StoredRecord>& records,
                                                   const ComplianceContext& context) {
    const AuditScope scope(context);
    const Language& lang = scope.language();
    const std::string endsAt = scope.settings().timeOfDay(setting_key::BusinessDayEndsAt);
    const ReportingAgency aps = agencyIn(agency_code::AdultProtectiveServices, context.language);
    std::vector<ComplianceFinding> out;
    for (const StoredRecord* r : recordsOf(records, AbuseReportForm)) {
        if (routeSubject(r->answers, "en").group != SubjectGroup::CoveredAdult)
            continue;
        const std::string suspected = r->answers.value("suspected_at");
        const std::string due = scope.time().earlier(scope.time().addHours(suspected, 24),
                                                     scope.clock().businessDayAt(suspected, 1, endsAt));
        if (due.empty())
            continue;
        const std::string reported = r->answers.value("agency_reported_at");
        if (reported.empty()) {
            const bool late = scope.passed(due);
            out.push_back(findingFor(
                *r, !late,
                late ? lang.pick("No report to " + aps.name + " is recorded, and it was due by " + scope.shown(due) +
                                     " (24 hours, or the end of the next business day if earlier). Report it now: " +
                                     aps.phone + ".",
                                 "No consta ningún reporte a " + aps.name + ", y vencía el " + scope.shown(due) +
                                     " (24 horas, o el final del siguiente día hábil si es antes). Hágalo ya: " +
                                     aps.phone + ".")
                     : lang.pick("Report to " + aps.name + " (" + aps.phone + ") by " + scope.shown(due) + ".",
                                 "Haga el reporte a " + aps.name + " (" + aps.phone + ") antes del " +
                                     scope.shown(due) + "."),
                due));
            continue;
        }
        if (scope.clock().later(reported, due))
            out.push_back(findingFor(
                *r, false,
                lang.pick("The adult maltreatment report was made at " + scope.shown(reported) + ", after its deadline of " +
                              scope.shown(due) + " (24 hours after the first suspicion, or the end of the next business "
                              "day if earlier).",
                          "El reporte de maltrato de un adulto se hizo el " + scope.shown(reported) +
                              ", después de su plazo del " + scope.shown(due) +
                              " (24 horas después de la primera sospecha, o el final del siguiente día hábil si es antes)."),
                due));
    }
    return out;
}

// A.C.A. 12-8-509: the Hotline tells a mandated reporter within 48 hours, not counting
// weekends and holidays, if it screens a report out. Past that, the record should say
// what became of the report.
std::vector<ComplianceFinding> childHotlineDisposition(const std::vector<StoredRecord>& records,
                                                       const ComplianceContext& context) {
    const AuditScope scope(context);
    const Language& lang = scope.language();
    std::vector<ComplianceFinding> out;
    for (const StoredRecord* r : recordsOf(records, AbuseReportForm)) {
        if (r->answers.value("agency") != agency_code::ChildHotline || !isBlank(r->answers.value("hotline_screened_out")))
            continue;
        const std::string due = scope.clock().addBusinessHours(r->answers.value("agency_reported_at"), 2);
        if (due.empty() || !scope.passed(due))
            continue;
        out.push_back(findingFor(
            *r, true,
            lang.pick("No Hotline disposition is recorded. The Hotline had until " + scope.shown(due) +
                          " to say if it screened the report out. Record whether it did (and when you heard), or ask it.",
                      "No consta la decisión de la Hotline. La Hotline tenía hasta el " + scope.shown(due) +
                          " para avisar si descartó el reporte. Anote si lo descartó (y cuándo se enteró) o pregúnteselo."),
            due));
    }
    return out;
}

} // namespace

std::vector<ComplianceRule> abuseReportAudits() {
    using namespace compliance_rule;
    return {
        {ImmediateReportDelay,
         "A report made later than the agency's limit for \"immediately\" says why it was late",
         "A.C.A. 12-18-402; A.C.A. 12-12-1708 (\"immediately\"; hours: setting arkansas.immediate-report-limit-hours)",
         immediateReportDelay},
        {ConfirmationNumber,
         "An abuse report records the agency's confirmation or reference number",
         "A.C.A. 12-18-402; A.C.A. 12-12-1708 (proof the report was taken; hours: setting "
         "arkansas.confirmation-number-after-hours)",
         confirmationNumber},
        {AdultReportDeadline,
         "An adult maltreatment report is made within 24 hours or by the end of the next business day, whichever "
         "is earlier",
         "A.C.A. 12-12-1708; A.C.A. 5-28-110(e)", adultReportDeadline},
        {ChildHotlineDisposition,
         "A child maltreatment report records whether the Hotline screened it out, once 48 business hours have passed",
         "A.C.A. 12-8-509", childHotlineDisposition},
    };
}

} // namespace parity::arkansas
