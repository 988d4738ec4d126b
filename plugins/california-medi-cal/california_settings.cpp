#include "california_settings.h"

#include <cmath>
#include <cstdlib>

namespace parity::california {

std::vector<Setting> californiaSettings() {
    // Fields: key, label, description, source, verified, type, default.
    return {
        {setting::ElderAge, "Age from which a person is an elder for abuse reports",
         "Who counts as an elder: abuse reports about them go to Adult Protective Services with a SOC 341 "
         "written report. Younger adults with limitations are dependent adults.",
         "WIC 15630; CDSS uses 60 since 2022 (AB 135); an older copy of the statute says 65",
         false, "number", "60"},
        {setting::PeerIsMandatedReporter, "Peers in this agency are mandated reporters",
         "Whether the peer's role makes them a mandated reporter. When false, the written SS 8572 / SOC 341 "
         "reminders and deadline audits do not apply to the peer (reports are still routed and recorded).",
         "Penal Code 11165.7: whether a peer is a mandated reporter depends on the role (agency setting)",
         false, "boolean", "true"},
        {setting::ImmediateReportLimitHours, "Hours within which an \"immediate\" report must be made",
         "The statutes say \"immediately or as soon as practicable\" and give no hours. A report made later "
         "than this needs a reason for the delay, in the form and in the compliance audit. The core form's "
         "24 hours still apply when this is longer.",
         "Penal Code 11166(a); WIC 15630: \"immediately or as soon as practicable\", no hours given (agency policy)", false, "hours", "24"},
        {setting::ConfirmationNumberAfterHours, "Hours after a report by which the agency's confirmation number is due",
         "The compliance audit warns about a report with no confirmation or reference number from the agency "
         "until this many hours after the report, and lists it as a violation after that.",
         "Agency policy (no statute sets it)", false, "hours", "48"},
        {setting::GiftThreshold, "Largest value of a gift (US dollars) a peer may accept",
         "The Medi-Cal Peer Support Specialist code of ethics limits gifts; the amount has not been confirmed. "
         "No default: the agency must set it.",
         "DHCS Medi-Cal Peer Support Specialist Code of Ethics (July 2021), capeercertification.org: UNVERIFIED",
         false, "number", ""},
        {setting::CmiaAuthorizationChecks, "Ask for the CMIA authorization elements in a release",
         "When true, a release of information also records that the person was offered a copy of it. The full "
         "list of Civil Code 56.11 elements has not been confirmed.",
         "Civil Code 56.11 (Confidentiality of Medical Information Act): UNVERIFIED", false, "boolean", "true"},
        {setting::ExtraHolidays, "Extra holidays your county closes on (YYYY-MM-DD, comma-separated)",
         "Days that count as non-working days for \"2 working days\" deadlines besides the computed California "
         "holidays, for example a Friday before a Saturday holiday, or Admission Day if your county closes.",
         "Government Code 6700, 6701: the days county offices close are not in the shared domain brief "
         "(agency-maintained)",
         false, "text", ""},
        {setting::RemovedHolidays, "Listed holidays your county works (YYYY-MM-DD, comma-separated)",
         "The plugin's holiday list is its reading of Government Code 6700 and 19853; the shared domain brief "
         "lists no holidays, so it is not verified. A date here that the list has as a holiday counts as a "
         "working day for \"2 working days\" deadlines (a wrongly listed holiday would make a deadline late).",
         "Government Code 6700, 19853 as read by the plugin (UNVERIFIED: check against your county's calendar)",
         false, "text", ""},
        {setting::CountyChildWelfarePhone, "Your county's child abuse hotline number",
         "Shown in routing messages so a clerk who picked the wrong agency sees whom to call.",
         "County child welfare department (Penal Code 11165.9): differs by county (agency-maintained)", false,
         "text", ""},
    };
}

double numberSetting(const std::map<std::string, std::string>& settings, const std::string& key, double fallback) {
    auto it = settings.find(key);
    if (it == settings.end() || it->second.empty())
        return fallback;
    char* end = nullptr;
    const double value = std::strtod(it->second.c_str(), &end);
    return end && *end == '\0' && std::isfinite(value) ? value : fallback;
}

bool peerIsMandatedReporter(const std::map<std::string, std::string>& settings) {
    auto it = settings.find(setting::PeerIsMandatedReporter);
    return it == settings.end() || it->second != "false";
}

} // namespace parity::california
