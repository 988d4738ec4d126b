#include "audit_support.h"

#include "public_holidays.h"

#include <stdexcept>

namespace parity::arkansas {

AuditScope::AuditScope(const ComplianceContext& context)
    : m_context(context), m_settings(context.settings),
      m_clock((context.time ? *context.time
                            : throw std::invalid_argument("the host gave the Arkansas audit no time service")),
              parseExtraHolidays(m_settings.text(setting_key::ExtraHolidays))),
      m_language(context.language) {}

std::string AuditScope::shown(const std::string& datetime) const {
    const std::string local = m_context.time->local(datetime);
    if (local.size() < 16)
        return datetime;
    return local.substr(0, 10) + " " + local.substr(11, 5);
}

std::vector<const StoredRecord*> recordsOf(const std::vector<StoredRecord>& records, const std::string& formId) {
    std::vector<const StoredRecord*> out;
    for (const StoredRecord& r : records)
        if (r.formId == formId)
            out.push_back(&r);
    return out;
}

bool isBlank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

ComplianceFinding findingFor(const StoredRecord& record, bool warning, std::string message, std::string due) {
    ComplianceFinding f;
    f.recordId = record.id;
    f.clientId = record.answers.value("client_id");
    f.warning = warning;
    f.message = std::move(message);
    f.due = std::move(due);
    return f;
}

} // namespace parity::arkansas
