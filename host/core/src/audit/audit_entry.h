// One entry of the audit trail, and the actions it can record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace parity::audit {

/// The actions DESIGN.md lists; stored as these words.
namespace action {
inline constexpr const char* DraftSaved = "draft_saved";
inline constexpr const char* DraftDiscarded = "draft_discarded";
inline constexpr const char* Submitted = "submitted";
inline constexpr const char* RejectedByValidation = "rejected_by_validation";
inline constexpr const char* Amended = "amended";
inline constexpr const char* Signed = "signed";
inline constexpr const char* Viewed = "viewed";
inline constexpr const char* Exported = "exported";
inline constexpr const char* Printed = "printed";
inline constexpr const char* PluginLoaded = "plugin_loaded";
inline constexpr const char* PluginRejected = "plugin_rejected";
inline constexpr const char* AuditRun = "audit_run";
inline constexpr const char* Login = "login";
inline constexpr const char* SettingChanged = "setting_changed";
} // namespace action

struct AuditEntry {
    std::int64_t seq = 0;                  ///< 1, 2, 3, ... set by AuditTrail::append
    std::string at;                        ///< UTC "YYYY-MM-DDThh:mm:ss.ffffffZ", set by append if empty
    std::string actor;
    std::string action;
    std::optional<std::int64_t> recordId;
    std::string formId;
    std::optional<std::int64_t> version;
    std::string changes = "[]";            ///< JSON: [{"field": id, "old": value|null, "new": value|null}]
    std::string reason;
    std::string details;                   ///< free text or JSON with what else matters
    std::string prevHash;                  ///< hex SHA-256 of the entry before (64 zeros for the first)
    std::string hash;                      ///< hex SHA-256(prevHash ‖ canonical encoding)
};

/// An entry's fields as views of bytes that live elsewhere (a row SQLite is positioned
/// on): verify reads a million entries without copying each field into a string.
struct AuditEntryView {
    std::int64_t seq = 0;
    std::string_view at, actor, action;
    std::optional<std::int64_t> recordId;
    std::string_view formId;
    std::optional<std::int64_t> version;
    std::string_view changes, reason, details, prevHash, hash;

    AuditEntryView() = default;
    explicit AuditEntryView(const AuditEntry& e);
};

/// The bytes that are hashed: every field but `hash`, each as "<length>:<bytes>" in a
/// fixed order, so that no two different entries can encode alike. See docs/audit.md.
std::string canonicalEncoding(const AuditEntry& entry);

/// hex(SHA-256(prevHash ‖ canonicalEncoding(entry))).
std::string entryHash(const AuditEntry& entry);
std::string entryHash(const AuditEntryView& entry);

/// The prevHash of the first entry.
inline const std::string kGenesisHash(64, '0');

} // namespace parity::audit
