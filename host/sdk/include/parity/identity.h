// Who a plugin is: the facts the host shows and stores with every record.
#pragma once

#include <string>

namespace parity {

struct JurisdictionIdentity {
    std::string id;            ///< unique plugin id, lower-case with dashes: "arkansas"
    std::string displayName;   ///< "Arkansas"
    std::string version;       ///< the plugin's own version, "1.0.0"; stored with every record
    std::string stateCode;     ///< two-letter postal code, "AR"
    std::string timeZone;      ///< IANA zone in which the state's deadlines run, "America/Chicago"
};

/// One form definition compiled into the plugin (the FORMS of parity_add_plugin).
struct EmbeddedForm {
    std::string fileName;      ///< the source file name, used in error messages: "abuse-report.xml"
    std::string xml;           ///< the definition text
};

} // namespace parity
