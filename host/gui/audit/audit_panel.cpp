#include "audit/audit_panel.h"

#include "audit/audit_entry_list.h"
#include "audit/audit_names.h"
#include "common/markup.h"
#include "common/status_colours.h"
#include "common/wx_strings.h"

#include <wx/button.h>
#include <wx/numformatter.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <exception>
#include <string>
#include <vector>

namespace parity::gui {
namespace {

wxString count(std::int64_t n) {
    return wxNumberFormatter::ToString(static_cast<wxLongLong_t>(n), wxNumberFormatter::Style_WithThousandsSep);
}

} // namespace

AuditPanel::AuditPanel(wxWindow* parent, Workspace& workspace)
    : wxPanel(parent, wxID_ANY), m_workspace(workspace), m_database(*this, names::auditUnavailable),
      m_refresh(*this, [this] { refresh(); }) {
    SetName(names::auditPage);
    const int gap = FromDIP(6);
    m_content = m_database.content();

    m_status = new wxStaticText(m_content, wxID_ANY, wxString());
    m_status->SetName(names::chainStatus);
    m_problem = new wxStaticText(m_content, wxID_ANY, wxString());
    m_problem->SetName(names::chainProblem);
    m_warning = new wxStaticText(m_content, wxID_ANY, wxString());
    m_warning->SetName(names::chainWarning);
    m_verify = new wxButton(m_content, wxID_ANY, _("&Verify Now"));
    m_verify->SetName(names::auditVerifyButton);
    m_verify->SetToolTip(_("Recompute the whole hash chain and check it against the signed checkpoint"));

    auto* filterLabel = new wxStaticText(m_content, wxID_ANY, _("Re&cord:"));
    m_recordFilter = new wxTextCtrl(m_content, wxID_ANY);
    m_recordFilter->SetName(names::auditRecordFilter);
    m_recordFilter->SetHint(_("all records"));
    m_recordFilter->SetToolTip(_("Show only the entries of one record: type its number"));
    m_count = new wxStaticText(m_content, wxID_ANY, wxString());
    m_count->SetName(names::auditCount);

    // Entries above, the chosen one in full below: a reviewer reads down the trail and
    // sees every old → new value without opening anything.
    auto* splitter = new wxSplitterWindow(m_content, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxSP_LIVE_UPDATE | wxSP_3D);
    m_list = new AuditEntryList(splitter, names::auditList);
    m_details = new wxTextCtrl(splitter, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                               wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    m_details->SetName(names::auditEntryDetails);
    splitter->SetMinimumPaneSize(FromDIP(80));
    splitter->SetSashGravity(0.65);
    splitter->SplitHorizontally(m_list, m_details, -FromDIP(220));

    auto* statusRow = new wxBoxSizer(wxHORIZONTAL);
    auto* statusLines = new wxBoxSizer(wxVERTICAL);
    statusLines->Add(m_status);
    statusLines->Add(m_problem, wxSizerFlags().Border(wxTOP, gap / 2));
    statusLines->Add(m_warning, wxSizerFlags().Border(wxTOP, gap / 2));
    statusRow->Add(statusLines, wxSizerFlags(1).CentreVertical());
    statusRow->Add(m_verify, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));

    auto* filterRow = new wxBoxSizer(wxHORIZONTAL);
    filterRow->Add(filterLabel, wxSizerFlags().CentreVertical());
    filterRow->Add(m_recordFilter, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    filterRow->Add(m_count, wxSizerFlags().CentreVertical().Border(wxLEFT, 2 * gap));

    auto* contentLayout = new wxBoxSizer(wxVERTICAL);
    contentLayout->Add(statusRow, wxSizerFlags().Expand().Border(wxALL, gap));
    contentLayout->Add(filterRow, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    contentLayout->Add(splitter, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    m_content->SetSizer(contentLayout);

    m_verify->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { verifyNow(); });
    m_recordFilter->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { loadEntries(); });
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showEntryDetails(); });
    m_list->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { showEntryDetails(); });

    m_subscription = std::make_unique<WorkspaceSubscription>(m_workspace, [this](WorkspaceChange change) {
        if (change == WorkspaceChange::Records || change == WorkspaceChange::Database)
            m_refresh.markStale();
    });
}

void AuditPanel::verifyNow() {
    refresh();
    // A reviewer who asked wants to see where it broke: go to the entry and show it.
    if (m_brokenSeq && m_list->selectSeq(*m_brokenSeq))
        showEntryDetails();
}

void AuditPanel::refresh() {
    m_refresh.markFresh();   // Verify now while a change was pending: no second run
    if (!m_database.showFor(m_workspace, _("there is no audit trail to show")))
        return;
    showVerifyReport();
    loadEntries();
}

void AuditPanel::showVerifyReport() {
    m_brokenSeq.reset();
    // A short headline that fits beside the button, and the reason in full below it:
    // problems name files and entries and can be longer than the window is wide.
    wxString headline;
    wxString problem;
    wxString warning;
    bool ok = false;
    try {
        const audit::VerifyReport report = m_workspace.records()->auditTrail().verify();
        ok = report.ok;
        if (report.ok) {
            headline = wxString::Format(_("Audit trail intact: %s entries"), count(report.entries));
            if (report.checkpointSeq)
                headline +=
                    ", " + wxString::Format(_("signed checkpoint at entry %s matches"), count(*report.checkpointSeq));
        } else {
            m_brokenSeq = report.firstBad;
            headline = report.firstBad && *report.firstBad > 0
                           ? wxString::Format(_("Audit trail does NOT verify at entry %s"), count(*report.firstBad))
                           : _("Audit trail does NOT verify");
            problem = fromUtf8(report.problem);
            if (!problem.empty())
                problem = problem.Left(1).Upper() + problem.Mid(1) + ".";   // a sentence on its own line
        }
        if (!report.warning.empty())
            warning = _("Warning:") + " " + fromUtf8(report.warning);
    } catch (const std::exception& e) {
        headline = _("The audit trail could not be checked");
        problem = fromUtf8(e.what());
    }
    m_status->SetLabelMarkup(headlineMarkup(headline, ok ? goodTextColour() : errorTextColour()));
    const int width = std::max(m_content->GetClientSize().GetWidth() - m_verify->GetSize().GetWidth() - FromDIP(30),
                               FromDIP(300));
    auto showWrapped = [width](wxStaticText* label, const wxString& text, const wxColour& colour) {
        label->SetForegroundColour(colour);
        label->SetLabelText(text);
        label->Wrap(width);
        label->Show(!text.empty());
    };
    showWrapped(m_problem, problem, errorTextColour());
    showWrapped(m_warning, warning, warningTextColour());
    m_list->markBroken(m_brokenSeq);
    m_content->Layout();
}

bool AuditPanel::recordFilter(std::optional<std::int64_t>& recordId) const {
    recordId.reset();
    const wxString text = m_recordFilter->GetValue().Trim().Trim(false);
    if (text.empty())
        return true;
    long long id = 0;
    if (!text.ToLongLong(&id) || id <= 0)
        return false;
    recordId = id;
    return true;
}

void AuditPanel::loadEntries() {
    if (!m_workspace.records())
        return;
    std::optional<std::int64_t> recordId;
    if (!recordFilter(recordId)) {
        m_count->SetLabelMarkup(colouredMarkup(_("Type a record number, or clear the box to see every entry."),
                                               errorTextColour()));
        m_content->Layout();
        return;
    }
    std::vector<audit::AuditEntry> entries;
    try {
        m_workspace.records()->auditTrail().forEach(recordId,
                                                    [&](const audit::AuditEntry& e) { entries.push_back(e); });
    } catch (const std::exception& e) {
        m_count->SetLabelMarkup(
            colouredMarkup(_("The audit trail could not be read:") + " " + fromUtf8(e.what()), errorTextColour()));
        m_content->Layout();
        return;
    }
    const std::int64_t shown = static_cast<std::int64_t>(entries.size());
    m_list->setEntries(std::move(entries));
    m_list->fitColumns();
    wxString countText = recordId ? wxString::Format(_("%s entries of record %lld"), count(shown),
                                                     static_cast<long long>(*recordId))
                                  : wxString::Format(_("%s entries"), count(shown));
    m_count->SetLabelText(countText);
    m_content->Layout();
    // The newest entries are what changed since one last looked: show the end of the trail.
    if (m_list->GetItemCount() > 0 && !m_list->sortColumn())
        m_list->EnsureVisible(m_list->GetItemCount() - 1);
    showEntryDetails();
}

void AuditPanel::showEntryDetails() {
    const audit::AuditEntry* entry = m_list->selectedEntry();
    if (!entry) {
        m_details->SetValue(_("Choose an entry to see everything it records, with each changed field's old and new value."));
        return;
    }
    m_details->SetValue(auditEntryDetails(*entry, &m_workspace.catalog(), m_workspace.language()));
}

} // namespace parity::gui
