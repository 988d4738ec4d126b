#include "aps_report_content.h"

#include "abuse_report_routing.h"
#include "agency_directory.h"

#include <algorithm>
#include <cctype>

namespace parity::new_mexico {
namespace {

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
}

} // namespace

bool reportGoesToAps(const AnswerSnapshot& answers) {
    // APS takes no reports about children (the form hides the APS part for them); a child
    // wrongly reported to APS is the routing rule's business.
    if (subjectGroupOf(answers) == SubjectGroup::Child)
        return false;
    if (answers.value("agency") == agency::kAdultProtectiveServices)
        return true;
    auto group = answers.repeats.find("additional_reports");
    if (group == answers.repeats.end())
        return false;
    return std::any_of(group->second.begin(), group->second.end(), [](const auto& item) {
        // Picked from the directory, or (records made before the list existed) named in text.
        auto picked = item.find("additional_agency");
        if (picked != item.end() && picked->second == agency::kAdultProtectiveServices)
            return true;
        auto name = item.find("additional_agency_name");
        return name != item.end() && agencyNamedIn(name->second) == agency::kAdultProtectiveServices;
    });
}

std::vector<ApsElement> missingApsElements(const AnswerSnapshot& answers, bool includeAlwaysRequired) {
    std::vector<ApsElement> missing;
    auto need = [&](const char* field, const char* english, const char* spanish) {
        if (blank(answers.value(field)))
            missing.push_back({field, english, spanish});
    };
    if (includeAlwaysRequired) {
        need("subject_name", "the adult's name", "el nombre del adulto");
        need("subject_age", "the adult's age", "la edad del adulto");
    }
    need("subject_address", "the adult's address (or where they can be found)",
         "la dirección del adulto (o dónde se le puede encontrar)");
    need("caregiver_status", "whether someone is responsible for the adult's care",
         "si alguien es responsable del cuidado del adulto");
    if (answers.value("caregiver_status") == "known") {
        need("caregiver_name", "the caregiver's name", "el nombre de quien cuida al adulto");
        need("caregiver_address", "the caregiver's address", "la dirección de quien cuida al adulto");
    }
    need("condition_nature_extent", "the nature and extent of the adult's condition",
         "la naturaleza y el alcance de la situación del adulto");
    need("knowledge_basis", "how you know (the basis of your knowledge)", "cómo lo sabe (en qué se basa)");
    return missing;
}

std::string listElements(const std::vector<ApsElement>& elements, const std::string& language) {
    std::string text;
    for (const ApsElement& e : elements)
        text += (text.empty() ? "" : "; ") + (language == "es" ? e.spanish : e.english);
    return text;
}

std::vector<RuleFinding> checkApsRequiredContent(const AnswerSnapshot& answers) {
    if (!reportGoesToAps(answers))
        return {};
    std::vector<RuleFinding> findings;
    for (const ApsElement& e : missingApsElements(answers, false)) {
        const std::string message =
            answers.language == "es"
                ? "Un reporte a Adult Protective Services debe incluir " + e.spanish + " (NMSA 27-7-30; 8.11.6.9 NMAC)."
                : "A report to Adult Protective Services must include " + e.english + " (NMSA 27-7-30; 8.11.6.9 NMAC).";
        findings.push_back({e.field, "", false, message});
    }
    return findings;
}

} // namespace parity::new_mexico
