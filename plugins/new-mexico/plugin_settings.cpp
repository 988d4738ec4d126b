#include "plugin_settings.h"

#include <cmath>
#include <cstdlib>

namespace parity::new_mexico {

std::vector<Setting> declaredSettings() {
    using namespace setting;
    return {
        {kImmediateReportLimitHours,
         "Hours after which an \"immediate\" report needs a reason for the delay",
         "New Mexico law says a report of child abuse (NMSA 32A-4-3(A)) or of abuse, neglect or exploitation "
         "of an incapacitated adult (NMSA 27-7-30) must be made immediately, and gives no number of hours. "
         "A report made later than this many hours after the first suspicion needs a reason for the delay "
         "on the form, and the compliance audit lists late reports that have none. The national core form "
         "already requires a reason after 24 hours; a larger value here cannot loosen that.",
         "NMSA 32A-4-3(A); NMSA 27-7-30 (\"immediately\", no hours given) - limit chosen by the agency "
         "(DOMAIN.md: a jurisdiction sets the limit)",
         false, "hours", "24"},
        {kConfirmationNumberAfterHours,
         "Hours after a report by which the agency's confirmation number should be on file",
         "An abuse report with no confirmation or reference number from the agency is flagged as a warning "
         "until this many hours after the report, and as a violation after that. A deadline that falls on a "
         "weekend or holiday moves to the end of the next business day. This is agency practice, not a "
         "statute.",
         "Agency practice (no statute sets it)", false, "hours", "24"},
        {kExtraHolidays,
         "Other days your agency treats as holidays (YYYY-MM-DD, separated by commas)",
         "The plugin computes the legal holidays of NMSA 12-5-2 (a Sunday holiday moves to Monday, NMSA "
         "12-5-3). Days the State or your agency closes besides those - for example the day after "
         "Thanksgiving, or a Friday before a Saturday holiday - go here; every business-day deadline of the "
         "New Mexico compliance audit skips them. Keep the list up to date each year.",
         "NMSA 12-5-2 and 12-5-3 (legal holidays); closures by proclamation vary by year - maintained by "
         "the agency",
         false, "text", ""},
        {kRemovedHolidays,
         "Listed holidays that are working days (YYYY-MM-DD, separated by commas)",
         "The plugin's holiday list is its reading of NMSA 12-5-2 and 12-5-3; the shared domain brief lists no "
         "holidays, so it is not verified. A date here that the list has as a holiday counts as a business day "
         "in every deadline (a wrongly listed holiday would make a deadline late).",
         "NMSA 12-5-2 and 12-5-3 as read by the plugin (UNVERIFIED: check against the State's calendar each "
         "year)",
         false, "text", ""},
        {kGiftThreshold,
         "Value from which a gift may not be given or accepted (US dollars)",
         "The \"$25 or more\" gift rule in the peer-support ethics guidance is not confirmed for New Mexico. "
         "There is no default: your agency must set its own limit (0 means no gifts at all).",
         "UNVERIFIED for New Mexico: seed 000 of the shared guidance (\"$25 or more\"); DOMAIN.md", false,
         "number", ""},
        {kDutyToWarnStatute,
         "New Mexico duty-to-warn statute, if your counsel has found one",
         "No New Mexico duty-to-warn statute was found. Whatever is entered here, the forms never warn "
         "anyone outside the agency: a peer who marks a risk of serious harm tells their supervisor, who "
         "decides next steps with licensed staff (45 CFR 164.512(j)). Record your counsel's citation here "
         "for reference.",
         "UNVERIFIED: no statute found (DOMAIN.md, New Mexico: duty to warn)", false, "text", ""},
    };
}

double hoursSetting(const std::map<std::string, std::string>& settings, const std::string& key, double fallback) {
    auto it = settings.find(key);
    if (it == settings.end() || it->second.empty())
        return fallback;
    char* end = nullptr;
    const double value = std::strtod(it->second.c_str(), &end);
    if (end == it->second.c_str() || *end != '\0' || !std::isfinite(value) || value < 0)
        return fallback;
    return value;
}

} // namespace parity::new_mexico
