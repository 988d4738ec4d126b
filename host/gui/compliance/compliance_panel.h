// The Compliance page: findings of the plugins' compliance rules over the stored records.
#pragma once

#include "compliance/compliance_audit.h"
#include "workspace/workspace.h"

#include <wx/panel.h>

#include <memory>
#include <optional>
#include <vector>

class wxButton;
class wxCheckBox;
class wxDatePickerCtrl;
class wxListEvent;
class wxStaticText;
class wxTextCtrl;
class wxTimePickerCtrl;

namespace parity::gui {

class SortableList;

class CompliancePanel : public wxPanel {
public:
    // The finding's words last: they are long, and the facts to scan come first.
    enum Column { kSeverity, kDue, kRecord, kClient, kRule, kJurisdiction, kSource, kMessage };

    CompliancePanel(wxWindow* parent, Workspace& workspace);

    /// Runs every plugin's compliance rules as of `asOf` and shows the findings (the Run
    /// Audit button: now, or the time chosen under "As of").
    void runAudit(Seconds asOf);
    /// The finding shown in list row `row` (model order), for tests and details.
    const AuditFinding& finding(std::size_t row) const { return m_report->findings.at(row); }

private:
    Seconds chosenAsOf() const;
    wxString cellText(std::size_t row, int column) const;
    bool rowLess(std::size_t a, std::size_t b, int column) const;
    void showSummary();
    void showDetails();
    void clearFindings(const wxString& why);
    void onActivated(wxListEvent& event);

    Workspace& m_workspace;
    wxButton* m_run = nullptr;
    wxCheckBox* m_asOfEnabled = nullptr;
    wxDatePickerCtrl* m_asOfDate = nullptr;
    wxTimePickerCtrl* m_asOfTime = nullptr;
    wxStaticText* m_summary = nullptr;
    SortableList* m_list = nullptr;
    wxTextCtrl* m_details = nullptr;
    std::optional<ComplianceReport> m_report;
    std::vector<std::optional<Seconds>> m_due;   ///< per finding: its deadline as an instant
    std::vector<wxString> m_dueText;             ///< per finding: in the jurisdiction's time
    std::unique_ptr<WorkspaceSubscription> m_subscription;
};

} // namespace parity::gui
