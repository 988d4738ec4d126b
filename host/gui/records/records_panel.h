// The Records page: every record in the open database, searchable and sortable.
#pragma once

#include "common/database_content.h"
#include "common/refresh_when_shown.h"
#include "store/record_store.h"
#include "workspace/workspace.h"

#include <wx/panel.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class wxButton;
class wxChoice;
class wxDatePickerCtrl;
class wxListEvent;
class wxSearchCtrl;
class wxStaticText;

namespace parity::gui {

class SortableList;

class RecordsPanel : public wxPanel {
public:
    enum Column { kId, kForm, kClientId, kClientName, kStatus, kVersion, kAuthor, kLastChange };

    RecordsPanel(wxWindow* parent, Workspace& workspace);

    /// Reads the records again with the current search and filters.
    void refresh();

private:
    wxString cellText(std::size_t row, int column) const;
    bool rowLess(std::size_t a, std::size_t b, int column) const;
    store::RecordFilter currentFilter() const;
    /// Whether `summary` was last changed within the date range (client-side: the store
    /// filters by form, status and text only).
    bool inDateRange(const store::RecordSummary& summary) const;
    void onActivated(wxListEvent& event);
    void onNewRecord();

    Workspace& m_workspace;
    DatabaseContent m_database;
    wxPanel* m_content = nullptr;
    wxSearchCtrl* m_search = nullptr;
    wxChoice* m_form = nullptr;
    std::vector<std::string> m_formIds;   ///< per choice of m_form; "" = all forms
    wxChoice* m_status = nullptr;
    wxDatePickerCtrl* m_from = nullptr;
    wxDatePickerCtrl* m_to = nullptr;
    wxStaticText* m_count = nullptr;
    wxButton* m_newRecord = nullptr;
    SortableList* m_list = nullptr;
    std::vector<store::RecordSummary> m_rows;
    std::vector<wxString> m_formTitles;   ///< per row, looked up once
    RefreshWhenShown m_refresh;
    std::unique_ptr<WorkspaceSubscription> m_subscription;
};

} // namespace parity::gui
