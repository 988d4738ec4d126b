// Records and their versions in SQLite. Plain reads and writes; the workflows
// (validation, audit, transactions) are in records/record_service.
#pragma once

#include "store/database.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace parity::store {

enum class RecordStatus { Draft, Submitted, Signed };
std::string statusName(RecordStatus status);
RecordStatus statusFromName(const std::string& name);

struct RecordSummary {
    std::int64_t id = 0;
    std::string formId;
    std::string clientId;
    std::string clientName;
    RecordStatus status = RecordStatus::Draft;
    std::int64_t currentVersion = 0;
    std::string createdBy;
    std::string createdAt;
    std::string updatedAt;
};

struct RecordVersion {
    std::int64_t version = 0;
    std::string formId;
    std::string formVersion;
    std::string pluginId;
    std::string pluginVersion;
    nlohmann::ordered_json answers;
    std::string author;
    std::string createdAt;
    std::string reason;
    std::string signedBy;
    std::string signedAt;
};

struct Record {
    RecordSummary summary;
    std::optional<nlohmann::ordered_json> draftAnswers;
    std::string draftFormVersion;
    std::vector<RecordVersion> versions;   ///< oldest first
    const RecordVersion* current() const { return versions.empty() ? nullptr : &versions.back(); }
};

struct RecordFilter {
    std::string formId;
    std::optional<RecordStatus> status;
    std::string text;   ///< matches client id or name (case-insensitive, part of it)
};

/// Where a form came from, stored with each version: the rules that applied are known.
struct FormOrigin {
    std::string formId;
    std::string formVersion;
    std::string pluginId;
    std::string pluginVersion;
};

class RecordStore {
public:
    explicit RecordStore(Database& db) : m_db(db) {}

    std::int64_t insertDraft(const FormOrigin& origin, const nlohmann::ordered_json& answers, const std::string& user,
                             const std::string& now);
    void updateDraft(std::int64_t id, const nlohmann::ordered_json& answers, const std::string& now);
    void deleteDraft(std::int64_t id);
    /// A new record whose first version is submitted at once.
    std::int64_t insertSubmitted(const FormOrigin& origin, const nlohmann::ordered_json& answers,
                                 const std::string& user, const std::string& now);
    /// Adds version `version` and makes it current (status submitted).
    void addVersion(std::int64_t id, std::int64_t version, const FormOrigin& origin,
                    const nlohmann::ordered_json& answers, const std::string& user, const std::string& now,
                    const std::string& reason);
    void sign(std::int64_t id, std::int64_t version, const std::string& user, const std::string& now);

    std::optional<Record> find(std::int64_t id);
    std::vector<RecordSummary> list(const RecordFilter& filter);

private:
    void setClient(std::int64_t id, const nlohmann::ordered_json& answers);
    void insertVersion(std::int64_t id, std::int64_t version, const FormOrigin& origin,
                       const nlohmann::ordered_json& answers, const std::string& user, const std::string& now,
                       const std::string& reason);
    Database& m_db;
};

} // namespace parity::store
