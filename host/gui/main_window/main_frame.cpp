#include "main_window/main_frame.h"

#include "catalogue/catalogue_panel.h"
#include "common/wx_strings.h"
#include "main_window/window_names.h"
#include "plugins/plugin_manager_panel.h"

#include <wx/aboutdlg.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/sizer.h>

#include <utility>

namespace parity::gui {

MainFrame::MainFrame(const StartupOptions& options, PluginHost plugins)
    : wxFrame(nullptr, wxID_ANY, wxString::Format(L"Parity \u2014 %s", fromPath(options.databasePath))),
      m_options(options), m_plugins(std::move(plugins)) {
    createMenus();

    // A plain wxPanel under the notebook gives the native background and keyboard
    // traversal that a notebook parented directly on the frame lacks.
    auto* background = new wxPanel(this);
    m_pages = new wxNotebook(background, wxID_ANY);
    m_pages->SetName(names::pageNotebook);
    m_pages->AddPage(new CataloguePanel(m_pages, m_plugins), _("Catalogue"), true);
    m_pages->AddPage(new PluginManagerPanel(m_pages, m_plugins, m_options.pluginDirectories),
                     _("Plugins"));

    auto* layout = new wxBoxSizer(wxVERTICAL);
    layout->Add(m_pages, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(6)));
    background->SetSizer(layout);

    CreateStatusBar();
    SetStatusText(wxString::Format(_("Database: %s"), fromPath(m_options.databasePath)));

    SetSize(FromDIP(wxSize(1000, 700)));
    Centre();
}

void MainFrame::createMenus() {
    auto* file = new wxMenu;
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"), _("Close Parity"));

    auto* view = new wxMenu;
    const wxMenuItem* catalogue = view->Append(wxID_ANY, _("&Catalogue\tCtrl+1"),
                                               _("Show the jurisdictions and their reporting agencies"));
    const wxMenuItem* plugins = view->Append(wxID_ANY, _("&Plugins\tCtrl+2"),
                                             _("Show the loaded plugins and the files that were rejected"));

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About Parity"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(view, _("&View"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showPage(MainPage::Catalogue); }, catalogue->GetId());
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showPage(MainPage::Plugins); }, plugins->GetId());
    Bind(wxEVT_MENU, &MainFrame::onAbout, this, wxID_ABOUT);
}

void MainFrame::showPage(MainPage page) {
    m_pages->SetSelection(static_cast<size_t>(page));
    // Keyboard users switch pages to work in them: put the focus there too.
    m_pages->GetPage(static_cast<size_t>(page))->SetFocus();
}

MainPage MainFrame::currentPage() const {
    return static_cast<MainPage>(m_pages->GetSelection());
}

void MainFrame::onAbout(wxCommandEvent&) {
    const SdkVersion sdk = SdkVersion::host();
    wxAboutDialogInfo info;
    info.SetName("Parity");
    info.SetVersion(PARITY_VERSION);
    const int loaded = static_cast<int>(m_plugins.loaded().size());
    info.SetDescription(
        _("Forms and tamper-evident audit records for peer support agencies.") + "\n" +
        wxString::Format(_("Plugin SDK %s."), fromUtf8(sdk.toString())) + " " +
        wxString::Format(wxPLURAL("%d jurisdiction plugin loaded.", "%d jurisdiction plugins loaded.", loaded),
                         loaded));
    wxAboutBox(info, this);
}

} // namespace parity::gui
