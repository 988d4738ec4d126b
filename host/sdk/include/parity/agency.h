// A reporting agency in a jurisdiction's directory: where a mandated report goes.
#pragma once

#include <string>

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

} // namespace parity
