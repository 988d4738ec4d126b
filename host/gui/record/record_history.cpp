#include "record/record_history.h"

#include "audit/audit_entry_list.h"
#include "common/display_time.h"
#include "common/list_columns.h"
#include "common/wx_strings.h"
#include "form_editor/editor_names.h"
#include "records/record_service.h"

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace parity::gui {
namespace {

/// An answer as text: lists joined, repeat items summarised, nothing as a dash.
wxString answerText(const nlohmann::json& value) {
    if (value.is_null())
        return L"\u2014";
    if (value.is_string())
        return fromUtf8(value.get<std::string>());
    if (value.is_boolean())
        return value.get<bool>() ? _("Yes") : _("No");
    if (value.is_array()) {
        wxString joined;
        for (const auto& part : value)
            joined += (joined.empty() ? "" : ", ") + answerText(part);
        return joined;
    }
    if (value.is_object()) {
        wxString joined;
        for (const auto& [key, part] : value.items())
            joined += (joined.empty() ? "" : "; ") + fromUtf8(key) + ": " + answerText(part);
        return "{" + joined + "}";
    }
    return fromUtf8(value.dump());
}

wxString fieldLabel(const rules::CompiledForm& form, const std::string& id, const std::string& language) {
    const forms::FormDefinition& definition = form.definition();
    if (const forms::Field* field = definition.field(id))
        return fromUtf8(forms::localized(field->label, language, definition.defaultLanguage()));
    if (const forms::Repeat* group = definition.repeat(id))
        return fromUtf8(forms::localized(group->label, language, definition.defaultLanguage()));
    return fromUtf8(id);
}

nlohmann::ordered_json changesOf(const store::Record& record, std::size_t index) {
    const nlohmann::json before = index == 0 ? nlohmann::json::object() : nlohmann::json(record.versions[index - 1].answers);
    return records::fieldChanges(before, record.versions[index].answers);
}

wxListCtrl* makeList(wxWindow* parent, const char* name, std::initializer_list<wxString> columns) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName(name);
    for (const wxString& column : columns)
        list->AppendColumn(column);
    return list;
}

} // namespace

VersionHistory::VersionHistory(wxWindow* parent, const store::Record& record, const rules::CompiledForm& form,
                               const std::string& language)
    : wxPanel(parent), m_record(record), m_form(form), m_language(language) {
    auto* layout = new wxBoxSizer(wxVERTICAL);
    m_versions = makeList(this, names::versionList,
                          {_("Version"), _("Time"), _("Author"), _("Answers changed"), _("Reason")});
    for (std::size_t i = 0; i < record.versions.size(); ++i) {
        const store::RecordVersion& version = record.versions[i];
        wxString changed;
        for (const auto& change : changesOf(record, i))
            changed += (changed.empty() ? "" : ", ") + fieldLabel(form, change["field"].get<std::string>(), language);
        const long row = m_versions->InsertItem(long(i), wxString::Format("%lld", static_cast<long long>(version.version)));
        m_versions->SetItem(row, 1, localTimeText(version.createdAt));
        m_versions->SetItem(row, 2, fromUtf8(version.author));
        m_versions->SetItem(row, 4, version.reason.empty() ? (i == 0 ? _("First version") : wxString())
                                                           : fromUtf8(version.reason));
        // The first version "changes" every answer: say so instead of listing them all.
        m_versions->SetItem(row, 3, i == 0 ? _("All (first version)") : changed);
    }
    fitColumnsToContent(*m_versions);
    if (m_versions->GetColumnWidth(3) > FromDIP(260))
        m_versions->SetColumnWidth(3, FromDIP(260));
    layout->Add(m_versions, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(8)));

    m_changesHeading = new wxStaticText(this, wxID_ANY, "");
    wxFont font = m_changesHeading->GetFont();
    font.SetWeight(wxFONTWEIGHT_BOLD);
    m_changesHeading->SetFont(font);
    layout->Add(m_changesHeading, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    // The reason in full: the column cuts a long one off.
    m_reason = new wxStaticText(this, wxID_ANY, "");
    m_reason->SetName(names::versionReason);
    layout->Add(m_reason, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(8)));
    m_changes = makeList(this, names::versionChanges, {_("Answer"), _("Before"), _("After")});
    layout->Add(m_changes, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(8)));
    SetSizer(layout);

    m_versions->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) { showChanges(event.GetIndex()); });
    if (!record.versions.empty())
        selectVersion(long(record.versions.size()) - 1);
}

void VersionHistory::selectVersion(long row) {
    m_versions->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                             wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    showChanges(row);
}

void VersionHistory::showChanges(long row) {
    if (row < 0 || std::size_t(row) >= m_record.versions.size())
        return;
    m_changesHeading->SetLabel(wxString::Format(_("What version %lld changed"),
                                                static_cast<long long>(m_record.versions[std::size_t(row)].version)));
    const std::string& reason = m_record.versions[std::size_t(row)].reason;
    m_reason->SetLabelText(reason.empty() ? wxString() : _("Reason:") + " " + fromUtf8(reason));
    m_reason->Wrap(GetClientSize().GetWidth() > FromDIP(200) ? GetClientSize().GetWidth() - FromDIP(16) : FromDIP(600));
    m_reason->Show(!reason.empty());
    Layout();
    m_changes->DeleteAllItems();
    long line = 0;
    for (const auto& change : changesOf(m_record, std::size_t(row))) {
        const long at = m_changes->InsertItem(line++, fieldLabel(m_form, change["field"].get<std::string>(), m_language));
        m_changes->SetItem(at, 1, answerText(change["old"]));
        m_changes->SetItem(at, 2, answerText(change["new"]));
    }
    fitColumnsToContent(*m_changes);
    for (int column = 1; column < 3; ++column)
        if (m_changes->GetColumnWidth(column) > FromDIP(360))
            m_changes->SetColumnWidth(column, FromDIP(360));
}

RecordAuditTrail::RecordAuditTrail(wxWindow* parent, audit::AuditTrail& trail, std::int64_t recordId,
                                   const FormCatalog& catalog, const std::string& language)
    : wxPanel(parent) {
    auto* layout = new wxBoxSizer(wxVERTICAL);
    auto* list = new AuditEntryList(this, names::recordAuditList);
    std::vector<audit::AuditEntry> entries;
    trail.forEach(recordId, [&](const audit::AuditEntry& entry) { entries.push_back(entry); });
    const std::size_t count = entries.size();
    list->setEntries(std::move(entries));
    list->fitColumns();
    layout->Add(list, wxSizerFlags(2).Expand().Border(wxALL, FromDIP(8)));
    auto* details = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                                   wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
    layout->Add(details, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));
    SetSizer(layout);
    list->Bind(wxEVT_LIST_ITEM_SELECTED, [list, details, &catalog, language](wxListEvent& event) {
        if (const audit::AuditEntry* entry = list->selectedEntry())
            details->ChangeValue(auditEntryDetails(*entry, &catalog, language));
        event.Skip();
    });
    if (count > 0)
        list->selectRow(count - 1);   // the latest: usually what the clerk came to see
}

} // namespace parity::gui
