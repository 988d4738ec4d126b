#include "common/database_content.h"

#include "common/wx_strings.h"

#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace parity::gui {

DatabaseContent::DatabaseContent(wxWindow& page, const char* noticeName) : m_page(page) {
    m_notice = new wxStaticText(&page, wxID_ANY, wxString());
    m_notice->SetName(noticeName);
    m_content = new wxPanel(&page, wxID_ANY);
    auto* layout = new wxBoxSizer(wxVERTICAL);
    layout->Add(m_notice, wxSizerFlags().Expand().Border(wxALL, page.FromDIP(12)));
    layout->Add(m_content, wxSizerFlags(1).Expand());
    page.SetSizer(layout);
    m_notice->Hide();
}

bool DatabaseContent::showFor(Workspace& workspace, const wxString& missing) {
    const bool open = workspace.records() != nullptr;
    if (!open)
        m_notice->SetLabelText(wxString::Format(_("The database is not open, so %s."), missing) + "\n\n" +
                               fromUtf8(workspace.databaseError()) + "\n\n" +
                               _("Use Open Database in the File menu to choose another."));
    if (m_notice->IsShown() == open || m_content->IsShown() != open) {
        m_notice->Show(!open);
        m_content->Show(open);
        m_page.Layout();
    }
    return open;
}

} // namespace parity::gui
