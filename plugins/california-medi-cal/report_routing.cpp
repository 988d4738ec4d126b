#include "report_routing.h"

#include "agency_directory.h"
#include "california_settings.h"
#include "subject_classification.h"

#include <algorithm>
#include <stdexcept>

namespace parity::california {

namespace {

const char* const kChildAgencies[] = {"ca-county-child-welfare", "ca-law-enforcement", "ca-county-probation"};
const char* const kAdultAgency = "ca-adult-protective-services";

const ReportingAgency& agencyWithCode(const std::vector<ReportingAgency>& directory, const std::string& code) {
    auto it = std::find_if(directory.begin(), directory.end(), [&](const ReportingAgency& a) { return a.code == code; });
    if (it == directory.end())
        throw std::logic_error("the agency directory has no '" + code + "'");
    return *it;
}

std::string nameOf(const std::vector<ReportingAgency>& directory, const std::string& code) {
    auto it = std::find_if(directory.begin(), directory.end(), [&](const ReportingAgency& a) { return a.code == code; });
    return it == directory.end() ? code : it->name;
}

bool es(const AnswerSnapshot& a) { return a.language == "es"; }

/// CANRA: the county child welfare department, police or sheriff (not school police), or
/// county probation where designated. County numbers are not in the directory (they
/// differ by county): the agency's own setting fills the child welfare one in.
std::string childMessage(const AnswerSnapshot& a, const std::vector<ReportingAgency>& directory) {
    const std::string chosen = nameOf(directory, a.value("agency"));
    const std::string hotline = a.setting(setting::CountyChildWelfarePhone);
    if (es(a))
        return "Un reporte sobre un menor de 18 años va al departamento de bienestar infantil del condado (teléfono: " +
               (hotline.empty() ? std::string("la línea directa de abuso infantil de su condado") : hotline) +
               "), a la policía o al sheriff, pero no a la policía escolar (teléfono: 911 en una emergencia o la "
               "línea local que no es de emergencia), o al departamento de libertad condicional del condado donde "
               "esté designado (Código Penal 11166(a), 11165.9). «" + chosen + "» no recibe este reporte.";
    return "A report about a child (under 18) goes to the county child welfare department (phone: " +
           (hotline.empty() ? std::string("your county's child abuse hotline") : hotline) +
           "), the police or sheriff but not school police (phone: " +
           agencyWithCode(directory, "ca-law-enforcement").phone +
           "), or county probation where the county designates it (Penal Code 11166(a), 11165.9). \"" + chosen +
           "\" does not take this report.";
}

/// WIC 15630: Adult Protective Services.
std::string adultMessage(const AnswerSnapshot& a, const std::vector<ReportingAgency>& directory) {
    const std::string chosen = nameOf(directory, a.value("agency"));
    const ReportingAgency& aps = agencyWithCode(directory, kAdultAgency);
    if (es(a))
        return "Un reporte sobre una persona mayor o un adulto dependiente va a Servicios de Protección para Adultos "
               "del condado, línea estatal " + aps.phone + " (WIC 15630). «" + chosen + "» no recibe este reporte.";
    return "A report about an elder or a dependent adult goes to " + aps.name + ", statewide line " + aps.phone +
           " (WIC 15630). \"" + chosen + "\" does not take this report.";
}

std::vector<RuleFinding> checkRouting(const AnswerSnapshot& a) {
    const std::string agency = a.value("agency");
    if (agency.empty())
        return {};   // the core form requires an agency; nothing to route yet
    // Named in the clerk's language: the agency a clerk chose is quoted back as the list showed it.
    std::vector<ReportingAgency> directory = agencyDirectory();
    const std::vector<AgencyTranslation> translations = agencyTranslations();
    for (ReportingAgency& entry : directory)
        entry = translatedAgency(entry, translations, a.language);
    switch (classifySubject(a.values, a.settings)) {
    case SubjectGroup::Child:
        if (std::find(std::begin(kChildAgencies), std::end(kChildAgencies), agency) == std::end(kChildAgencies))
            return {{"agency", "", false, childMessage(a, directory)}};
        return {};
    case SubjectGroup::ElderOrDependentAdult:
        if (agency != kAdultAgency)
            return {{"agency", "", false, adultMessage(a, directory)}};
        return {};
    case SubjectGroup::Unknown:
        if (a.value("subject_category") == "developmental_disability")
            return {{"subject_age", "", true,
                     es(a) ? "Anote la edad de la persona (un cálculo basta): con menos de 18 años el reporte va a "
                             "bienestar infantil, la policía o el sheriff; con 18 o más, a Servicios de Protección "
                             "para Adultos, " + agencyWithCode(directory, kAdultAgency).phone + "."
                           : "Give the person's age (an estimate will do): under 18 the report goes to child welfare, "
                             "the police or the sheriff; 18 or older, to Adult Protective Services, " +
                                 agencyWithCode(directory, kAdultAgency).phone + "."}};
        return {};
    case SubjectGroup::OtherAdult:
        return {};
    }
    return {};
}

} // namespace

NativeRule reportRoutingRule() {
    return {"california-medi-cal.report-routing",
            "The agency must be the one California law names for the subject's category and age "
            "(Penal Code 11166(a), 11165.9; WIC 15630)",
            checkRouting};
}

} // namespace parity::california
