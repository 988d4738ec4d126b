// The main window: menus, and a notebook with one page per area of the app.
#pragma once

#include "workspace/workspace.h"

#include <wx/frame.h>

#include <array>
#include <memory>
#include <optional>

class wxInfoBar;
class wxNotebook;

namespace parity::gui {

/// The notebook's pages, in tab order (View menu: Ctrl+1 … Ctrl+5).
enum class MainPage : int { Catalogue = 0, Records = 1, Audit = 2, Compliance = 3, Plugins = 4 };

class MainFrame : public wxFrame {
public:
    /// Takes the workspace over: the frame keeps the plugins' libraries loaded and the
    /// database open for as long as it shows anything that came from them.
    explicit MainFrame(std::unique_ptr<Workspace> workspace);
    ~MainFrame() override;

    void showPage(MainPage page);
    /// The page's panel (CataloguePanel, RecordsPanel, …), built on first use.
    wxWindow* pageWindow(MainPage page);
    MainPage currentPage() const;

    Workspace& workspace() { return *m_workspace; }
    const PluginHost& plugins() const { return m_workspace->plugins(); }

    /// A window to fill a new record of `formId`.
    void startRecord(const std::string& formId);
    /// The window of a stored record.
    void openRecord(std::int64_t recordId);

    /// Switches the interface and the forms to `language` ("en" or "es").
    void switchLanguage(const std::string& language);

private:
    void bindMenus();
    void createMenus();
    /// (Re)creates the notebook's pages: on start, and when the language or database changes.
    void createPages(std::optional<MainPage> select = std::nullopt);
    void updateTitle();
    void onWorkspaceChanged(WorkspaceChange change);
    void onOpenDatabase(wxCommandEvent& event);
    void onNewDatabase(wxCommandEvent& event);
    /// Closes every record window (false if the person cancelled one).
    bool closeRecordWindows();
    /// Opens `database` once the record windows are closed; says why in a dialog when it
    /// cannot be opened.
    void openDatabase(const std::filesystem::path& database);
    void onAbout(wxCommandEvent& event);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<WorkspaceSubscription> m_subscription;
    wxNotebook* m_pages = nullptr;
    static constexpr std::size_t kPageCount = 5;
    /// Each tab's panel once built (pages are built when first shown), else null.
    std::array<wxWindow*, kPageCount> m_pageContent{};
    /// Says, above the pages, why the database is not open (locked, newer, not a database).
    wxInfoBar* m_databaseProblem = nullptr;
};

} // namespace parity::gui
