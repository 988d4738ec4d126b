#include "subject_routing.h"

#include "agency_directory.h"
#include "language.h"

namespace parity::arkansas {

std::optional<long> wholeNumber(const std::string& text) {
    try {
        std::size_t used = 0;
        const long v = std::stol(text, &used);
        if (used != text.size())
            return std::nullopt;
        return v;
    } catch (...) {
        return std::nullopt;
    }
}

SubjectRouting routeSubject(const AnswerSnapshot& answers, const std::string& language) {
    const Language lang(language);
    const std::string category = answers.value("subject_category");
    const std::optional<long> age = wholeNumber(answers.value("subject_age"));
    const bool endangered = answers.value("endangered_or_impaired_adult") == "true";
    const bool longTermCare = answers.value("ltc_facility_resident") == "true";

    auto child = [&](std::string who) {
        return SubjectRouting{SubjectGroup::Child, agency_code::ChildHotline, std::move(who)};
    };
    auto adult = [&](std::string who) {
        return SubjectRouting{SubjectGroup::CoveredAdult, agency_code::AdultProtectiveServices, std::move(who)};
    };

    if (category == "child")
        return child(lang.pick("A report about a child (under 18)", "Un reporte sobre un niño, niña o adolescente (menor de 18 años)"));
    if (category == "developmental_disability") {
        if (!age)
            return {};
        if (*age < 18)
            return child(lang.pick("A report about a child (under 18) with a developmental disability",
                                   "Un reporte sobre un menor de 18 años con una discapacidad del desarrollo"));
        return adult(lang.pick("A report about an adult with a developmental disability",
                               "Un reporte sobre un adulto con una discapacidad del desarrollo"));
    }
    if (category == "elder")
        return adult(lang.pick("A report about an older adult", "Un reporte sobre una persona mayor"));
    if (category == "dependent_adult")
        return adult(lang.pick("A report about an adult who depends on others for care (an impaired adult)",
                               "Un reporte sobre un adulto que depende de otros para su cuidado (un adulto con incapacidad)"));
    if (category == "other_adult") {
        if (endangered)
            return adult(lang.pick("A report about an endangered or impaired adult",
                                   "Un reporte sobre un adulto en peligro o con incapacidad"));
        if (longTermCare)
            return adult(lang.pick("A report about a resident of a long-term-care facility",
                                   "Un reporte sobre un residente de un centro de cuidados a largo plazo"));
        if (age && *age > 62)
            return adult(lang.pick("A report about a person over 62", "Un reporte sobre una persona de más de 62 años"));
        return {SubjectGroup::UncoveredAdult, "", ""};
    }
    return {};
}

} // namespace parity::arkansas
