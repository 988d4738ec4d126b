#include "compliance_support.h"

#include <cmath>
#include <cstdio>

namespace parity::california {

bool isCaliforniaRecord(const StoredRecord& record, const std::string& kind) {
    return record.formId == "california-medi-cal." + kind;
}

const std::string& localized(const ComplianceContext& context, const std::string& en, const std::string& es) {
    return context.language == "es" ? es : en;
}

std::string shown(const ComplianceContext& context, const std::string& datetime) {
    const std::string local = context.time->local(datetime);
    if (local.size() < 16)
        return datetime;
    return local.substr(0, 10) + " " + local.substr(11, 5);
}

std::string hoursText(double hours) {
    char text[32];
    const double rounded = std::round(hours * 10.0) / 10.0;
    if (rounded == std::floor(rounded))
        std::snprintf(text, sizeof text, "%.0f", rounded);
    else
        std::snprintf(text, sizeof text, "%.1f", rounded);
    return text;
}

bool isBlank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

bool hasPassed(const ComplianceContext& context, const std::string& due) {
    return context.time->hoursBetween(due, context.now) > 0;
}

ComplianceFinding findingFor(const StoredRecord& record, bool warning, std::string message, std::string due) {
    ComplianceFinding f;
    f.recordId = record.id;
    f.clientId = record.answers.value("client_id");
    f.warning = warning;
    f.message = std::move(message);
    f.due = std::move(due);
    return f;
}

} // namespace parity::california
