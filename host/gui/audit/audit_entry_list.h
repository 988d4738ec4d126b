// A list of audit entries — the whole trail on the Audit page, one record's trail in its
// record window — and the full text of one entry for a details pane.
#pragma once

#include "audit/audit_entry.h"
#include "catalog/form_catalog.h"
#include "common/sortable_list.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace parity::gui {

/// Columns: #, time (this computer's), person, action, record, form, reason, changed
/// fields. Sortable by any column; in trail order (seq) until the user sorts.
class AuditEntryList : public SortableList {
public:
    enum Column { kSeq, kTime, kActor, kAction, kRecord, kForm, kReason, kChanges };

    AuditEntryList(wxWindow* parent, const char* name);

    /// Shows `entries` (in trail order) instead of what was shown.
    void setEntries(std::vector<audit::AuditEntry> entries);
    const std::vector<audit::AuditEntry>& entries() const { return m_entries; }

    /// The selected entry, or nullptr.
    const audit::AuditEntry* selectedEntry() const;
    /// Selects the entry with `seq` and scrolls to it; false if it is not shown.
    bool selectSeq(std::int64_t seq);

    /// Draws the entry where the chain stops verifying in the error colour (none: no entry).
    void markBroken(std::optional<std::int64_t> seq);

private:
    wxString cellText(std::size_t row, int column) const;
    bool rowLess(std::size_t a, std::size_t b, int column) const;

    std::vector<audit::AuditEntry> m_entries;
    /// The changed-fields text of entry `row`, read from its JSON the first time it is shown
    /// (a 100,000-entry trail would otherwise take a second to parse before anything shows).
    const wxString& changedFields(std::size_t row) const;

    mutable std::vector<std::optional<wxString>> m_changedFields;
    std::optional<std::int64_t> m_broken;
    wxItemAttr m_brokenStyle;
};

/// What an action word of the trail means to a person ("amended" → "Amended").
wxString actionLabel(const std::string& action);

/// "3: client_name, subject_dob, narrative"; "" when no field changed.
wxString changedFieldsSummary(const std::string& changesJson);

/// Every fact of `entry` on its own line, with each changed field's old → new value.
/// With `catalog`, fields are named by their label in `language` as well as their id.
wxString auditEntryDetails(const audit::AuditEntry& entry, const FormCatalog* catalog = nullptr,
                           const std::string& language = "en");

} // namespace parity::gui
