// Compliance audit rules: a plugin's checks over the stored records (missed statutory
// deadlines, missing consents), run by the host when a supervisor runs an audit.
#pragma once

#include <parity/native_rule.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace parity {

/// A submitted or signed record as compliance rules see it: its current version.
struct StoredRecord {
    std::int64_t id = 0;
    std::string formId;        ///< "arkansas.abuse-report"
    std::string kind;          ///< "abuse-report"
    std::string pluginId;      ///< the plugin whose form it is; "" for a national core form
    std::string status;        ///< "submitted" or "signed"
    std::int64_t version = 0;
    std::string submittedAt;   ///< when the current version was stored (UTC, ISO 8601)
    AnswerSnapshot answers;    ///< the current version's answers as text
};

/// Date and time arithmetic in the jurisdiction's time zone with its public holidays,
/// done by the host (so a plugin needs no time-zone library). Inputs are ISO 8601
/// dates or datetimes; a datetime without an offset is local time. Every function
/// returns "" (or NaN) for input it cannot read, and never throws.
class TimeService {
public:
    virtual ~TimeService() = default;
    /// The datetime `hours` later, ISO 8601 with the local offset.
    virtual std::string addHours(const std::string& datetime, double hours) const noexcept = 0;
    /// 23:59:59 local time on the `businessDays`-th business day after the local date of
    /// `datetime` (weekends and the jurisdiction's public holidays skipped).
    virtual std::string endOfBusinessDay(const std::string& datetime, int businessDays) const noexcept = 0;
    /// Hours from `from` to `to` (negative if `to` is earlier); NaN if either is unreadable.
    virtual double hoursBetween(const std::string& from, const std::string& to) const noexcept = 0;
    /// The earlier of two datetimes ("" if either is unreadable).
    virtual std::string earlier(const std::string& a, const std::string& b) const noexcept = 0;
    /// The same instant in the jurisdiction's local time, ISO 8601 with offset.
    virtual std::string local(const std::string& datetime) const noexcept = 0;
};

/// What a compliance rule may know besides the records.
struct ComplianceContext {
    std::string now;                                ///< ISO 8601, local time of the jurisdiction
    std::string language;                           ///< for messages: "en" or "es"
    std::map<std::string, std::string> settings;    ///< the jurisdiction's settings (see settings.h)
    const TimeService* time = nullptr;              ///< never null when the host calls a rule
};

struct ComplianceFinding {
    std::string ruleId;
    std::int64_t recordId = 0;
    std::string clientId;
    bool warning = false;   ///< false: a violation (error); true: at risk / needs attention
    std::string message;    ///< in ComplianceContext::language
    std::string due;        ///< the legal deadline, ISO 8601 local; "" where the law sets none
};

struct ComplianceRule {
    std::string id;            ///< "arkansas.adult-report-deadline"
    std::string description;   ///< one line
    std::string source;        ///< the statute or code it enforces, e.g. "A.C.A. 12-12-1708"
    std::function<std::vector<ComplianceFinding>(const std::vector<StoredRecord>&, const ComplianceContext&)> run;
};

} // namespace parity
