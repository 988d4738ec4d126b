#include "common/display_time.h"

#include "common/wx_strings.h"

namespace parity::gui {

const date::time_zone& localZone() {
    // current_zone() throws when /etc/localtime is missing (minimal containers).
    static const date::time_zone* zone = [] {
        try {
            return date::current_zone();
        } catch (const std::exception&) {
            return date::locate_zone("UTC");
        }
    }();
    return *zone;
}

std::optional<Seconds> instantOf(const std::string& iso) {
    static const date::time_zone* utc = date::locate_zone("UTC");
    return parseIsoDateTime(iso, *utc);
}

wxString localTimeText(const std::string& iso) {
    const std::optional<Seconds> instant = instantOf(iso);
    if (!instant)
        return fromUtf8(iso);
    return fromUtf8(date::format("%Y-%m-%d %H:%M:%S", date::make_zoned(&localZone(), *instant)));
}

std::optional<date::year_month_day> localDateOf(const std::string& iso) {
    const std::optional<Seconds> instant = instantOf(iso);
    if (!instant)
        return std::nullopt;
    return localDate(*instant, localZone());
}

wxString timeInZoneText(const std::string& iso, const std::string& zoneName) {
    const std::optional<Seconds> instant = instantOf(iso);
    if (!instant)
        return fromUtf8(iso);
    const date::time_zone* zone = &localZone();
    if (!zoneName.empty()) {
        try {
            zone = date::locate_zone(zoneName);
        } catch (const std::exception&) {
            // An unknown zone name (a plugin's typo): local time, still a correct instant.
        }
    }
    return fromUtf8(date::format("%Y-%m-%d %H:%M %Z", date::make_zoned(zone, *instant)));
}

} // namespace parity::gui
