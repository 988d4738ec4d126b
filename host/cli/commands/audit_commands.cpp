// parity-cli audit log | verify: the audit trail and its chain.
#include "commands/commands.h"

#include "compliance/compliance_audit.h"

#include <iostream>

namespace parity::cli {
namespace {

struct AuditOptions {
    std::optional<std::int64_t> recordId;
    std::string asOf;
};

nlohmann::ordered_json entryJson(const audit::AuditEntry& e) {
    nlohmann::ordered_json out{{"seq", e.seq}, {"at", e.at}, {"actor", e.actor}, {"action", e.action}};
    out["record_id"] = e.recordId ? nlohmann::ordered_json(*e.recordId) : nlohmann::ordered_json();
    out["form"] = e.formId.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(e.formId);
    out["version"] = e.version ? nlohmann::ordered_json(*e.version) : nlohmann::ordered_json();
    out["changes"] = nlohmann::ordered_json::parse(e.changes);
    out["reason"] = e.reason;
    out["details"] = e.details;
    out["prev_hash"] = e.prevHash;
    out["hash"] = e.hash;
    return out;
}

int log(const GlobalOptions& options, const AuditOptions& mine) {
    auto session = openSession(options, DatabaseUse::Reads);
    if (options.json) {
        // Streamed: a long trail is never held in memory at once.
        std::cout << "[";
        bool first = true;
        session->records->auditTrail().forEach(mine.recordId, [&](const audit::AuditEntry& e) {
            std::cout << (first ? "\n" : ",\n") << entryJson(e).dump();
            first = false;
        });
        std::cout << (first ? "]\n" : "\n]\n");
        return kOk;
    }
    session->records->auditTrail().forEach(mine.recordId, [&](const audit::AuditEntry& e) {
        std::cout << e.seq << "  " << e.at << "  " << e.actor << "  " << e.action;
        if (e.recordId)
            std::cout << "  record " << *e.recordId;
        if (e.version)
            std::cout << " v" << *e.version;
        if (!e.formId.empty())
            std::cout << "  " << e.formId;
        std::cout << '\n';
        if (!e.reason.empty())
            std::cout << "    reason: " << e.reason << '\n';
        if (!e.details.empty())
            std::cout << "    " << e.details << '\n';
        for (const auto& change : nlohmann::json::parse(e.changes))
            std::cout << "    " << change["field"].get<std::string>() << ": " << change["old"].dump() << " -> "
                      << change["new"].dump() << '\n';
    });
    return kOk;
}

int verify(const GlobalOptions& options) {
    auto session = openSession(options, DatabaseUse::Reads);
    const audit::VerifyReport report = session->records->auditTrail().verify();
    if (options.json) {
        nlohmann::ordered_json out{{"ok", report.ok}, {"entries", report.entries}};
        out["first_bad_entry"] = report.firstBad ? nlohmann::ordered_json(*report.firstBad) : nlohmann::ordered_json();
        out["problem"] = report.problem;
        out["checkpoint_entry"] =
            report.checkpointSeq ? nlohmann::ordered_json(*report.checkpointSeq) : nlohmann::ordered_json();
        out["warning"] = report.warning;
        std::cout << out.dump(2) << '\n';
    } else if (report.ok) {
        std::cout << "audit trail intact: " << report.entries << " entries verified";
        if (report.checkpointSeq)
            std::cout << ", signed checkpoint at entry " << *report.checkpointSeq << " matches";
        std::cout << '\n';
    } else {
        std::cout << "AUDIT TRAIL BROKEN at entry " << (report.firstBad ? *report.firstBad : 0) << ": " << report.problem
                  << '\n';
    }
    if (!options.json && !report.warning.empty())
        std::cout << "warning: " << report.warning << '\n';
    return report.ok ? kOk : kCheckFailed;
}

int runAudit(const GlobalOptions& options, const AuditOptions& mine) {
    auto session = openSession(options);
    Seconds asOf = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    if (!mine.asOf.empty())
        asOf = *parseAsOf(mine.asOf, rules::EvaluationEnvironment::at(asOf, "UTC"));
    const ComplianceReport report =
        runComplianceAudit(*session->records, session->plugins, asOf, options.language, viewer(options));
    if (options.json) {
        nlohmann::ordered_json out{{"as_of", report.asOf},
                                   {"records_checked", report.recordsChecked},
                                   {"violations", report.errors()},
                                   {"findings", nlohmann::ordered_json::array()}};
        for (const AuditFinding& f : report.findings)
            out["findings"].push_back({{"rule", f.finding.ruleId},
                                       {"record_id", f.finding.recordId == 0 ? nlohmann::ordered_json()
                                                                             : nlohmann::ordered_json(f.finding.recordId)},
                                       {"client_id", f.finding.clientId},
                                       {"form", f.formId},
                                       {"jurisdiction", f.pluginId},
                                       {"severity", f.finding.warning ? "warning" : "error"},
                                       {"message", f.finding.message},
                                       {"due", f.finding.due},
                                       {"source", f.source}});
        std::cout << out.dump(2) << '\n';
    } else {
        std::cout << "Compliance audit as of " << report.asOf << ": " << report.recordsChecked << " records, "
                  << report.errors() << " violations, " << report.findings.size() - report.errors() << " warnings\n";
        for (const AuditFinding& f : report.findings) {
            std::cout << "  " << (f.finding.warning ? "warning" : "error") << "  " << f.finding.ruleId;
            if (f.finding.recordId)
                std::cout << "  record " << f.finding.recordId << " (" << f.finding.clientId << ")";
            if (!f.finding.due.empty())
                std::cout << "  due " << f.finding.due;
            std::cout << "\n    " << f.finding.message << '\n';
        }
    }
    return report.errors() == 0 ? kOk : kCheckFailed;
}

} // namespace

CommandRunner addAuditCommand(CLI::App& app, GlobalOptions& options) {
    CLI::App* audit = app.add_subcommand("audit", "The audit trail (log, verify) and compliance audits (run)");
    audit->require_subcommand(1);
    auto mine = std::make_shared<AuditOptions>();

    CLI::App* logCommand = audit->add_subcommand("log", "Print the audit trail (of one record with --record)");
    addCommonOptions(*logCommand, options);
    logCommand->add_option("--record", mine->recordId, "Only the entries of this record");

    CLI::App* verifyCommand =
        audit->add_subcommand("verify", "Recompute the hash chain and check the signed checkpoint; exit 1 if broken");
    addCommonOptions(*verifyCommand, options);

    CLI::App* runCommand = audit->add_subcommand(
        "run", "Run every jurisdiction's compliance rules over the records; exit 1 if any violation");
    addCommonOptions(*runCommand, options);
    addLanguageOption(*runCommand, options);
    addAsOfOption(*runCommand, mine->asOf);
    runCommand->add_option("--user", options.user, "Who runs the audit (default: $USER)");

    return [&options, mine, logCommand, verifyCommand, runCommand]() -> int {
        if (logCommand->parsed())
            return log(options, *mine);
        if (verifyCommand->parsed())
            return verify(options);
        if (runCommand->parsed())
            return runAudit(options, *mine);
        return kUsage;
    };
}

} // namespace parity::cli
