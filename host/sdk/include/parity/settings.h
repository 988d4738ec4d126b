// Jurisdiction settings: facts an agency must confirm or choose, never hard-coded law.
// DOMAIN.md marks some facts UNVERIFIED (a gift threshold, an age limit, whether peers
// are mandated reporters in a role): a plugin declares each as a setting, labelled with
// its source and whether it is verified; the agency's administrator sets the value.
#pragma once

#include <string>

namespace parity {

struct Setting {
    std::string key;            ///< "california-medi-cal.elder-age"
    std::string label;          ///< "Age from which a person is an elder for APS reports"
    std::string description;    ///< what it changes, in plain words
    std::string source;         ///< where the value comes from, e.g. "WIC 15610.27; CDSS (AB 135, 2022)"
    bool verified = false;      ///< false: UNVERIFIED — shown with a warning until the agency confirms it
    std::string type = "text";  ///< "number", "hours", "boolean" or "text"
    std::string defaultValue;   ///< "" when there is none (the agency must set it)
};

/// A public holiday of the jurisdiction: business-day deadlines skip it.
struct Holiday {
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    std::string name;
};

} // namespace parity
