// What every Arkansas compliance rule needs: its records, its clock, its settings and
// its language, and a way to say times in a message.
#pragma once

#include "arkansas_settings.h"
#include "deadline_clock.h"
#include "language.h"

#include <parity/compliance.h>

#include <string>
#include <vector>

namespace parity::arkansas {

class AuditScope {
public:
    explicit AuditScope(const ComplianceContext& context);

    const DeadlineClock& clock() const { return m_clock; }
    const TimeService& time() const { return *m_context.time; }
    const ArkansasSettings& settings() const { return m_settings; }
    const Language& language() const { return m_language; }
    const std::string& now() const { return m_context.now; }
    /// True when `due` has passed (now is later than it).
    bool passed(const std::string& due) const { return m_clock.later(m_context.now, due); }

    /// "2026-10-06 16:40" in local time, for messages; the text itself when unreadable.
    std::string shown(const std::string& datetime) const;

private:
    const ComplianceContext& m_context;
    ArkansasSettings m_settings;
    DeadlineClock m_clock;
    Language m_language;
};

/// The records of `formId`.
std::vector<const StoredRecord*> recordsOf(const std::vector<StoredRecord>& records, const std::string& formId);

bool isBlank(const std::string& text);

/// A finding about `record`.
ComplianceFinding findingFor(const StoredRecord& record, bool warning, std::string message, std::string due = {});

} // namespace parity::arkansas
