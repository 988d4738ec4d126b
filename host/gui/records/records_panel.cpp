#include "records/records_panel.h"

#include "common/display_time.h"
#include "common/form_names.h"
#include "common/markup.h"
#include "common/sortable_list.h"
#include "common/status_colours.h"
#include "common/wx_strings.h"
#include "record/record_window.h"
#include "records/new_record_choice.h"
#include "records/records_names.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/msgdlg.h>
#include <wx/srchctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <exception>

namespace parity::gui {
namespace {

/// The choices of the status filter, in this order after "All statuses".
constexpr store::RecordStatus kStatuses[] = {store::RecordStatus::Draft, store::RecordStatus::Submitted,
                                             store::RecordStatus::Signed};

wxString statusLabel(store::RecordStatus status) {
    switch (status) {
    case store::RecordStatus::Draft: return _("Draft");
    case store::RecordStatus::Submitted: return _("Submitted");
    case store::RecordStatus::Signed: return _("Signed");
    }
    return wxString();
}

std::optional<date::year_month_day> pickedDay(const wxDatePickerCtrl& picker) {
    const wxDateTime value = picker.GetValue();
    if (!value.IsValid())
        return std::nullopt;
    return date::year_month_day{date::year{value.GetYear()}, date::month{unsigned(value.GetMonth()) + 1},
                                date::day{unsigned(value.GetDay())}};
}

wxDatePickerCtrl* optionalDatePicker(wxWindow* parent, const char* name, const wxString& tip) {
    auto* picker = new wxDatePickerCtrl(parent, wxID_ANY, wxInvalidDateTime, wxDefaultPosition, wxDefaultSize,
                                        wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE);
    picker->SetName(name);
    picker->SetToolTip(tip);
    // The generic (GTK) picker starts on today whatever it is given: empty means no limit.
    picker->SetValue(wxInvalidDateTime);
    return picker;
}

} // namespace

RecordsPanel::RecordsPanel(wxWindow* parent, Workspace& workspace)
    : wxPanel(parent, wxID_ANY), m_workspace(workspace), m_database(*this, names::recordsUnavailable),
      m_refresh(*this, [this] { refresh(); }) {
    SetName(names::recordsPage);
    const int gap = FromDIP(6);
    m_content = m_database.content();

    m_search = new wxSearchCtrl(m_content, wxID_ANY);
    m_search->SetName(names::recordsSearch);
    m_search->SetDescriptiveText(_("Client id or name"));
    m_search->ShowCancelButton(true);

    m_form = new wxChoice(m_content, wxID_ANY);
    m_form->SetName(names::recordsFormFilter);
    m_form->Append(_("All forms"));
    m_formIds.push_back("");
    for (const FormChoice& choice : newRecordChoices(workspace)) {
        m_form->Append(choice.label());
        m_formIds.push_back(choice.formId);
    }
    m_form->SetSelection(0);

    m_status = new wxChoice(m_content, wxID_ANY);
    m_status->SetName(names::recordsStatusFilter);
    m_status->Append(_("All statuses"));
    for (const store::RecordStatus status : kStatuses)
        m_status->Append(statusLabel(status));
    m_status->SetSelection(0);

    m_from = optionalDatePicker(m_content, names::recordsChangedFrom, _("Only records last changed on or after this day"));
    m_to = optionalDatePicker(m_content, names::recordsChangedTo, _("Only records last changed on or before this day"));

    m_newRecord = new wxButton(m_content, wxID_ANY, _("&New Record") + L"\u2026");
    m_newRecord->SetName(names::recordsNewRecordButton);
    m_newRecord->SetToolTip(_("Choose a form and start filling it in"));

    m_count = new wxStaticText(m_content, wxID_ANY, wxString());
    m_count->SetName(names::recordsCount);

    m_list = new SortableList(m_content, names::recordsList,
                              [this](std::size_t row, int column) { return cellText(row, column); });
    m_list->AppendColumn(_("Id"), wxLIST_FORMAT_RIGHT);
    m_list->AppendColumn(_("Form"));
    m_list->AppendColumn(_("Client id"));
    m_list->AppendColumn(_("Client name"));
    m_list->AppendColumn(_("Status"));
    m_list->AppendColumn(_("Version"), wxLIST_FORMAT_RIGHT);
    m_list->AppendColumn(_("Author"));
    m_list->AppendColumn(_("Last change"));
    m_list->enableSorting([this](std::size_t a, std::size_t b, int column) { return rowLess(a, b, column); });
    // What was worked on last comes first: usually what the clerk is looking for.
    m_list->sortBy(kLastChange, false);

    // Two rows: what to look for, then when. Form titles are long ("California (Medi-Cal)
    // — Consent to …"); the form choice gets a fixed width instead of its longest title.
    m_form->SetMinSize(wxSize(FromDIP(300), -1));
    m_search->SetMinSize(wxSize(FromDIP(240), -1));
    auto label = [&](const wxString& text) { return new wxStaticText(m_content, wxID_ANY, text); };
    auto* lookFor = new wxBoxSizer(wxHORIZONTAL);
    lookFor->Add(m_search, wxSizerFlags().CentreVertical());
    lookFor->Add(m_form, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    lookFor->Add(m_status, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    lookFor->AddStretchSpacer();
    lookFor->Add(m_newRecord, wxSizerFlags().CentreVertical().Border(wxLEFT, 2 * gap));

    auto* when = new wxBoxSizer(wxHORIZONTAL);
    when->Add(label(_("Last changed from")), wxSizerFlags().CentreVertical());
    when->Add(m_from, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    when->Add(label(_("to")), wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    when->Add(m_to, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    when->AddStretchSpacer();
    when->Add(m_count, wxSizerFlags().CentreVertical().Border(wxLEFT, 2 * gap));

    auto* contentLayout = new wxBoxSizer(wxVERTICAL);
    contentLayout->Add(lookFor, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    contentLayout->Add(when, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    contentLayout->Add(m_list, wxSizerFlags(1).Expand().Border(wxALL, gap));
    m_content->SetSizer(contentLayout);

    // Every filter applies as soon as it changes: no Search button to forget.
    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { refresh(); });
    m_search->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { m_search->Clear(); });
    m_form->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { refresh(); });
    m_status->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { refresh(); });
    m_from->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { refresh(); });
    m_to->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { refresh(); });
    m_newRecord->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onNewRecord(); });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, &RecordsPanel::onActivated, this);

    m_subscription = std::make_unique<WorkspaceSubscription>(m_workspace, [this](WorkspaceChange change) {
        if (change == WorkspaceChange::Records || change == WorkspaceChange::Database)
            m_refresh.markStale();
    });
}

store::RecordFilter RecordsPanel::currentFilter() const {
    store::RecordFilter filter;
    const int form = m_form->GetSelection();
    if (form > 0 && static_cast<std::size_t>(form) < m_formIds.size())
        filter.formId = m_formIds[static_cast<std::size_t>(form)];
    const int status = m_status->GetSelection();
    if (status > 0)
        filter.status = kStatuses[status - 1];
    filter.text = toUtf8(m_search->GetValue().Trim().Trim(false));
    return filter;
}

bool RecordsPanel::inDateRange(const store::RecordSummary& summary) const {
    const auto from = pickedDay(*m_from);
    const auto to = pickedDay(*m_to);
    if (!from && !to)
        return true;
    const auto changed = localDateOf(summary.updatedAt);
    if (!changed)
        return false;   // a date that cannot be read is in no range
    return (!from || date::sys_days(*changed) >= date::sys_days(*from)) &&
           (!to || date::sys_days(*changed) <= date::sys_days(*to));
}

void RecordsPanel::refresh() {
    m_refresh.markFresh();
    if (!m_database.showFor(m_workspace, _("there are no records to show")))
        return;
    records::RecordService* records = m_workspace.records();

    // The chosen record stays chosen when the list is read again (autosave, a filter).
    std::int64_t selectedId = 0;
    if (const std::optional<std::size_t> selected = m_list->selectedRow())
        selectedId = m_rows[*selected].id;

    std::vector<store::RecordSummary> all;
    std::size_t total = 0;
    try {
        all = records->list(currentFilter());
        total = records->list().size();
    } catch (const std::exception& e) {
        m_count->SetLabelMarkup(colouredMarkup(_("The records could not be read:") + " " + fromUtf8(e.what()),
                                               errorTextColour()));
        m_content->Layout();
        return;
    }
    m_rows.clear();
    m_formTitles.clear();
    for (store::RecordSummary& summary : all) {
        if (!inDateRange(summary))
            continue;
        m_formTitles.push_back(formTitle(m_workspace, summary.formId));
        m_rows.push_back(std::move(summary));
    }
    m_list->showRows(m_rows.size());
    m_list->fitColumns();

    const int shown = static_cast<int>(m_rows.size());
    if (total == 0)
        m_count->SetLabelText(_("No records yet. Start one with New Record or from the Catalogue."));
    else if (static_cast<std::size_t>(shown) == total)
        m_count->SetLabelText(wxString::Format(wxPLURAL("%d record", "%d records", shown), shown));
    else
        m_count->SetLabelText(wxString::Format(wxPLURAL("%d of %d record", "%d of %d records", static_cast<int>(total)),
                                               shown, static_cast<int>(total)));
    m_content->Layout();

    for (std::size_t row = 0; selectedId != 0 && row < m_rows.size(); ++row)
        if (m_rows[row].id == selectedId)
            m_list->selectRow(row);
}

wxString RecordsPanel::cellText(std::size_t row, int column) const {
    const store::RecordSummary& record = m_rows[row];
    switch (column) {
    case kId: return wxString::Format("%lld", static_cast<long long>(record.id));
    case kForm: return m_formTitles[row];
    case kClientId: return fromUtf8(record.clientId);
    case kClientName: return fromUtf8(record.clientName);
    case kStatus: return statusLabel(record.status);
    case kVersion:
        return record.currentVersion > 0 ? wxString::Format("%lld", static_cast<long long>(record.currentVersion))
                                         : wxString();   // a draft has no version yet
    case kAuthor: return fromUtf8(record.createdBy);
    case kLastChange: return localTimeText(record.updatedAt);
    }
    return wxString();
}

bool RecordsPanel::rowLess(std::size_t a, std::size_t b, int column) const {
    const store::RecordSummary& x = m_rows[a];
    const store::RecordSummary& y = m_rows[b];
    switch (column) {
    case kId: return x.id < y.id;
    case kStatus: return static_cast<int>(x.status) < static_cast<int>(y.status);   // the workflow's order
    case kVersion: return x.currentVersion < y.currentVersion;
    case kLastChange: return x.updatedAt < y.updatedAt;   // stored UTC: text order is time order
    default: return cellText(a, column).CmpNoCase(cellText(b, column)) < 0;
    }
}

void RecordsPanel::onActivated(wxListEvent& event) {
    if (event.GetIndex() < 0)
        return;
    const std::int64_t id = m_rows[m_list->modelRow(event.GetIndex())].id;
    try {
        openRecord(wxGetTopLevelParent(this), m_workspace, id);
    } catch (const std::exception& e) {
        wxMessageBox(wxString::Format(_("Record %lld could not be opened.\n\n%s"), static_cast<long long>(id),
                                      fromUtf8(e.what())),
                     _("Open Record"), wxOK | wxICON_ERROR, this);
    }
}

void RecordsPanel::onNewRecord() {
    const std::optional<std::string> formId = chooseNewRecordForm(this, m_workspace);
    if (!formId)
        return;
    try {
        openNewRecord(wxGetTopLevelParent(this), m_workspace, *formId);
    } catch (const std::exception& e) {
        wxMessageBox(wxString::Format(_("The form could not be opened.\n\n%s"), fromUtf8(e.what())), _("New Record"),
                     wxOK | wxICON_ERROR, this);
    }
}

} // namespace parity::gui
