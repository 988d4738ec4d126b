// What a report to New Mexico Adult Protective Services must say (NMSA 27-7-30;
// 8.11.6.9 NMAC): the adult's name, age and address; the caregiver's name and address;
// the nature and extent of the adult's condition; the basis of the reporter's knowledge.
// One list, used by the form's native rule and by the compliance audit, so the two agree.
#pragma once

#include <parity/native_rule.h>

#include <string>
#include <vector>

namespace parity::new_mexico {

struct ApsElement {
    std::string field;       ///< where the answer goes
    std::string english;     ///< "the adult's address (or where they can be found)"
    std::string spanish;
};

/// True when the report went to APS: as its agency, or among the other agencies reported to.
bool reportGoesToAps(const AnswerSnapshot& answers);

/// The required elements the answers lack. `includeAlwaysRequired`: also name and age,
/// which the form itself always requires (the audit checks them on older records too).
std::vector<ApsElement> missingApsElements(const AnswerSnapshot& answers, bool includeAlwaysRequired);

/// "the adult's age; the caregiver's name" in `language`.
std::string listElements(const std::vector<ApsElement>& elements, const std::string& language);

/// The native rule new-mexico.aps-required-content: one issue beside each missing element.
std::vector<RuleFinding> checkApsRequiredContent(const AnswerSnapshot& answers);

} // namespace parity::new_mexico
