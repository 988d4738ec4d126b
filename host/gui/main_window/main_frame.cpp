#include "main_window/main_frame.h"

#include "app/interface_language.h"
#include "audit/audit_panel.h"
#include "catalogue/catalogue_panel.h"
#include "common/wx_strings.h"
#include "compliance/compliance_panel.h"
#include "main_window/window_names.h"
#include "plugins/plugin_manager_panel.h"
#include "record/record_window.h"
#include "records/records_panel.h"

#include <wx/aboutdlg.h>
#include <wx/filedlg.h>
#include <wx/infobar.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>

#include <utility>

namespace parity::gui {

MainFrame::MainFrame(std::unique_ptr<Workspace> workspace)
    : wxFrame(nullptr, wxID_ANY, "Parity"), m_workspace(std::move(workspace)) {
    SetName(names::mainFrame);
    bindMenus();
    createMenus();

    // A plain wxPanel under the notebook gives the native background and keyboard
    // traversal that a notebook parented directly on the frame lacks.
    auto* background = new wxPanel(this);
    m_pages = new wxNotebook(background, wxID_ANY);
    m_pages->SetName(names::pageNotebook);
    m_pages->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& event) {
        if (event.GetEventObject() == m_pages && event.GetSelection() >= 0)
            pageWindow(static_cast<MainPage>(event.GetSelection()));
        event.Skip();
    });
    createPages();

    // Not a modal dialog: the app is still useful without a database (catalogue, plugins),
    // and the message stays in view while the user decides what to open instead.
    m_databaseProblem = new wxInfoBar(background);
    m_databaseProblem->SetName(names::databaseProblem);
    m_databaseProblem->AddButton(wxID_OPEN, _("Open Another Database…"));
    m_databaseProblem->Bind(wxEVT_BUTTON, &MainFrame::onOpenDatabase, this, wxID_OPEN);

    auto* layout = new wxBoxSizer(wxVERTICAL);
    layout->Add(m_databaseProblem, wxSizerFlags().Expand());
    layout->Add(m_pages, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(6)));
    background->SetSizer(layout);

    CreateStatusBar(2);
    updateTitle();
    m_subscription = std::make_unique<WorkspaceSubscription>(
        *m_workspace, [this](WorkspaceChange change) { onWorkspaceChanged(change); });

    SetSize(FromDIP(wxSize(1100, 760)));
    Centre();
}

MainFrame::~MainFrame() {
    // The record windows are our children and read the workspace: they go first.
    m_subscription.reset();
    DestroyChildren();
}

void MainFrame::createPages(std::optional<MainPage> select) {
    const MainPage shown = select.value_or(m_pages->GetPageCount() ? currentPage() : MainPage::Catalogue);
    m_pages->DeleteAllPages();
    m_pageContent.fill(nullptr);
    // Each tab holds an empty panel until it is first shown: building all five pages (and
    // GTK sizing their hidden widgets) would double the time to the first window.
    const wxString labels[kPageCount] = {_("Catalogue"), _("Records"), _("Audit trail"), _("Compliance"),
                                         _("Plugins")};
    for (const wxString& label : labels) {
        auto* holder = new wxPanel(m_pages);
        holder->SetSizer(new wxBoxSizer(wxVERTICAL));
        m_pages->AddPage(holder, label);
    }
    m_pages->ChangeSelection(static_cast<size_t>(shown));
    pageWindow(shown);
}

wxWindow* MainFrame::pageWindow(MainPage page) {
    const auto index = static_cast<std::size_t>(page);
    if (m_pageContent[index])
        return m_pageContent[index];
    auto* holder = static_cast<wxPanel*>(m_pages->GetPage(index));
    Workspace& workspace = *m_workspace;
    wxWindow* content = nullptr;
    switch (page) {
    case MainPage::Catalogue: content = new CataloguePanel(holder, workspace); break;
    case MainPage::Records: content = new RecordsPanel(holder, workspace); break;
    case MainPage::Audit: content = new AuditPanel(holder, workspace); break;
    case MainPage::Compliance: content = new CompliancePanel(holder, workspace); break;
    case MainPage::Plugins: content = new PluginManagerPanel(holder, workspace); break;
    }
    holder->GetSizer()->Add(content, wxSizerFlags(1).Expand());
    holder->Layout();
    m_pageContent[index] = content;
    return content;
}

namespace {

// Menu ids of our own: the menus are rebuilt on a language switch, the handlers bound once.
enum MenuId : int {
    kFirstPageItem = wxID_HIGHEST + 1,   // + MainPage
    kEnglish = kFirstPageItem + 16,
    kSpanish,
};

} // namespace

void MainFrame::bindMenus() {
    for (int page = 0; page <= static_cast<int>(MainPage::Plugins); ++page)
        Bind(wxEVT_MENU, [this, page](wxCommandEvent&) { showPage(static_cast<MainPage>(page)); },
             kFirstPageItem + page);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { switchLanguage("en"); }, kEnglish);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { switchLanguage("es"); }, kSpanish);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, &MainFrame::onOpenDatabase, this, wxID_OPEN);
    Bind(wxEVT_MENU, &MainFrame::onNewDatabase, this, wxID_NEW);
    Bind(wxEVT_MENU, &MainFrame::onAbout, this, wxID_ABOUT);
}

void MainFrame::createMenus() {
    auto* file = new wxMenu;
    file->Append(wxID_NEW, _("&New Database…"), _("Create an empty database file and work in it"));
    file->Append(wxID_OPEN, _("&Open Database…\tCtrl+O"), _("Work in another database file"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"), _("Close Parity"));

    auto* view = new wxMenu;
    struct PageItem {
        MainPage page;
        wxString label;
        wxString help;
    };
    const PageItem pages[] = {
        {MainPage::Catalogue, _("&Catalogue\tCtrl+1"), _("Jurisdictions, their forms and reporting agencies")},
        {MainPage::Records, _("&Records\tCtrl+2"), _("Every record in the database")},
        {MainPage::Audit, _("&Audit Trail\tCtrl+3"), _("Every action on the records, and whether the trail is intact")},
        {MainPage::Compliance, _("C&ompliance\tCtrl+4"), _("Missed deadlines and missing consents")},
        {MainPage::Plugins, _("&Plugins\tCtrl+5"), _("Loaded plugins and the files that were rejected")},
    };
    for (const PageItem& item : pages)
        view->Append(kFirstPageItem + static_cast<int>(item.page), item.label, item.help);
    view->AppendSeparator();
    auto* languages = new wxMenu;
    languages->AppendRadioItem(kEnglish, "English");
    languages->AppendRadioItem(kSpanish, L"Espa\u00f1ol");
    languages->Check(m_workspace->language() == "es" ? kSpanish : kEnglish, true);
    view->AppendSubMenu(languages, _("&Language"), _("The language of the interface and of the forms"));

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About Parity"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(view, _("&View"));
    bar->Append(help, _("&Help"));
    // A language switch builds the menus anew; the frame lets go of the old bar, we delete it.
    wxMenuBar* previous = GetMenuBar();
    SetMenuBar(bar);
    delete previous;
}

void MainFrame::updateTitle() {
    const wxString path = fromPath(m_workspace->databasePath());
    SetTitle(wxString::Format(L"Parity \u2014 %s", path));
    if (m_workspace->records()) {
        SetStatusText(wxString::Format(_("Database: %s"), path), 0);
        m_databaseProblem->Dismiss();
    } else {
        SetStatusText(wxString::Format(_("Database not open: %s"), path), 0);
        m_databaseProblem->ShowMessage(
            wxString::Format(_("The database %s could not be opened: %s"), path, fromUtf8(m_workspace->databaseError())),
            wxICON_ERROR);
    }
    SetStatusText(wxString::Format(_("User: %s"), fromUtf8(m_workspace->user())), 1);
}

void MainFrame::onWorkspaceChanged(WorkspaceChange change) {
    switch (change) {
    case WorkspaceChange::Database:
        updateTitle();
        break;
    case WorkspaceChange::Language:
    case WorkspaceChange::Plugins:
        // Every page's labels (or contents) came from what changed: build them anew, once
        // the event that caused it is done (it may come from one of those pages).
        CallAfter([this] {
            Freeze();
            createMenus();
            createPages();
            updateTitle();
            Thaw();
        });
        break;
    case WorkspaceChange::Records:
        break;
    }
}

void MainFrame::switchLanguage(const std::string& language) {
    if (!applyInterfaceLanguage(language))
        wxMessageBox(_("The Spanish interface translations are not installed; the forms will still be in Spanish."),
                     "Parity", wxOK | wxICON_WARNING, this);
    m_workspace->setLanguage(language);
}

void MainFrame::showPage(MainPage page) {
    m_pages->SetSelection(static_cast<size_t>(page));
    // Keyboard users switch pages to work in them: put the focus there too.
    pageWindow(page)->SetFocus();
}

MainPage MainFrame::currentPage() const {
    return static_cast<MainPage>(m_pages->GetSelection());
}

void MainFrame::startRecord(const std::string& formId) {
    openNewRecord(this, *m_workspace, formId);
}

void MainFrame::openRecord(std::int64_t recordId) {
    gui::openRecord(this, *m_workspace, recordId);
}

void MainFrame::onOpenDatabase(wxCommandEvent&) {
    wxFileDialog dialog(this, _("Open a Parity database"), fromPath(m_workspace->databasePath().parent_path()), "",
                        _("Parity databases (*.db)|*.db|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK)
        openDatabase(toPath(dialog.GetPath()));
}

void MainFrame::onNewDatabase(wxCommandEvent&) {
    // A save dialog, because GTK's open dialog cannot name a file that does not exist yet.
    // Naming an existing database opens it: nothing is ever overwritten from here.
    wxFileDialog dialog(this, _("Create a Parity database"), fromPath(m_workspace->databasePath().parent_path()),
                        "parity.db", _("Parity databases (*.db)|*.db"), wxFD_SAVE);
    if (dialog.ShowModal() == wxID_OK)
        openDatabase(toPath(dialog.GetPath()));
}

bool MainFrame::closeRecordWindows() {
    // Each record window belongs to the open database; closing one may ask about unsaved
    // answers, and the person may say Cancel.
    const wxWindowList children = GetChildren();
    for (wxWindow* child : children) {
        if (child->IsTopLevel() && !child->IsBeingDeleted() && !child->Close())
            return false;
    }
    return true;
}

void MainFrame::openDatabase(const std::filesystem::path& database) {
    if (!closeRecordWindows())
        return;
    if (!m_workspace->openDatabase(database))
        wxMessageBox(wxString::Format(_("The database could not be opened.\n\n%s"),
                                      fromUtf8(m_workspace->databaseError())),
                     _("Open Database"), wxOK | wxICON_ERROR, this);
}

void MainFrame::onAbout(wxCommandEvent&) {
    const SdkVersion sdk = SdkVersion::host();
    wxAboutDialogInfo info;
    info.SetName("Parity");
    info.SetVersion(PARITY_VERSION);
    const int loaded = static_cast<int>(plugins().loaded().size());
    info.SetDescription(
        _("Forms and tamper-evident audit records for peer support agencies.") + "\n" +
        wxString::Format(_("Plugin SDK %s."), fromUtf8(sdk.toString())) + " " +
        wxString::Format(wxPLURAL("%d jurisdiction plugin loaded.", "%d jurisdiction plugins loaded.", loaded),
                         loaded));
    wxAboutBox(info, this);
}

} // namespace parity::gui
