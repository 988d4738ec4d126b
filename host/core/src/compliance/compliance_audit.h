// Running every plugin's compliance rules over the stored records: what a supervisor
// does to answer an auditor ("which reports missed their deadline?").
#pragma once

#include "records/record_service.h"
#include "time/temporal.h"

#include <parity/compliance.h>

#include <string>
#include <vector>

namespace parity {

struct AuditFinding {
    ComplianceFinding finding;
    std::string pluginId;
    std::string source;     ///< the statute the rule enforces
    std::string formId;     ///< the record's form, if the finding is about a record
};

struct ComplianceReport {
    std::string asOf;                     ///< when the audit was run "as of" (UTC ISO)
    std::size_t recordsChecked = 0;
    std::vector<AuditFinding> findings;   ///< by due time (earliest first; none last), then record
    std::size_t errors() const;
};

/// Runs every loaded plugin's compliance rules at `asOf` over every submitted or signed
/// record, and audits the run itself (action audit_run) as `user`. A rule that fails to
/// run becomes an error finding naming it: a broken rule must not look like a clean audit.
ComplianceReport runComplianceAudit(records::RecordService& records, const PluginHost& plugins, Seconds asOf,
                                    const std::string& language, const std::string& user);

/// A record's current version as compliance rules see it.
StoredRecord storedRecordOf(const store::Record& record, const FormCatalog& catalog);

} // namespace parity
