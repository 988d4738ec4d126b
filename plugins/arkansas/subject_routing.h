// Which Arkansas agency a mandated report belongs to, from whom it is about.
// Used by the form's native routing rule and by the compliance audit, so that both
// read the law the same way.
//
// - A child (under 18), including a child with a developmental disability: the Child
//   Abuse Hotline (A.C.A. 12-18-402).
// - An endangered or impaired adult: Adult Protective Services (A.C.A. 12-12-1708;
//   5-28-110(e)). The statute's test is broader than the peer code's "over 62": an older
//   adult, an adult who depends on others for care, an adult with a developmental
//   disability, a resident of a long-term-care facility, and any other adult the reporter
//   marks endangered or impaired all go to APS; so does anyone over 62 (the code's trigger).
#pragma once

#include <parity/native_rule.h>

#include <optional>
#include <string>

namespace parity::arkansas {

enum class SubjectGroup {
    Unknown,         ///< not enough answers to say
    Child,           ///< under 18: Child Abuse Hotline
    CoveredAdult,    ///< endangered or impaired adult (or over 62): Adult Protective Services
    UncoveredAdult,  ///< another adult the answers do not bring under Arkansas's reporting laws
};

struct SubjectRouting {
    SubjectGroup group = SubjectGroup::Unknown;
    std::string agencyCode;   ///< the agency the report must go to; "" unless Child or CoveredAdult
    std::string who;          ///< "A report about a child (under 18)", in the requested language
};

SubjectRouting routeSubject(const AnswerSnapshot& answers, const std::string& language);

/// The whole number in `text`, or nothing.
std::optional<long> wholeNumber(const std::string& text);

} // namespace parity::arkansas
