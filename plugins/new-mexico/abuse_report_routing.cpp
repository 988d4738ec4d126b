#include "abuse_report_routing.h"

#include "agency_directory.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace parity::new_mexico {
namespace {

std::optional<int> ageOf(const AnswerSnapshot& answers) {
    const std::string text = answers.value("subject_age");
    if (text.empty())
        return std::nullopt;
    char* end = nullptr;
    const long age = std::strtol(text.c_str(), &end, 10);
    if (*end != '\0')
        return std::nullopt;
    return int(age);
}

std::string joined(const std::vector<std::string>& codes, const std::string& language) {
    std::string text;
    for (const std::string& code : codes)
        text += (text.empty() ? "" : (language == "es" ? ", o a " : ", or to ")) + agencyContact(code, language);
    return text;
}

} // namespace

SubjectGroup subjectGroupOf(const AnswerSnapshot& answers) {
    const std::string category = answers.value("subject_category");
    const std::optional<int> age = ageOf(answers);
    if (category.empty())
        return SubjectGroup::Unknown;
    if (category == "child")
        return SubjectGroup::Child;
    // A developmental disability may come at any age: under 18 the child-abuse statute applies.
    if (category == "developmental_disability") {
        if (!age)
            return SubjectGroup::Unknown;
        if (*age < 18)
            return SubjectGroup::Child;
    }
    // "An adult who depends on others for care" is the core category that describes an
    // incapacitated adult (a condition that substantially impairs their ability to care for
    // or protect themselves); for the other adults the reporter says so, and "unsure" is
    // reasonable cause enough: APS decides, not the peer.
    if (category == "dependent_adult")
        return SubjectGroup::IncapacitatedAdult;
    const std::string incapacitated = answers.value("adult_incapacitated");
    return incapacitated == "yes" || incapacitated == "unsure" ? SubjectGroup::IncapacitatedAdult
                                                               : SubjectGroup::OtherAdult;
}

std::vector<std::string> rightAgencies(const AnswerSnapshot& answers) {
    switch (subjectGroupOf(answers)) {
    case SubjectGroup::Child: {
        std::vector<std::string> codes{agency::kCyfd, agency::kLawEnforcement};
        if (answers.value("indian_child_in_indian_country") == "true")
            codes.push_back(agency::kTribal);
        return codes;
    }
    case SubjectGroup::IncapacitatedAdult:
        return {agency::kAdultProtectiveServices};
    case SubjectGroup::OtherAdult:
        return {agency::kAdultProtectiveServices, agency::kLawEnforcement};
    case SubjectGroup::Unknown:
        break;
    }
    return {};
}

std::vector<RuleFinding> checkAbuseReportRouting(const AnswerSnapshot& answers) {
    const std::string chosen = answers.value("agency");
    const std::vector<std::string> right = rightAgencies(answers);
    // No agency yet: the core rules ("required", "not only the supervisor") say so.
    // A value outside the directory: the "choice" check says so.
    if (chosen.empty() || right.empty() || !findAgency(chosen))
        return {};
    if (std::find(right.begin(), right.end(), chosen) != right.end())
        return {};

    const std::string& lang = answers.language;
    const bool es = lang == "es";
    const std::string wrong = agencyName(chosen, lang);
    std::string message;
    switch (subjectGroupOf(answers)) {
    case SubjectGroup::Child:
        if (es)
            message = "Según NMSA 32A-4-3(A), un reporte sobre un niño, niña o adolescente se hace a " +
                      joined(right, lang) + ". Este reporte indica " + wrong +
                      (chosen == agency::kTribal
                           ? ", que solo corresponde cuando se trata de un niño indígena en territorio indígena "
                             "(Indian country)."
                           : ", que no recibe reportes sobre menores.");
        else
            message = "Under NMSA 32A-4-3(A), a report about a child goes to " + joined(right, lang) +
                      ". This report names " + wrong +
                      (chosen == agency::kTribal ? ", which is the right agency only for an Indian child in Indian "
                                                   "country."
                                                 : ", which does not take reports about children.");
        break;
    case SubjectGroup::IncapacitatedAdult:
        if (es)
            message = "Según NMSA 27-7-30, el abuso, la negligencia o la explotación de un adulto incapacitado se "
                      "reporta a " + joined(right, lang) + ". Este reporte indica " + wrong +
                      ": haga el reporte a APS y anótelo aquí (anote " + wrong +
                      " entre las otras agencias a las que también hizo el reporte).";
        else
            message = "Under NMSA 27-7-30, abuse, neglect or exploitation of an incapacitated adult is reported to " +
                      joined(right, lang) + ". This report names " + wrong +
                      " instead: report to APS and record it here (list " + wrong +
                      " under the other agencies you also reported to).";
        break;
    default:
        if (es)
            message = "Un reporte sobre un adulto se hace a " + joined(right, lang) + ". Este reporte indica " +
                      wrong + ", que solo recibe reportes sobre menores.";
        else
            message = "A report about an adult goes to " + joined(right, lang) + ". This report names " + wrong +
                      ", which takes reports about children only.";
        break;
    }
    return {{"agency", "", false, message}};
}

} // namespace parity::new_mexico
