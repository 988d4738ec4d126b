#include "store/record_store.h"

namespace parity::store {
namespace {

std::string stringAnswer(const nlohmann::ordered_json& answers, const char* field) {
    auto it = answers.find(field);
    if (it == answers.end())
        return {};
    return it->is_string() ? it->get<std::string>() : it->dump();
}

RecordSummary readSummary(const Statement& s) {
    RecordSummary r;
    r.id = s.integer(0);
    r.formId = s.text(1);
    r.clientId = s.text(2);
    r.clientName = s.text(3);
    r.status = statusFromName(s.text(4));
    r.currentVersion = s.integer(5);
    r.createdBy = s.text(6);
    r.createdAt = s.text(7);
    r.updatedAt = s.text(8);
    return r;
}

const char* kSummaryColumns =
    "id, form_id, client_id, client_name, status, current_version, created_by, created_at, updated_at";

} // namespace

std::string statusName(RecordStatus status) {
    switch (status) {
    case RecordStatus::Draft: return "draft";
    case RecordStatus::Submitted: return "submitted";
    case RecordStatus::Signed: return "signed";
    }
    return "draft";
}

RecordStatus statusFromName(const std::string& name) {
    if (name == "submitted")
        return RecordStatus::Submitted;
    if (name == "signed")
        return RecordStatus::Signed;
    return RecordStatus::Draft;
}

void RecordStore::setClient(std::int64_t id, const nlohmann::ordered_json& answers) {
    Statement s(m_db, "UPDATE records SET client_id = ?, client_name = ? WHERE id = ?");
    s.bind(1, stringAnswer(answers, "client_id")).bind(2, stringAnswer(answers, "client_name")).bind(3, id).run();
}

std::int64_t RecordStore::insertDraft(const FormOrigin& origin, const nlohmann::ordered_json& answers,
                                      const std::string& user, const std::string& now) {
    Statement s(m_db, "INSERT INTO records (form_id, status, draft_answers, draft_form_version, draft_plugin_id, "
                      "draft_plugin_version, created_by, created_at, updated_at) VALUES (?, 'draft', ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, origin.formId).bind(2, answers.dump()).bind(3, origin.formVersion).bind(4, origin.pluginId);
    s.bind(5, origin.pluginVersion).bind(6, user).bind(7, now).bind(8, now).run();
    const std::int64_t id = m_db.lastInsertId();
    setClient(id, answers);
    return id;
}

void RecordStore::updateDraft(std::int64_t id, const nlohmann::ordered_json& answers, const std::string& now) {
    Statement s(m_db, "UPDATE records SET draft_answers = ?, updated_at = ? WHERE id = ? AND status = 'draft'");
    s.bind(1, answers.dump()).bind(2, now).bind(3, id).run();
    setClient(id, answers);
}

void RecordStore::deleteDraft(std::int64_t id) {
    Statement s(m_db, "DELETE FROM records WHERE id = ? AND status = 'draft'");
    s.bind(1, id).run();
}

std::int64_t RecordStore::insertSubmitted(const FormOrigin& origin, const nlohmann::ordered_json& answers,
                                          const std::string& user, const std::string& now) {
    // The record row is written once, already submitted at version 1 with its client:
    // the same rows as a draft row followed by addVersion, in two statements instead of four.
    Statement s(m_db, "INSERT INTO records (form_id, client_id, client_name, status, current_version, created_by, "
                      "created_at, updated_at) VALUES (?, ?, ?, 'submitted', 1, ?, ?, ?)");
    s.bind(1, origin.formId).bind(2, stringAnswer(answers, "client_id")).bind(3, stringAnswer(answers, "client_name"));
    s.bind(4, user).bind(5, now).bind(6, now).run();
    const std::int64_t id = m_db.lastInsertId();
    insertVersion(id, 1, origin, answers, user, now, "");
    return id;
}

void RecordStore::insertVersion(std::int64_t id, std::int64_t version, const FormOrigin& origin,
                                const nlohmann::ordered_json& answers, const std::string& user, const std::string& now,
                                const std::string& reason) {
    Statement insert(m_db, "INSERT INTO record_versions (record_id, version, form_id, form_version, plugin_id, "
                           "plugin_version, answers, author, created_at, reason) VALUES (?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, id).bind(2, version).bind(3, origin.formId).bind(4, origin.formVersion).bind(5, origin.pluginId);
    insert.bind(6, origin.pluginVersion).bind(7, answers.dump()).bind(8, user).bind(9, now);
    if (reason.empty())
        insert.bindNull(10);
    else
        insert.bind(10, reason);
    insert.run();
}

void RecordStore::addVersion(std::int64_t id, std::int64_t version, const FormOrigin& origin,
                             const nlohmann::ordered_json& answers, const std::string& user, const std::string& now,
                             const std::string& reason) {
    insertVersion(id, version, origin, answers, user, now, reason);
    Statement update(m_db, "UPDATE records SET status = 'submitted', current_version = ?, draft_answers = NULL, "
                           "draft_form_version = NULL, draft_plugin_id = NULL, draft_plugin_version = NULL, "
                           "updated_at = ? WHERE id = ?");
    update.bind(1, version).bind(2, now).bind(3, id).run();
    setClient(id, answers);
}

void RecordStore::sign(std::int64_t id, std::int64_t version, const std::string& user, const std::string& now) {
    Statement s(m_db, "UPDATE record_versions SET signed_by = ?, signed_at = ? WHERE record_id = ? AND version = ?");
    s.bind(1, user).bind(2, now).bind(3, id).bind(4, version).run();
    Statement r(m_db, "UPDATE records SET status = 'signed', updated_at = ? WHERE id = ?");
    r.bind(1, now).bind(2, id).run();
}

std::optional<Record> RecordStore::find(std::int64_t id) {
    Statement s(m_db, std::string("SELECT ") + kSummaryColumns +
                          ", draft_answers, draft_form_version FROM records WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    Record record;
    record.summary = readSummary(s);
    if (!s.isNull(9))
        record.draftAnswers = nlohmann::ordered_json::parse(s.textView(9));
    record.draftFormVersion = s.isNull(10) ? std::string() : s.text(10);

    Statement v(m_db, "SELECT version, form_id, form_version, plugin_id, plugin_version, answers, author, created_at, "
                      "reason, signed_by, signed_at FROM record_versions WHERE record_id = ? ORDER BY version");
    v.bind(1, id);
    while (v.step()) {
        RecordVersion version;
        version.version = v.integer(0);
        version.formId = v.text(1);
        version.formVersion = v.text(2);
        version.pluginId = v.text(3);
        version.pluginVersion = v.text(4);
        version.answers = nlohmann::ordered_json::parse(v.textView(5));
        version.author = v.text(6);
        version.createdAt = v.text(7);
        version.reason = v.isNull(8) ? std::string() : v.text(8);
        version.signedBy = v.isNull(9) ? std::string() : v.text(9);
        version.signedAt = v.isNull(10) ? std::string() : v.text(10);
        record.versions.push_back(std::move(version));
    }
    return record;
}

std::vector<RecordSummary> RecordStore::list(const RecordFilter& filter) {
    std::string sql = std::string("SELECT ") + kSummaryColumns + " FROM records WHERE 1 = 1";
    if (!filter.formId.empty())
        sql += " AND form_id = :form";
    if (filter.status)
        sql += " AND status = :status";
    if (!filter.text.empty())
        sql += " AND (instr(lower(client_id), lower(:text)) > 0 OR instr(lower(client_name), lower(:text)) > 0)";
    sql += " ORDER BY id";
    Statement s(m_db, sql);
    int index = 1;
    if (!filter.formId.empty())
        s.bind(index++, filter.formId);
    if (filter.status)
        s.bind(index++, statusName(*filter.status));
    if (!filter.text.empty())
        s.bind(index++, filter.text);
    std::vector<RecordSummary> out;
    while (s.step())
        out.push_back(readSummary(s));
    return out;
}

} // namespace parity::store
