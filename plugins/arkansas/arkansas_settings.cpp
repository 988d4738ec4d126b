#include "arkansas_settings.h"

#include <cmath>
#include <stdexcept>

namespace parity::arkansas {

std::vector<Setting> arkansasSettings() {
    using namespace setting_key;
    // key, label, description, source, verified, type, default
    return {
        {ImmediateReportLimitHours, "Hours after which an \"immediate\" report needs a reason for the delay",
         "A.C.A. 12-18-402 (children) and 12-12-1708 (adults) say \"immediately\" and give no hours. A report "
         "to the agency later than this many hours after the first suspicion must say why; the audit lists "
         "those that do not. The default borrows the 24-hour outer limit of the adult statute; an agency may "
         "set fewer hours, and the core form's 24 hours still applies if it sets more.",
         "A.C.A. 12-18-402; A.C.A. 12-12-1708 (no hours given for \"immediately\": agency policy)", false,
         "hours", "24"},
        {ConfirmationNumberAfterHours, "Hours within which an abuse report should have the agency's reference number",
         "The audit warns about a report with no confirmation or reference number from the agency while this "
         "time runs, and lists it as a violation once it has passed.",
         "Agency record-keeping policy (no Arkansas statute sets this time)", false, "hours", "24"},
        {MinorConsentAge, "Age below which a parent or guardian must also sign the consent",
         "No fixed age at which a minor may consent alone to mental-health or peer services was found for "
         "Arkansas. A client younger than this on the day the consent is signed needs a guardian's name and "
         "signature on the consent form.",
         "Mature-minor doctrine, A.C.A. 20-9-602(7) (UNVERIFIED: no fixed mental-health consent age found)",
         false, "number", "18"},
        {ExtraHolidays, "Additional state holidays (YYYY-MM-DD, separated by commas)",
         "Days the compliance audit also skips when it counts business days: a holiday the Governor proclaims, "
         "or an observed day that differs from the plugin's list of A.C.A. 1-5-101 holidays. Kept up to date by "
         "the agency.",
         "A.C.A. 1-5-101 and the Governor's proclamations (agency-maintained)", false, "text", ""},
        {RemovedHolidays, "Listed holidays that are working days (YYYY-MM-DD, separated by commas)",
         "The plugin's holiday list is its reading of A.C.A. 1-5-101; the shared domain brief lists no "
         "holidays, so it is not verified. A date here that the list has as a holiday counts as a business "
         "day in every deadline (a wrongly listed holiday would make a deadline late).",
         "A.C.A. 1-5-101 as read by the plugin (UNVERIFIED: check against the state's calendar each year)", false,
         "text", ""},
        {BusinessDayEndsAt, "Time of day at which a business day ends (hh:mm)",
         "Adult maltreatment reports are due within 24 hours or by the end of the next business day, whichever "
         "is earlier. Whether \"end of the business day\" means close of business (for example 17:00) or "
         "midnight is not settled here; with the default (the end of the calendar day) the 24 hours always "
         "come first.",
         "A.C.A. 12-12-1708; A.C.A. 5-28-110(e) (\"end of the next business day\" is not defined: UNVERIFIED)",
         false, "text", "23:59:59"},
        {RiskSupervisorLimitHours, "Hours within which the supervisor must hear of a risk of physical harm",
         "The Arkansas peer code says to tell the supervisor immediately when a person may physically harm "
         "themselves or someone else. Telling the supervisor later than this many hours after the first "
         "suspicion needs a reason for the delay.",
         "Arkansas Peer Recovery Code of Ethics (NAADAC): \"inform my supervisor immediately\" (no hours: agency "
         "policy)",
         false, "hours", "1"},
    };
}

namespace {

std::string defaultOf(const char* key) {
    for (const Setting& s : arkansasSettings())
        if (s.key == key)
            return s.defaultValue;
    throw std::logic_error(std::string("no Arkansas setting ") + key);
}

bool readHours(const std::string& text, double& out) {
    try {
        std::size_t used = 0;
        const double v = std::stod(text, &used);
        if (used != text.size() || !std::isfinite(v) || v < 0)
            return false;
        out = v;
        return true;
    } catch (...) {
        return false;
    }
}

bool readTimeOfDay(const std::string& text, std::string& out) {
    // "hh:mm" or "hh:mm:ss", nothing else.
    if (text.size() != 5 && text.size() != 8)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool colon = i == 2 || i == 5;
        if (colon ? text[i] != ':' : (text[i] < '0' || text[i] > '9'))
            return false;
    }
    const int h = std::stoi(text.substr(0, 2)), m = std::stoi(text.substr(3, 2));
    const int s = text.size() == 8 ? std::stoi(text.substr(6, 2)) : 0;
    if (h > 23 || m > 59 || s > 59)
        return false;
    out = text.size() == 5 ? text + ":00" : text;
    return true;
}

} // namespace

std::string ArkansasSettings::text(const char* key) const {
    auto it = m_values.find(key);
    return it == m_values.end() ? defaultOf(key) : it->second;
}

double ArkansasSettings::hours(const char* key) const {
    double value = 0;
    if (readHours(text(key), value))
        return value;
    readHours(defaultOf(key), value);
    return value;
}

std::string ArkansasSettings::timeOfDay(const char* key) const {
    std::string value;
    if (readTimeOfDay(text(key), value))
        return value;
    readTimeOfDay(defaultOf(key), value);
    return value;
}

} // namespace parity::arkansas
