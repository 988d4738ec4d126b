#include "compliance/compliance_panel.h"

#include "common/display_time.h"
#include "common/form_names.h"
#include "common/markup.h"
#include "common/sortable_list.h"
#include "common/status_colours.h"
#include "common/wx_strings.h"
#include "compliance/compliance_names.h"
#include "record/record_window.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/datectrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timectrl.h>

#include <exception>
#include <tuple>

namespace parity::gui {
namespace {

wxString severityLabel(const ComplianceFinding& finding) {
    return finding.warning ? _("Warning") : _("Error");
}

Seconds now() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

} // namespace

CompliancePanel::CompliancePanel(wxWindow* parent, Workspace& workspace)
    : wxPanel(parent, wxID_ANY), m_workspace(workspace) {
    SetName(names::compliancePage);
    const int gap = FromDIP(6);
    m_run = new wxButton(this, wxID_ANY, _("&Run Audit"));
    m_run->SetName(names::complianceRunButton);
    m_run->SetToolTip(_("Check every submitted and signed record against each jurisdiction's rules"));

    // As of another time: what an auditor asks about ("on 1 October, what was overdue?").
    m_asOfEnabled = new wxCheckBox(this, wxID_ANY, _("&As of:"));
    m_asOfEnabled->SetName(names::complianceAsOfEnabled);
    m_asOfEnabled->SetToolTip(_("Leave unticked to audit as of now"));
    m_asOfDate = new wxDatePickerCtrl(this, wxID_ANY, wxDateTime::Now(), wxDefaultPosition, wxDefaultSize,
                                      wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    m_asOfDate->SetName(names::complianceAsOfDate);
    m_asOfTime = new wxTimePickerCtrl(this, wxID_ANY, wxDateTime::Now());
    m_asOfTime->SetName(names::complianceAsOfTime);
    m_asOfDate->Disable();
    m_asOfTime->Disable();

    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_summary->SetName(names::complianceSummary);

    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxSP_LIVE_UPDATE | wxSP_3D);
    m_list = new SortableList(splitter, names::complianceList,
                              [this](std::size_t row, int column) { return cellText(row, column); });
    m_list->AppendColumn(_("Severity"));
    m_list->AppendColumn(_("Due"));
    m_list->AppendColumn(_("Record"), wxLIST_FORMAT_RIGHT);
    m_list->AppendColumn(_("Client"));
    m_list->AppendColumn(_("Rule"));
    m_list->AppendColumn(_("Jurisdiction"));
    m_list->AppendColumn(_("Source"));
    m_list->AppendColumn(_("Finding"));
    m_list->enableSorting([this](std::size_t a, std::size_t b, int column) { return rowLess(a, b, column); });
    m_details = new wxTextCtrl(splitter, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                               wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    m_details->SetName(names::complianceDetails);
    splitter->SetMinimumPaneSize(FromDIP(80));
    splitter->SetSashGravity(0.75);
    splitter->SplitHorizontally(m_list, m_details, -FromDIP(200));

    auto* controls = new wxBoxSizer(wxHORIZONTAL);
    controls->Add(m_run, wxSizerFlags().CentreVertical());
    controls->Add(m_asOfEnabled, wxSizerFlags().CentreVertical().Border(wxLEFT, 3 * gap));
    controls->Add(m_asOfDate, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    controls->Add(m_asOfTime, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));

    auto* layout = new wxBoxSizer(wxVERTICAL);
    layout->Add(controls, wxSizerFlags().Expand().Border(wxALL, gap));
    layout->Add(m_summary, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    layout->Add(splitter, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(layout);

    m_run->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { runAudit(chosenAsOf()); });
    m_asOfEnabled->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        m_asOfDate->Enable(m_asOfEnabled->IsChecked());
        m_asOfTime->Enable(m_asOfEnabled->IsChecked());
    });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, &CompliancePanel::onActivated, this);
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showDetails(); });

    m_subscription = std::make_unique<WorkspaceSubscription>(m_workspace, [this](WorkspaceChange change) {
        // Findings of another database would open the wrong records.
        if (change == WorkspaceChange::Database)
            clearFindings(wxString());
    });
    clearFindings(wxString());
}

Seconds CompliancePanel::chosenAsOf() const {
    if (!m_asOfEnabled->IsChecked())
        return now();
    // Both pickers speak this computer's local time, as the clerk reads a wall clock.
    wxDateTime when = m_asOfDate->GetValue();
    int hour = 0, minute = 0, second = 0;
    m_asOfTime->GetTime(&hour, &minute, &second);
    when.SetHour(static_cast<wxDateTime::wxDateTime_t>(hour));
    when.SetMinute(static_cast<wxDateTime::wxDateTime_t>(minute));
    when.SetSecond(static_cast<wxDateTime::wxDateTime_t>(second));
    return Seconds(std::chrono::seconds(when.GetTicks()));
}

void CompliancePanel::clearFindings(const wxString& why) {
    m_report.reset();
    m_due.clear();
    m_dueText.clear();
    m_list->showRows(0);
    if (!why.empty()) {
        m_summary->SetLabelMarkup(colouredMarkup(why, errorTextColour()));
    } else if (!m_workspace.records()) {
        m_summary->SetLabelText(wxString::Format(_("The database is not open: %s"),
                                                 fromUtf8(m_workspace.databaseError())));
    } else {
        m_summary->SetLabelText(_("No audit has been run yet. Run Audit checks every submitted and signed record "
                                  "against each jurisdiction's rules: missed deadlines, missing consents."));
    }
    m_details->Clear();
    Layout();
}

void CompliancePanel::runAudit(Seconds asOf) {
    records::RecordService* records = m_workspace.records();
    if (!records) {
        clearFindings(wxString::Format(_("The database is not open: %s"), fromUtf8(m_workspace.databaseError())));
        return;
    }
    wxBusyCursor busy;
    try {
        m_report = runComplianceAudit(*records, m_workspace.plugins(), asOf, m_workspace.language(), m_workspace.user());
    } catch (const std::exception& e) {
        clearFindings(_("The audit could not be run:") + " " + fromUtf8(e.what()));
        return;
    }
    m_due.clear();
    m_dueText.clear();
    for (const AuditFinding& f : m_report->findings) {
        m_due.push_back(f.finding.due.empty() ? std::nullopt : instantOf(f.finding.due));
        m_dueText.push_back(f.finding.due.empty()
                                ? wxString()
                                : timeInZoneText(f.finding.due, jurisdictionTimeZone(m_workspace, f.pluginId)));
    }
    m_list->showRows(m_report->findings.size());
    m_list->fitColumns();
    showSummary();
    m_details->SetValue(m_report->findings.empty() ? wxString()
                                                   : _("Choose a finding to read it in full. Enter or a double-click "
                                                       "opens its record."));
    // The run is itself an audit entry: the trail grew.
    m_workspace.notify(WorkspaceChange::Records);
}

void CompliancePanel::showSummary() {
    const int findings = static_cast<int>(m_report->findings.size());
    const int errors = static_cast<int>(m_report->errors());
    const int checked = static_cast<int>(m_report->recordsChecked);
    const wxString text = wxString::Format(wxPLURAL("%d finding", "%d findings", findings), findings) + ", " +
                          wxString::Format(wxPLURAL("%d error", "%d errors", errors), errors) + ", " +
                          wxString::Format(wxPLURAL("%d record checked", "%d records checked", checked), checked) +
                          ", " + wxString::Format(_("as of %s"), localTimeText(m_report->asOf));
    const wxColour colour = errors > 0 ? errorTextColour() : findings > 0 ? warningTextColour() : goodTextColour();
    m_summary->SetLabelMarkup("<b>" + colouredMarkup(text, colour) + "</b>");
    Layout();
}

void CompliancePanel::showDetails() {
    const std::optional<std::size_t> row = m_list->selectedRow();
    if (!m_report || !row)
        return;
    const AuditFinding& f = m_report->findings[*row];
    wxString text;
    text << severityLabel(f.finding) << L" \u2014 " << fromUtf8(f.finding.ruleId) << '\n'
         << fromUtf8(f.finding.message) << "\n\n";
    if (f.finding.recordId != 0)
        text << _("Record") << ": " << f.finding.recordId << L" \u2014 " << formTitle(m_workspace, f.formId) << '\n';
    if (!f.finding.clientId.empty())
        text << _("Client") << ": " << fromUtf8(f.finding.clientId) << '\n';
    if (!f.finding.due.empty())
        text << _("Due") << ": " << m_dueText[*row] << "  (" << fromUtf8(f.finding.due) << ")\n";
    text << _("Jurisdiction") << ": " << jurisdictionName(m_workspace, f.pluginId) << '\n';
    if (!f.source.empty())
        text << _("Source") << ": " << fromUtf8(f.source) << '\n';
    m_details->SetValue(text);
}

wxString CompliancePanel::cellText(std::size_t row, int column) const {
    const AuditFinding& f = m_report->findings[row];
    switch (column) {
    case kSeverity: return severityLabel(f.finding);
    case kRule: return fromUtf8(f.finding.ruleId);
    case kRecord:
        return f.finding.recordId == 0 ? wxString()
                                       : wxString::Format("%lld", static_cast<long long>(f.finding.recordId));
    case kClient: return fromUtf8(f.finding.clientId);
    case kMessage: return fromUtf8(f.finding.message);
    case kDue: return m_dueText[row];
    case kJurisdiction: return jurisdictionName(m_workspace, f.pluginId);
    case kSource: return fromUtf8(f.source);
    }
    return wxString();
}

bool CompliancePanel::rowLess(std::size_t a, std::size_t b, int column) const {
    const ComplianceFinding& x = m_report->findings[a].finding;
    const ComplianceFinding& y = m_report->findings[b].finding;
    switch (column) {
    case kSeverity: return !x.warning && y.warning;   // errors first
    case kRecord: return x.recordId < y.recordId;
    case kDue:
        // By the instant, not the text: deadlines in different zones compare correctly.
        // Findings without a deadline go last.
        return std::make_tuple(!m_due[a], m_due[a].value_or(Seconds{})) <
               std::make_tuple(!m_due[b], m_due[b].value_or(Seconds{}));
    default: return cellText(a, column).CmpNoCase(cellText(b, column)) < 0;
    }
}

void CompliancePanel::onActivated(wxListEvent& event) {
    if (!m_report || event.GetIndex() < 0)
        return;
    const AuditFinding& f = m_report->findings[m_list->modelRow(event.GetIndex())];
    if (f.finding.recordId == 0)
        return;   // a finding about a rule or the setup, not a record
    try {
        openRecord(wxGetTopLevelParent(this), m_workspace, f.finding.recordId);
    } catch (const std::exception& e) {
        wxMessageBox(wxString::Format(_("Record %lld could not be opened.\n\n%s"),
                                      static_cast<long long>(f.finding.recordId), fromUtf8(e.what())),
                     _("Open Record"), wxOK | wxICON_ERROR, this);
    }
}

} // namespace parity::gui
