// Whom an abuse report is about, in the terms California's reporting laws use. One
// definition shared by the routing rule and the compliance audits, so the agency a
// form demands and the written report an audit tracks can never disagree.
#pragma once

#include <map>
#include <string>

namespace parity::california {

enum class SubjectGroup {
    Child,                  ///< under 18: CANRA (Penal Code 11166(a), 11165.9), SS 8572
    ElderOrDependentAdult,  ///< elder or dependent adult: WIC 15630, APS, SOC 341
    OtherAdult,             ///< neither statute's mandated report
    Unknown,                ///< not enough answered to tell (e.g. a developmental disability, no age)
};

/// From the answers' subject_category and subject_age, with the elder age the agency set
/// (california-medi-cal.elder-age). An age, when given, decides over the category: a
/// 15-year-old is a child whatever box was ticked, and a person at the elder age is an
/// elder even if ticked "another adult" (the form flags the mismatch separately).
SubjectGroup classifySubject(const std::string& category, const std::string& age, double elderAge);

/// The same, read from a record's answers and the jurisdiction's settings.
SubjectGroup classifySubject(const std::map<std::string, std::string>& answers,
                             const std::map<std::string, std::string>& settings);

} // namespace parity::california
