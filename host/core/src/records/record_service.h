// What a clerk or supervisor does with records — save a draft, submit, amend, sign,
// view — each as one transaction with its audit entry. The CLI, the GUI and the tests
// all go through this class.
#pragma once

#include "audit/audit_trail.h"
#include "catalog/form_catalog.h"
#include "rules/form_session.h"
#include "settings/jurisdiction_settings.h"
#include "store/database.h"
#include "store/record_store.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace parity::records {

/// Submitting or amending with answers that have errors. Nothing was stored but the
/// audit entry that says so.
class ValidationRejected : public CheckFailed {
public:
    ValidationRejected(const std::string& message, std::vector<rules::ValidationIssue> issues)
        : CheckFailed(message), m_issues(std::move(issues)) {}
    const std::vector<rules::ValidationIssue>& issues() const { return m_issues; }

private:
    std::vector<rules::ValidationIssue> m_issues;
};

struct StoreLocation {
    std::filesystem::path database;
    std::filesystem::path checkpoint;   ///< default: <database>.checkpoint
    std::filesystem::path signingKey;   ///< default: CheckpointFile::defaultKeyPath()
    /// Open for reading only (store::Database::Access::ReadOnly): nothing is created or
    /// written, the signing key is only read, and every change or logged view is refused.
    bool readOnly = false;

    /// The default places, with `database` (or the default database when empty).
    static StoreLocation at(const std::filesystem::path& database = {});
};

class RecordService {
public:
    RecordService(const StoreLocation& location, const FormCatalog& catalog);

    /// A new draft, or new answers for a draft. Drafts may be invalid.
    std::int64_t saveDraft(std::optional<std::int64_t> recordId, const std::string& formId,
                           const nlohmann::ordered_json& answers, const std::string& user);
    void discardDraft(std::int64_t recordId, const std::string& user);

    /// Validates and stores a new record; returns its id. Throws ValidationRejected.
    /// `validateAsOf` checks the answers as of another time (tests, late data entry of a
    /// paper form); the record is stored, and audited, at the real time.
    std::int64_t submit(const std::string& formId, const nlohmann::json& answers, const std::string& user,
                        std::optional<Seconds> validateAsOf = std::nullopt);
    /// Submits a draft as its first version.
    void submitDraft(std::int64_t recordId, const std::string& user);
    /// A new version of a submitted or signed record, with a reason.
    void amend(std::int64_t recordId, const nlohmann::json& answers, const std::string& reason,
               const std::string& user);
    /// Signs the current version; a signed record is locked until amended.
    void sign(std::int64_t recordId, const std::string& user);

    /// The record, and an audit entry that `user` viewed it.
    store::Record view(std::int64_t recordId, const std::string& user);
    /// The record without an audit entry (for the system's own use, not for showing).
    store::Record load(std::int64_t recordId);
    std::vector<store::RecordSummary> list(const store::RecordFilter& filter = {});

    /// Records an event that is not a change to a record (plugin loaded, audit run, export).
    void logEvent(const std::string& action, const std::string& user, const std::string& details,
                  std::optional<std::int64_t> recordId = std::nullopt, const std::string& formId = {});

    /// Validates `answers` against the form as it is now, without storing anything.
    /// `asOf`: validate as if it were then (deadlines, today); default now.
    std::unique_ptr<rules::FormSession> validate(const std::string& formId, const nlohmann::json& answers,
                                                 const std::string& language = "en",
                                                 std::optional<Seconds> asOf = std::nullopt);

    audit::AuditTrail& auditTrail() { return m_audit; }
    JurisdictionSettings& settings() { return m_settings; }
    store::Database& database() { return m_db; }
    const FormCatalog& catalog() const { return m_catalog; }

private:
    const CatalogForm& form(const std::string& formId) const;
    store::FormOrigin originOf(const CatalogForm& form) const;
    /// Runs `change` and its audit entry in one transaction, then advances the checkpoint.
    template <typename Change>
    auto inTransaction(Change&& change);

    store::Database m_db;
    store::RecordStore m_store;
    audit::AuditTrail m_audit;
    const FormCatalog& m_catalog;
    JurisdictionSettings m_settings;
};

/// [{"field", "old", "new"}] for each field whose value differs between two answer sets.
nlohmann::ordered_json fieldChanges(const nlohmann::json& before, const nlohmann::json& after);

/// The validation issues as one message: "3 errors: client_id: “Client ID” is required; …".
std::string summarize(const std::vector<rules::ValidationIssue>& issues);

} // namespace parity::records
