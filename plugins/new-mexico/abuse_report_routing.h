// Which agency a New Mexico abuse report must go to, from whom it is about:
//   a child (or a person under 18 with a developmental disability): CYFD Statewide
//   Central Intake or local law enforcement, and tribal law enforcement or social services
//   for an Indian child in Indian country (NMSA 32A-4-3(A));
//   an incapacitated adult: Adult Protective Services (NMSA 27-7-30; 8.11.6.9 NMAC).
#pragma once

#include <parity/native_rule.h>

#include <string>
#include <vector>

namespace parity::new_mexico {

enum class SubjectGroup {
    Unknown,              ///< not enough answered to tell (the form's required checks say so)
    Child,                ///< NMSA 32A-4-3(A)
    IncapacitatedAdult,   ///< NMSA 27-7-30: reasonable cause to believe the adult is incapacitated
    OtherAdult,           ///< an adult not (or not yet said to be) incapacitated
};

SubjectGroup subjectGroupOf(const AnswerSnapshot& answers);

/// The directory codes of the agencies a report about this subject may go to.
std::vector<std::string> rightAgencies(const AnswerSnapshot& answers);

/// The native rule new-mexico.abuse-report-routing: the `agency` must be a right one,
/// and the message names the right agencies with their numbers.
std::vector<RuleFinding> checkAbuseReportRouting(const AnswerSnapshot& answers);

} // namespace parity::new_mexico
