// A page that shows the open database (records, the audit trail) and, when none is
// open, says why in its place: an empty list would look like a database with nothing in
// it, which is a different and alarming thing to a supervisor.
#pragma once

#include "workspace/workspace.h"

#include <wx/string.h>

class wxPanel;
class wxStaticText;
class wxWindow;

namespace parity::gui {

class DatabaseContent {
public:
    /// Puts a notice (named `noticeName`, hidden) and a content panel into `page`, and
    /// gives `page` the sizer holding them. Build the page's controls on content().
    DatabaseContent(wxWindow& page, const char* noticeName);

    wxPanel* content() const { return m_content; }

    /// Shows the content if `workspace` has a database open, otherwise the notice:
    /// `missing` ("there are no records to show"), the reason, and what to do.
    /// Returns whether the database is open.
    bool showFor(Workspace& workspace, const wxString& missing);

private:
    wxWindow& m_page;
    wxStaticText* m_notice = nullptr;
    wxPanel* m_content = nullptr;
};

} // namespace parity::gui
