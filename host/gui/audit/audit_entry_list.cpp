#include "audit/audit_entry_list.h"

#include "common/display_time.h"
#include "common/status_colours.h"
#include "common/wx_strings.h"

#include <nlohmann/json.hpp>

#include <wx/intl.h>

#include <tuple>

namespace parity::gui {
namespace {

/// A changes column listing every field of a long draft would push the others off the
/// screen; the details pane has them all.
constexpr std::size_t kMaxChangedFieldsText = 80;

wxString valueText(const nlohmann::json& value) {
    if (value.is_null())
        return _("(empty)");
    if (value.is_string())
        return L"\u201c" + fromUtf8(value.get<std::string>()) + L"\u201d";
    return fromUtf8(value.dump());
}

wxString fieldName(const std::string& fieldId, const forms::FormDefinition* form, const std::string& language) {
    if (form) {
        if (const forms::Field* field = form->field(fieldId)) {
            const std::string label = forms::localized(field->label, language);
            if (!label.empty() && label != fieldId)
                return fromUtf8(label) + " (" + fromUtf8(fieldId) + ")";
        }
    }
    return fromUtf8(fieldId);
}

} // namespace

wxString actionLabel(const std::string& action) {
    namespace a = audit::action;
    if (action == a::DraftSaved) return _("Draft saved");
    if (action == a::DraftDiscarded) return _("Draft discarded");
    if (action == a::Submitted) return _("Submitted");
    if (action == a::RejectedByValidation) return _("Refused: had errors");
    if (action == a::Amended) return _("Amended");
    if (action == a::Signed) return _("Signed");
    if (action == a::Viewed) return _("Viewed");
    if (action == a::Exported) return _("Exported");
    if (action == a::Printed) return _("Printed");
    if (action == a::PluginLoaded) return _("Plugin loaded");
    if (action == a::PluginRejected) return _("Plugin rejected");
    if (action == a::AuditRun) return _("Compliance audit run");
    if (action == a::Login) return _("Signed in");
    if (action == a::SettingChanged) return _("Setting changed");
    return fromUtf8(action);   // an action newer than this program: shown as stored
}

wxString changedFieldsSummary(const std::string& changesJson) {
    const nlohmann::json changes = nlohmann::json::parse(changesJson, nullptr, false);
    if (changes.is_discarded() || !changes.is_array())
        return changesJson == "[]" ? wxString() : fromUtf8(changesJson);
    if (changes.empty())
        return wxString();
    wxString names;
    for (const auto& change : changes) {
        const auto field = change.find("field");
        const std::string name = field != change.end() && field->is_string() ? field->get<std::string>() : "?";
        if (!names.empty())
            names += ", ";
        names += fromUtf8(name);
        if (names.length() > kMaxChangedFieldsText) {
            names = names.Left(kMaxChangedFieldsText) + L"\u2026";
            break;
        }
    }
    return wxString::Format("%d: ", static_cast<int>(changes.size())) + names;
}

wxString auditEntryDetails(const audit::AuditEntry& entry, const FormCatalog* catalog, const std::string& language) {
    const forms::FormDefinition* form = nullptr;
    if (catalog && !entry.formId.empty())
        if (const CatalogForm* found = catalog->find(entry.formId))
            form = &found->form->definition();

    wxString text;
    text << wxString::Format(_("Entry %lld"), static_cast<long long>(entry.seq)) << L" \u2014 "
         << localTimeText(entry.at) << "  (" << fromUtf8(entry.at) << ")\n";
    text << _("Person") << ": " << fromUtf8(entry.actor) << '\n';
    text << _("Action") << ": " << actionLabel(entry.action) << " (" << fromUtf8(entry.action) << ")\n";
    if (entry.recordId) {
        text << _("Record") << ": " << *entry.recordId;
        if (entry.version)
            text << ", " << wxString::Format(_("version %lld"), static_cast<long long>(*entry.version));
        text << '\n';
    }
    if (!entry.formId.empty()) {
        text << _("Form") << ": " << fromUtf8(entry.formId);
        if (form)
            text << L" \u2014 " << fromUtf8(forms::localized(form->title, language));
        text << '\n';
    }
    if (!entry.reason.empty())
        text << _("Reason") << ": " << fromUtf8(entry.reason) << '\n';
    if (!entry.details.empty())
        text << _("Details") << ": " << fromUtf8(entry.details) << '\n';

    const nlohmann::json changes = nlohmann::json::parse(entry.changes, nullptr, false);
    if (changes.is_array() && !changes.empty()) {
        text << '\n' << wxString::Format(_("Changed fields (%d):"), static_cast<int>(changes.size())) << '\n';
        for (const auto& change : changes) {
            const std::string field = change.value("field", std::string("?"));
            text << "  " << fieldName(field, form, language) << ": " << valueText(change.value("old", nlohmann::json()))
                 << L" \u2192 " << valueText(change.value("new", nlohmann::json())) << '\n';
        }
    } else if (!changes.is_array()) {
        text << '\n' << _("Changes (unreadable)") << ": " << fromUtf8(entry.changes) << '\n';
    }
    text << '\n' << _("Hash") << ": " << fromUtf8(entry.hash) << '\n';
    text << _("Previous hash") << ": " << fromUtf8(entry.prevHash);
    return text;
}

AuditEntryList::AuditEntryList(wxWindow* parent, const char* name)
    : SortableList(parent, name, [this](std::size_t row, int column) { return cellText(row, column); }) {
    AppendColumn(_("#"), wxLIST_FORMAT_RIGHT);
    AppendColumn(_("Time"));
    AppendColumn(_("Person"));
    AppendColumn(_("Action"));
    AppendColumn(_("Record"), wxLIST_FORMAT_RIGHT);
    AppendColumn(_("Form"));
    AppendColumn(_("Reason"));
    AppendColumn(_("Changed fields"));
    enableSorting([this](std::size_t a, std::size_t b, int column) { return rowLess(a, b, column); });
    m_brokenStyle.SetTextColour(errorTextColour());
    setRowStyle([this](std::size_t row) -> const wxItemAttr* {
        return m_broken && m_entries[row].seq == *m_broken ? &m_brokenStyle : nullptr;
    });
}

void AuditEntryList::setEntries(std::vector<audit::AuditEntry> entries) {
    m_entries = std::move(entries);
    m_changedFields.assign(m_entries.size(), std::nullopt);
    showRows(m_entries.size());
}

const audit::AuditEntry* AuditEntryList::selectedEntry() const {
    const std::optional<std::size_t> row = selectedRow();
    return row ? &m_entries[*row] : nullptr;
}

bool AuditEntryList::selectSeq(std::int64_t seq) {
    for (std::size_t row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].seq == seq) {
            selectRow(row);
            return true;
        }
    }
    return false;
}

void AuditEntryList::markBroken(std::optional<std::int64_t> seq) {
    m_broken = seq;
    Refresh();
}

const wxString& AuditEntryList::changedFields(std::size_t row) const {
    std::optional<wxString>& text = m_changedFields[row];
    if (!text)
        text = changedFieldsSummary(m_entries[row].changes);
    return *text;
}

wxString AuditEntryList::cellText(std::size_t row, int column) const {
    const audit::AuditEntry& entry = m_entries[row];
    switch (column) {
    case kSeq: return wxString::Format("%lld", static_cast<long long>(entry.seq));
    case kTime: return localTimeText(entry.at);
    case kActor: return fromUtf8(entry.actor);
    case kAction: return actionLabel(entry.action);
    case kRecord:
        if (!entry.recordId)
            return wxString();
        if (entry.version)
            return wxString::Format("%lld v%lld", static_cast<long long>(*entry.recordId),
                                    static_cast<long long>(*entry.version));
        return wxString::Format("%lld", static_cast<long long>(*entry.recordId));
    case kForm: return fromUtf8(entry.formId);
    case kReason: return fromUtf8(entry.reason);
    case kChanges: return changedFields(row);
    }
    return wxString();
}

bool AuditEntryList::rowLess(std::size_t a, std::size_t b, int column) const {
    const audit::AuditEntry& x = m_entries[a];
    const audit::AuditEntry& y = m_entries[b];
    switch (column) {
    case kSeq: return x.seq < y.seq;
    // Stored UTC times in one format: text order is time order.
    case kTime: return x.at < y.at;
    case kRecord:
        // Entries with no record (plugin loads, audit runs) after those with one.
        return std::make_tuple(!x.recordId, x.recordId.value_or(0), x.version.value_or(0)) <
               std::make_tuple(!y.recordId, y.recordId.value_or(0), y.version.value_or(0));
    default: return cellText(a, column).CmpNoCase(cellText(b, column)) < 0;
    }
}

} // namespace parity::gui
