#include "compliance_support.h"

#include <cmath>
#include <cstdio>

namespace parity::new_mexico {

bool isNewMexicoRecord(const StoredRecord& record, const std::string& kind) {
    return record.kind == kind && record.formId.rfind("new-mexico.", 0) == 0;
}

bool isConsentRecord(const StoredRecord& record) {
    return record.kind == "consent" && (record.formId == "new-mexico.consent" || record.formId == "core.consent");
}

std::string answer(const StoredRecord& record, const std::string& field) {
    const std::string value = record.answers.value(field);
    const auto first = value.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return value.substr(first, value.find_last_not_of(" \t\r\n") - first + 1);
}

std::string shownTime(const std::string& isoLocal) {
    if (isoLocal.size() < 16)
        return isoLocal;
    std::string shown = isoLocal.substr(0, 16);
    shown[10] = ' ';
    return shown;
}

std::string shownHours(double hours) {
    char buffer[32];
    const double rounded = std::round(hours * 10) / 10;
    if (rounded == std::floor(rounded))
        std::snprintf(buffer, sizeof buffer, "%.0f", rounded);
    else
        std::snprintf(buffer, sizeof buffer, "%.1f", rounded);
    return buffer;
}

std::string rollToBusinessDay(const TimeService& time, const BusinessCalendar& calendar, const std::string& instant) {
    const std::string local = time.local(instant);
    const auto day = civil::parseDatePrefix(local);
    if (!day)
        return {};
    if (calendar.isBusinessDay(*day))
        return local;
    return time.local(civil::formatIsoDate(calendar.thisOrNextBusinessDay(*day)) + "T23:59:59");
}

bool stillOpen(const ComplianceContext& context, const std::string& due) {
    return context.time->hoursBetween(context.now, due) >= 0;
}

} // namespace parity::new_mexico
