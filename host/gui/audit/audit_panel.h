// The Audit page: the whole trail of the open database and whether its chain verifies.
#pragma once

#include "common/database_content.h"
#include "common/refresh_when_shown.h"
#include "workspace/workspace.h"

#include <wx/panel.h>

#include <cstdint>
#include <memory>
#include <optional>

class wxButton;
class wxStaticText;
class wxTextCtrl;

namespace parity::gui {

class AuditEntryList;

class AuditPanel : public wxPanel {
public:
    AuditPanel(wxWindow* parent, Workspace& workspace);

    /// Reads the trail again and recomputes the chain (the Verify now button).
    void verifyNow();

private:
    void refresh();
    void loadEntries();
    void showVerifyReport();
    void showEntryDetails();
    /// The record the filter asks for; nothing for all; false if the text is not a number.
    bool recordFilter(std::optional<std::int64_t>& recordId) const;

    Workspace& m_workspace;
    DatabaseContent m_database;
    wxPanel* m_content = nullptr;
    wxStaticText* m_status = nullptr;
    wxStaticText* m_problem = nullptr;
    wxStaticText* m_warning = nullptr;
    wxButton* m_verify = nullptr;
    wxTextCtrl* m_recordFilter = nullptr;
    wxStaticText* m_count = nullptr;
    AuditEntryList* m_list = nullptr;
    wxTextCtrl* m_details = nullptr;
    std::optional<std::int64_t> m_brokenSeq;
    RefreshWhenShown m_refresh;
    std::unique_ptr<WorkspaceSubscription> m_subscription;
};

} // namespace parity::gui
