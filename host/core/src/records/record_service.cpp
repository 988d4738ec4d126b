#include "records/record_service.h"

#include "answers/answers_json.h"

#include <algorithm>

namespace parity::records {

using audit::AuditEntry;
namespace action = audit::action;

namespace {

/// The audit entry of a change to one record.
AuditEntry recordEntry(const char* actionName, const std::string& user, std::int64_t recordId,
                       const std::string& formId, std::optional<std::int64_t> version,
                       const nlohmann::ordered_json& changes, const std::string& at = {}) {
    AuditEntry entry;
    entry.at = at;
    entry.actor = user;
    entry.action = actionName;
    entry.recordId = recordId;
    entry.formId = formId;
    entry.version = version;
    entry.changes = changes.dump();
    return entry;
}

} // namespace

StoreLocation StoreLocation::at(const std::filesystem::path& database) {
    StoreLocation location;
    location.database = database.empty() ? store::defaultDatabasePath() : database;
    location.checkpoint = audit::CheckpointFile::defaultPathFor(location.database);
    location.signingKey = audit::CheckpointFile::defaultKeyPath();
    return location;
}

nlohmann::ordered_json fieldChanges(const nlohmann::json& before, const nlohmann::json& after) {
    nlohmann::ordered_json changes = nlohmann::ordered_json::array();
    auto valueOf = [](const nlohmann::json& answers, const std::string& key) {
        auto it = answers.find(key);
        return it == answers.end() ? nlohmann::json() : *it;
    };
    std::vector<std::string> keys;
    for (const auto& [key, _] : before.items())
        keys.push_back(key);
    for (const auto& [key, _] : after.items())
        if (std::find(keys.begin(), keys.end(), key) == keys.end())
            keys.push_back(key);
    for (const std::string& key : keys) {
        const nlohmann::json old = valueOf(before, key);
        const nlohmann::json now = valueOf(after, key);
        if (old != now)
            changes.push_back({{"field", key}, {"old", old}, {"new", now}});
    }
    return changes;
}

std::string summarize(const std::vector<rules::ValidationIssue>& issues) {
    const auto errors = std::count_if(issues.begin(), issues.end(), [](const auto& i) { return i.isError(); });
    std::string text = std::to_string(errors) + (errors == 1 ? " error" : " errors");
    std::string separator = ": ";
    for (const auto& issue : issues) {
        if (!issue.isError())
            continue;
        text += separator + (issue.fieldId.empty() ? "" : issue.fieldId + ": ") + issue.message;
        separator = "; ";
    }
    return text;
}

RecordService::RecordService(const StoreLocation& location, const FormCatalog& catalog)
    : m_db(location.database,
           location.readOnly ? store::Database::Access::ReadOnly : store::Database::Access::ReadWrite),
      m_store(m_db),
      m_audit(m_db, std::make_shared<audit::CheckpointFile>(location.checkpoint, location.signingKey,
                                                            location.readOnly
                                                                ? audit::CheckpointFile::Access::ReadOnly
                                                                : audit::CheckpointFile::Access::ReadWrite)),
      m_catalog(catalog), m_settings(m_db, m_audit) {
    if (!location.readOnly)
        m_audit.startCheckpointIfNew();
}

template <typename Change>
auto RecordService::inTransaction(Change&& change) {
    store::Transaction transaction(m_db);
    auto result = change();
    transaction.commit();
    m_audit.checkpointAfterCommit();
    return result;
}

const CatalogForm& RecordService::form(const std::string& formId) const {
    if (const CatalogForm* f = m_catalog.find(formId))
        return *f;
    throw EnvironmentError("no loaded form has the id '" + formId + "' (is its jurisdiction plugin installed?)");
}

store::FormOrigin RecordService::originOf(const CatalogForm& f) const {
    return {f.id(), f.form->definition().version, f.pluginId, f.pluginVersion};
}

std::unique_ptr<rules::FormSession> RecordService::validate(const std::string& formId, const nlohmann::json& answers,
                                                            const std::string& language, std::optional<Seconds> asOf) {
    const CatalogForm& f = form(formId);
    rules::EvaluationEnvironment environment = asOf ? f.environmentAt(*asOf) : f.environment();
    if (f.pluginApi) {
        environment.settings = m_settings.effectiveValues(f.pluginId, *f.pluginApi);
        environment.holidays = holidayCalendarOf(f.pluginApi, agencyHolidayChanges(environment.settings, f.pluginId));
    }
    auto session = std::make_unique<rules::FormSession>(f.form, std::move(environment), language);
    answers::loadAnswers(*session, answers);
    return session;
}

std::int64_t RecordService::saveDraft(std::optional<std::int64_t> recordId, const std::string& formId,
                                      const nlohmann::ordered_json& answers, const std::string& user) {
    const CatalogForm& f = form(formId);
    return inTransaction([&] {
        const std::string now = audit::utcNow();
        nlohmann::ordered_json before = nlohmann::ordered_json::object();
        std::int64_t id = 0;
        if (recordId) {
            auto existing = m_store.find(*recordId);
            if (!existing)
                throw UsageError("there is no record " + std::to_string(*recordId));
            if (existing->summary.status != store::RecordStatus::Draft)
                throw UsageError("record " + std::to_string(*recordId) + " is " +
                                 store::statusName(existing->summary.status) +
                                 ", not a draft: change it by amending, with a reason");
            before = existing->draftAnswers.value_or(nlohmann::ordered_json::object());
            id = *recordId;
            m_store.updateDraft(id, answers, now);
        } else {
            id = m_store.insertDraft(originOf(f), answers, user, now);
        }
        m_audit.append(recordEntry(action::DraftSaved, user, id, formId, std::nullopt, fieldChanges(before, answers), now));
        return id;
    });
}

void RecordService::discardDraft(std::int64_t recordId, const std::string& user) {
    inTransaction([&] {
        auto existing = m_store.find(recordId);
        if (!existing || existing->summary.status != store::RecordStatus::Draft)
            throw UsageError("record " + std::to_string(recordId) + " is not a draft; submitted records are kept");
        m_store.deleteDraft(recordId);
        m_audit.append(recordEntry(action::DraftDiscarded, user, recordId, existing->summary.formId, std::nullopt,
                                   fieldChanges(*existing->draftAnswers, nlohmann::json::object())));
        return 0;
    });
}

std::int64_t RecordService::submit(const std::string& formId, const nlohmann::json& answers, const std::string& user,
                                   std::optional<Seconds> validateAsOf) {
    const CatalogForm& f = form(formId);
    const auto session = validate(formId, answers, "en", validateAsOf);
    if (session->hasErrors()) {
        const auto issues = session->issues();
        logEvent(action::RejectedByValidation, user, summarize(issues), std::nullopt, formId);
        throw ValidationRejected("not stored: " + summarize(issues), issues);
    }
    const nlohmann::ordered_json stored = session->answersToStore();
    return inTransaction([&] {
        const std::string now = audit::utcNow();
        const std::int64_t id = m_store.insertSubmitted(originOf(f), stored, user, now);
        m_audit.append(recordEntry(action::Submitted, user, id, formId, 1,
                                   fieldChanges(nlohmann::json::object(), stored), now));
        return id;
    });
}

void RecordService::submitDraft(std::int64_t recordId, const std::string& user) {
    auto existing = m_store.find(recordId);
    if (!existing || existing->summary.status != store::RecordStatus::Draft)
        throw UsageError("record " + std::to_string(recordId) + " is not a draft");
    const CatalogForm& f = form(existing->summary.formId);
    const auto session = validate(f.id(), *existing->draftAnswers);
    if (session->hasErrors()) {
        const auto issues = session->issues();
        logEvent(action::RejectedByValidation, user, summarize(issues), recordId, f.id());
        throw ValidationRejected("not submitted: " + summarize(issues), issues);
    }
    const nlohmann::ordered_json stored = session->answersToStore();
    inTransaction([&] {
        const std::string now = audit::utcNow();
        m_store.addVersion(recordId, 1, originOf(f), stored, user, now, "");
        m_audit.append(recordEntry(action::Submitted, user, recordId, f.id(), 1,
                                   fieldChanges(nlohmann::json::object(), stored), now));
        return 0;
    });
}

void RecordService::amend(std::int64_t recordId, const nlohmann::json& answers, const std::string& reason,
                          const std::string& user) {
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
        throw UsageError("an amendment needs a reason: say why the record is being changed");
    auto existing = m_store.find(recordId);
    if (!existing)
        throw UsageError("there is no record " + std::to_string(recordId));
    if (existing->summary.status == store::RecordStatus::Draft)
        throw UsageError("record " + std::to_string(recordId) + " is still a draft: edit it and submit it");
    const CatalogForm& f = form(existing->summary.formId);
    const auto session = validate(f.id(), answers);
    if (session->hasErrors()) {
        const auto issues = session->issues();
        logEvent(action::RejectedByValidation, user, summarize(issues), recordId, f.id());
        throw ValidationRejected("not amended: " + summarize(issues), issues);
    }
    const nlohmann::ordered_json stored = session->answersToStore();
    const auto changes = fieldChanges(existing->current()->answers, stored);
    if (changes.empty())
        throw UsageError("the amendment changes nothing: the answers are the same as version " +
                         std::to_string(existing->summary.currentVersion));
    inTransaction([&] {
        const std::string now = audit::utcNow();
        const std::int64_t version = existing->summary.currentVersion + 1;
        m_store.addVersion(recordId, version, originOf(f), stored, user, now, reason);
        AuditEntry entry = recordEntry(action::Amended, user, recordId, f.id(), version, changes, now);
        entry.reason = reason;
        m_audit.append(entry);
        return 0;
    });
}

void RecordService::sign(std::int64_t recordId, const std::string& user) {
    inTransaction([&] {
        auto existing = m_store.find(recordId);
        if (!existing)
            throw UsageError("there is no record " + std::to_string(recordId));
        if (existing->summary.status == store::RecordStatus::Draft)
            throw UsageError("record " + std::to_string(recordId) + " is a draft: submit it before signing");
        if (existing->summary.status == store::RecordStatus::Signed)
            throw UsageError("record " + std::to_string(recordId) + " version " +
                             std::to_string(existing->summary.currentVersion) + " is already signed by " +
                             existing->current()->signedBy);
        const std::string now = audit::utcNow();
        m_store.sign(recordId, existing->summary.currentVersion, user, now);
        m_audit.append(recordEntry(action::Signed, user, recordId, existing->summary.formId,
                                   existing->summary.currentVersion, nlohmann::ordered_json::array(), now));
        return 0;
    });
}

store::Record RecordService::load(std::int64_t recordId) {
    auto record = m_store.find(recordId);
    if (!record)
        throw UsageError("there is no record " + std::to_string(recordId));
    return *record;
}

store::Record RecordService::view(std::int64_t recordId, const std::string& user) {
    store::Record record = load(recordId);
    logEvent(action::Viewed, user, "", recordId, record.summary.formId);
    return record;
}

std::vector<store::RecordSummary> RecordService::list(const store::RecordFilter& filter) { return m_store.list(filter); }

void RecordService::logEvent(const std::string& actionName, const std::string& user, const std::string& details,
                             std::optional<std::int64_t> recordId, const std::string& formId) {
    inTransaction([&] {
        AuditEntry entry;
        entry.actor = user;
        entry.action = actionName;
        entry.recordId = recordId;
        entry.formId = formId;
        entry.details = details;
        m_audit.append(entry);
        return 0;
    });
}

} // namespace parity::records
