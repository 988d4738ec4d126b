#include "agency_directory.h"

namespace parity::arkansas {

// Fields: code, name, phone, alternate phone, TDD, online channel, statute, covers.
// Numbers are left empty where DOMAIN.md gives none: an agency fills them in from its
// local directory rather than trusting a number we made up.
std::vector<ReportingAgency> agencyDirectory() {
    return {
        {"ar-child-hotline", "Arkansas Child Abuse Hotline", "1-800-482-5964", "", "1-800-843-6349",
         "Secure online reporting portal for mandated reporters (since 2022-09-06)", "A.C.A. 12-18-402",
         "Suspected maltreatment of a child (under 18); report immediately"},
        {"ar-adult-protective-services", "Arkansas Adult Protective Services", "1-800-482-8049", "", "",
         "Online adult maltreatment report", "A.C.A. 12-12-1708; A.C.A. 5-28-110(e)",
         "An endangered or impaired adult; report immediately, and within 24 hours or by the end of "
         "the next business day, whichever is earlier"},
        {"ar-law-enforcement", "Local law enforcement", "911 (emergency) or the local non-emergency line", "",
         "", "", "A.C.A. 12-12-1708",
         "A resident of a long-term-care facility (in addition to Adult Protective Services and the "
         "Office of Long-Term Care)"},
        {"ar-office-of-long-term-care", "Arkansas Office of Long-Term Care", "", "", "", "", "A.C.A. 12-12-1708",
         "A resident of a long-term-care facility (in addition to Adult Protective Services and law "
         "enforcement)"},
    };
}

} // namespace parity::arkansas
