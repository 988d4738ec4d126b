#include "native_rules.h"

#include "agency_directory.h"
#include "language.h"
#include "subject_routing.h"

namespace parity::arkansas {

std::string contactOf(const ReportingAgency& agency, const std::string& language) {
    const Language lang(language);
    std::string text;
    if (!agency.phone.empty())
        text = lang.pick("call ", "llame al ") + agency.phone;
    if (!agency.tdd.empty())
        text += " (TDD " + agency.tdd + ")";
    if (!agency.online.empty())
        text += text.empty() ? lang.pick("report online", "repórtelo en línea")
                             : lang.pick(" or report online", " o repórtelo en línea");
    return text;
}

namespace {

// A.C.A. 12-18-402 (children); A.C.A. 12-12-1708 and 5-28-110(e) (adults).
std::vector<RuleFinding> checkRouting(const AnswerSnapshot& answers) {
    const Language lang(answers.language);
    const SubjectRouting routing = routeSubject(answers, answers.language);
    const std::string chosen = answers.value("agency");
    if (routing.group == SubjectGroup::UncoveredAdult) {
        const ReportingAgency aps = agencyIn(agency_code::AdultProtectiveServices, answers.language);
        return {{"endangered_or_impaired_adult", native_rule::AdultNotCovered, true,
                 lang.pick("From your answers this adult is neither endangered or impaired (A.C.A. 12-12-1708) "
                           "nor over 62 (the Arkansas peer code), so Arkansas may not require a report. Talk it "
                           "over with your supervisor. If the person cannot protect themselves, answer yes to "
                           "that question and report to " + aps.name + " (" + aps.phone + ").",
                           "Según sus respuestas, este adulto no está en peligro ni tiene una incapacidad "
                           "(A.C.A. 12-12-1708) ni tiene más de 62 años (código de ética de pares de Arkansas), "
                           "así que es posible que Arkansas no exija un reporte. Háblelo con su supervisor. Si la "
                           "persona no puede protegerse, conteste que sí a esa pregunta y haga el reporte a " +
                               aps.name + " (" + aps.phone + ").")}};
    }
    if (routing.agencyCode.empty() || chosen.empty() || chosen == routing.agencyCode)
        return {};
    const ReportingAgency right = agencyIn(routing.agencyCode, answers.language);
    return {{"agency", "", false,
             lang.pick(routing.who + " must go to the " + right.name + " (" + right.statute + "): " +
                           contactOf(right, "en") + ". Choose it as the agency you reported to.",
                       routing.who + " debe hacerse a la agencia " + right.name + " (" + right.statute + "): " +
                           contactOf(right, "es") + ". Elíjala como la agencia a la que hizo el reporte.")}};
}

// A.C.A. 12-12-1708: a report about a resident of a long-term-care facility also goes to
// local law enforcement and to the Office of Long-Term Care.
std::vector<RuleFinding> checkLongTermCare(const AnswerSnapshot& answers) {
    if (answers.value("ltc_facility_resident") != "true")
        return {};
    const Language lang(answers.language);
    const std::string chosen = answers.value("agency");
    std::vector<ReportingAgency> missing;
    for (const char* code : {agency_code::LawEnforcement, agency_code::OfficeOfLongTermCare}) {
        bool reported = chosen == code;
        if (auto it = answers.repeats.find("additional_reports"); it != answers.repeats.end())
            for (const auto& item : it->second) {
                // Picked from the directory; records made before the list existed name it in text.
                auto picked = item.find("additional_agency");
                auto name = item.find("additional_agency_name");
                reported = reported || (picked != item.end() && picked->second == code) ||
                           (name != item.end() && textNamesAgency(name->second, code));
            }
        if (!reported)
            missing.push_back(agencyIn(code, answers.language));
    }
    if (missing.empty())
        return {};
    std::string names;
    for (std::size_t i = 0; i < missing.size(); ++i)
        names += (i == 0 ? "" : lang.pick(" and ", " y ")) + missing[i].name;
    return {{"", "", false,
             lang.pick("The person lives in a long-term-care facility, so the report must also go to " + names +
                           " (A.C.A. 12-12-1708). Report to each and add it under \"Other agencies you also "
                           "reported to\" with the time you reported.",
                       "La persona vive en un centro de cuidados a largo plazo, así que el reporte también debe "
                       "hacerse a " + names + " (A.C.A. 12-12-1708). Haga el reporte a cada una y agréguela en "
                       "\"Otras agencias a las que también hizo el reporte\" con la hora en que lo hizo.")}};
}

} // namespace

std::vector<NativeRule> arkansasNativeRules() {
    return {
        {native_rule::AbuseReportRouting,
         "The agency matches whom the report is about: a child to the Child Abuse Hotline, an endangered or "
         "impaired adult to Adult Protective Services (A.C.A. 12-18-402; 12-12-1708; 5-28-110(e))",
         checkRouting},
        {native_rule::LongTermCareReports,
         "A resident of a long-term-care facility: the report also goes to local law enforcement and the Office "
         "of Long-Term Care (A.C.A. 12-12-1708)",
         checkLongTermCare},
    };
}

} // namespace parity::arkansas
