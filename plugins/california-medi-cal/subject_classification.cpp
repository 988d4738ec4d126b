#include "subject_classification.h"

#include "california_settings.h"

#include <cstdlib>
#include <optional>

namespace parity::california {

namespace {

std::optional<double> ageOf(const std::string& text) {
    if (text.empty())
        return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (!end || *end != '\0')
        return std::nullopt;
    return value;
}

} // namespace

SubjectGroup classifySubject(const std::string& category, const std::string& ageText, double elderAge) {
    const auto age = ageOf(ageText);
    if ((age && *age < 18) || category == "child")
        return SubjectGroup::Child;
    if ((age && *age >= elderAge) || category == "elder" || category == "dependent_adult")
        return SubjectGroup::ElderOrDependentAdult;
    if (category == "developmental_disability")   // an adult with a developmental disability is a dependent adult
        return age ? SubjectGroup::ElderOrDependentAdult : SubjectGroup::Unknown;
    if (category == "other_adult")
        return SubjectGroup::OtherAdult;
    return SubjectGroup::Unknown;
}

SubjectGroup classifySubject(const std::map<std::string, std::string>& answers,
                             const std::map<std::string, std::string>& settings) {
    auto value = [&](const char* key) {
        auto it = answers.find(key);
        return it == answers.end() ? std::string() : it->second;
    };
    return classifySubject(value("subject_category"), value("subject_age"),
                           numberSetting(settings, setting::ElderAge, 60));
}

} // namespace parity::california
