// A reporting agency in a jurisdiction's directory: where a mandated report goes.
#pragma once

#include <string>
#include <vector>

namespace parity {

struct ReportingAgency {
    std::string code;          ///< stable id used as the value of the `agency` field, e.g. "ar-child-hotline"
    std::string name;          ///< "Arkansas Child Abuse Hotline"
    std::string phone;         ///< main number as dialled, e.g. "1-800-482-5964"
    std::string alternatePhone;///< a second published number, empty when none
    std::string tdd;           ///< TDD/TTY number, empty when none is published
    std::string online;        ///< online channel (portal name or address), empty when none
    std::string statute;       ///< the law that sends reports here, e.g. "A.C.A. 12-18-402"
    std::string covers;        ///< whom it takes reports about, in plain words
};

/// An agency's name and description in one more language (SDK 1.1). The directory
/// (Jurisdiction::agencies) is written in English; translations add other languages,
/// agency by agency. The host shows them in the agency choices of a form, in the
/// catalogue, wherever the clerk's language is that language.
struct AgencyTranslation {
    std::string code;       ///< the ReportingAgency::code it translates, e.g. "ar-child-hotline"
    std::string language;   ///< the form language it is for, e.g. "es"
    std::string name;       ///< the agency's name in that language
    std::string covers;     ///< ReportingAgency::covers in that language; empty: the English is kept
};

/// `agency` in `language`: its name (and covers) from the matching translation, if there
/// is one, else as the directory has it. For plugin messages in the clerk's language.
inline ReportingAgency translatedAgency(ReportingAgency agency, const std::vector<AgencyTranslation>& translations,
                                        const std::string& language) {
    for (const AgencyTranslation& t : translations) {
        if (t.code != agency.code || t.language != language)
            continue;
        if (!t.name.empty())
            agency.name = t.name;
        if (!t.covers.empty())
            agency.covers = t.covers;
        break;
    }
    return agency;
}

} // namespace parity
