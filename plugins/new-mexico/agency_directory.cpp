#include "agency_directory.h"

namespace parity::new_mexico {

// Fields: code, name, phone, alternate phone, TDD, online channel, statute, covers.
std::vector<ReportingAgency> agencyDirectory() {
    return {
        {"nm-cyfd-statewide-central-intake", "CYFD Statewide Central Intake", "1-855-333-7233 (1-855-333-SAFE)",
         "", "", "#SAFE (#7233) from a mobile phone", "NMSA 32A-4-3(A)",
         "Suspected abuse or neglect of a child; every person must report immediately"},
        {"nm-law-enforcement", "Local law enforcement", "911 (emergency) or the local non-emergency line", "", "",
         "", "NMSA 32A-4-3(A)", "Suspected abuse or neglect of a child; report immediately"},
        {"nm-tribal", "Tribal law enforcement or tribal social services", "", "", "", "", "NMSA 32A-4-3(A)",
         "Suspected abuse or neglect of an Indian child in Indian country"},
        {"nm-adult-protective-services", "New Mexico Adult Protective Services", "1-866-654-3219",
         "505-476-4912", "", "", "NMSA 27-7-30; 8.11.6.9 NMAC",
         "Abuse, neglect or exploitation of an incapacitated adult; report immediately (civil penalty "
         "up to $10,000 for failing to)"},
    };
}

} // namespace parity::new_mexico
