// parity-cli submit, records, show, amend, sign: records through the RecordService.
#include "commands/commands.h"

#include "answers/answers_json.h"

#include <iostream>

namespace parity::cli {
namespace {

struct RecordOptions {
    std::string formId;
    std::string answersFile;
    std::string reason;
    std::int64_t recordId = 0;
    std::string status;
    std::string search;
};

/// Prints why answers were refused; the exit code is kCheckFailed.
int printRejection(const GlobalOptions& options, const records::ValidationRejected& rejected) {
    if (options.json) {
        nlohmann::ordered_json out{{"stored", false}, {"issues", nlohmann::ordered_json::array()}};
        for (const auto& issue : rejected.issues())
            out["issues"].push_back(issueJson(issue));
        std::cout << out.dump(2) << '\n';
    } else {
        std::cerr << "parity-cli: not stored: the answers have errors\n";
        for (const auto& issue : rejected.issues())
            std::cerr << "  " << issueLine(issue) << '\n';
    }
    return kCheckFailed;
}

nlohmann::ordered_json summaryJson(const store::RecordSummary& r) {
    return {{"id", r.id},
            {"form", r.formId},
            {"client_id", r.clientId},
            {"client_name", r.clientName},
            {"status", store::statusName(r.status)},
            {"version", r.currentVersion},
            {"created_by", r.createdBy},
            {"created_at", r.createdAt},
            {"updated_at", r.updatedAt}};
}

int submit(const GlobalOptions& options, const RecordOptions& mine) {
    auto session = openSession(options);
    const nlohmann::json answers = answers::readAnswersFile(mine.answersFile);
    try {
        const std::int64_t id = session->records->submit(mine.formId, answers, options.user);
        if (options.json)
            std::cout << nlohmann::ordered_json{{"stored", true}, {"record_id", id}, {"form", mine.formId}}.dump(2)
                      << '\n';
        else
            std::cout << id << '\n';
        return kOk;
    } catch (const records::ValidationRejected& rejected) {
        return printRejection(options, rejected);
    }
}

int listRecords(const GlobalOptions& options, const RecordOptions& mine) {
    auto session = openSession(options, DatabaseUse::Reads);
    store::RecordFilter filter;
    filter.formId = mine.formId;
    filter.text = mine.search;
    if (!mine.status.empty())
        filter.status = store::statusFromName(mine.status);
    const auto records = session->records->list(filter);
    if (options.json) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const auto& r : records)
            out.push_back(summaryJson(r));
        std::cout << out.dump(2) << '\n';
        return kOk;
    }
    for (const auto& r : records)
        std::cout << r.id << "  " << r.formId << "  " << store::statusName(r.status) << "  v" << r.currentVersion
                  << "  " << r.clientId << "  " << r.clientName << "  " << r.updatedAt << '\n';
    if (records.empty())
        std::cerr << "no records\n";
    return kOk;
}

int show(const GlobalOptions& options, const RecordOptions& mine) {
    auto session = openSession(options, DatabaseUse::Reads);
    if (session->records->database().isReadOnly())
        // DESIGN.md: showing a record is logged as a view. Here the view cannot be logged,
        // so the record is not shown (rather than shown without a trace).
        throw EnvironmentError("record " + std::to_string(mine.recordId) + " was not shown: the database " +
                               session->records->database().path().string() +
                               " is read-only here, and every showing of a record is logged as a view in its "
                               "audit trail, which cannot be written. records, audit log and audit verify work "
                               "read-only; to show the record, use a writable copy (the view is logged there).");
    const store::Record record = session->records->view(mine.recordId, viewer(options));
    if (options.json) {
        nlohmann::ordered_json out = summaryJson(record.summary);
        if (record.draftAnswers)
            out["draft_answers"] = *record.draftAnswers;
        out["versions"] = nlohmann::ordered_json::array();
        for (const auto& v : record.versions)
            out["versions"].push_back({{"version", v.version},
                                       {"form_version", v.formVersion},
                                       {"plugin_id", v.pluginId},
                                       {"plugin_version", v.pluginVersion},
                                       {"author", v.author},
                                       {"created_at", v.createdAt},
                                       {"reason", v.reason},
                                       {"signed_by", v.signedBy},
                                       {"signed_at", v.signedAt},
                                       {"answers", v.answers}});
        std::cout << out.dump(2) << '\n';
        return kOk;
    }
    const auto& s = record.summary;
    std::cout << "Record " << s.id << "  " << s.formId << "  " << store::statusName(s.status) << "\n"
              << "Client: " << s.clientId << " " << s.clientName << "\n";
    if (record.draftAnswers)
        std::cout << "Draft answers:\n" << record.draftAnswers->dump(2) << '\n';
    for (const auto& v : record.versions) {
        std::cout << "\nVersion " << v.version << " (form " << v.formId << " " << v.formVersion
                  << (v.pluginId.empty() ? "" : ", plugin " + v.pluginId + " " + v.pluginVersion) << ") by "
                  << v.author << " at " << v.createdAt << '\n';
        if (!v.reason.empty())
            std::cout << "  Reason: " << v.reason << '\n';
        if (!v.signedBy.empty())
            std::cout << "  Signed by " << v.signedBy << " at " << v.signedAt << '\n';
        for (const auto& [field, value] : v.answers.items())
            std::cout << "  " << field << ": " << (value.is_string() ? value.get<std::string>() : value.dump()) << '\n';
    }
    return kOk;
}

int amend(const GlobalOptions& options, const RecordOptions& mine) {
    auto session = openSession(options);
    const nlohmann::json answers = answers::readAnswersFile(mine.answersFile);
    try {
        session->records->amend(mine.recordId, answers, mine.reason, options.user);
    } catch (const records::ValidationRejected& rejected) {
        return printRejection(options, rejected);
    }
    const auto record = session->records->load(mine.recordId);
    if (options.json)
        std::cout << nlohmann::ordered_json{{"record_id", mine.recordId}, {"version", record.summary.currentVersion}}
                         .dump(2)
                  << '\n';
    else
        std::cout << "record " << mine.recordId << " is now at version " << record.summary.currentVersion << '\n';
    return kOk;
}

int sign(const GlobalOptions& options, const RecordOptions& mine) {
    auto session = openSession(options);
    session->records->sign(mine.recordId, options.user);
    const auto record = session->records->load(mine.recordId);
    if (options.json)
        std::cout << nlohmann::ordered_json{{"record_id", mine.recordId},
                                            {"version", record.summary.currentVersion},
                                            {"signed_by", options.user}}
                         .dump(2)
                  << '\n';
    else
        std::cout << "record " << mine.recordId << " version " << record.summary.currentVersion << " signed by "
                  << options.user << '\n';
    return kOk;
}

void addRecordId(CLI::App& command, RecordOptions& mine) {
    command.add_option("RECORD_ID", mine.recordId, "The record's number (see parity-cli records)")->required();
}

} // namespace

CommandRunner addSubmitCommand(CLI::App& app, GlobalOptions& options) {
    CLI::App* command = app.add_subcommand("submit", "Validate answers and store them as a new record; prints its id");
    addCommonOptions(*command, options);
    addUserOption(*command, options);
    auto mine = std::make_shared<RecordOptions>();
    command->add_option("--form", mine->formId, "The form id, e.g. arkansas.abuse-report")->required();
    command->add_option("--answers", mine->answersFile, "Answers file: a JSON object, field id -> value")->required();
    return [&options, mine] { return submit(options, *mine); };
}

CommandRunner addRecordsCommand(CLI::App& app, GlobalOptions& options) {
    CLI::App* command = app.add_subcommand("records", "List records");
    addCommonOptions(*command, options);
    auto mine = std::make_shared<RecordOptions>();
    command->add_option("--form", mine->formId, "Only records of this form");
    command->add_option("--status", mine->status, "Only records with this status")
        ->check(CLI::IsMember({"draft", "submitted", "signed"}));
    command->add_option("--search", mine->search, "Only records whose client id or name contains this");
    return [&options, mine] { return listRecords(options, *mine); };
}

CommandRunner addShowCommand(CLI::App& app, GlobalOptions& options) {
    CLI::App* command = app.add_subcommand("show", "Show a record with all its versions (logged as a view)");
    addCommonOptions(*command, options);
    command->add_option("--user", options.user, "Who is viewing (default: $USER)");
    auto mine = std::make_shared<RecordOptions>();
    addRecordId(*command, *mine);
    return [&options, mine] { return show(options, *mine); };
}

CommandRunner addAmendCommand(CLI::App& app, GlobalOptions& options) {
    CLI::App* command =
        app.add_subcommand("amend", "Store corrected answers as a new version of a record, with a reason");
    addCommonOptions(*command, options);
    addUserOption(*command, options);
    auto mine = std::make_shared<RecordOptions>();
    addRecordId(*command, *mine);
    command->add_option("--answers", mine->answersFile, "The whole corrected answers file")->required();
    command->add_option("--reason", mine->reason, "Why the record is being changed")->required();
    return [&options, mine] { return amend(options, *mine); };
}

CommandRunner addSignCommand(CLI::App& app, GlobalOptions& options) {
    CLI::App* command = app.add_subcommand("sign", "Sign a record's current version (locks it until amended)");
    addCommonOptions(*command, options);
    addUserOption(*command, options);
    auto mine = std::make_shared<RecordOptions>();
    addRecordId(*command, *mine);
    return [&options, mine] { return sign(options, *mine); };
}

} // namespace parity::cli
