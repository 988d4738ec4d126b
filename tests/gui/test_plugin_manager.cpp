// The desktop app's plugin manager and catalogue, on a real display (Xvfb), driven by
// keyboard through the X server as a user would drive it.
#define BOOST_TEST_MODULE gui
#include <boost/test/unit_test.hpp>

#include "app/parity_app.h"
#include "catalogue/catalogue_nodes.h"
#include "common/wx_strings.h"
#include "gui_app.h"
#include "gui_harness.h"
#include "main_window/main_frame.h"
#include "main_window/window_names.h"
#include "plugins/plugin_manager_panel.h"
#include "plugins/plugin_search_path.h"

#include <wx/button.h>
#include <wx/cmdline.h>
#include <wx/evtloop.h>
#include <wx/init.h>
#include <wx/listctrl.h>
#include <wx/log.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace parity::gui;
using namespace parity::gui::test;

namespace {

std::string text(const wxString& value) {
    return toUtf8(value);
}

/// Parses `arguments` (without the program name) with the app's own command-line
/// handlers, as wxApp::OnInit() does. Returns whether the app would go on.
bool parseCommandLine(const std::vector<std::string>& arguments) {
    std::vector<std::string> storage{"parity"};
    storage.insert(storage.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    wxCmdLineParser parser(static_cast<int>(storage.size()), argv.data());
    ParityApp& app = WxApplication::app();
    app.OnInitCmdLine(parser);
    return parser.Parse(false) == 0 && app.OnCmdLineParsed(parser);
}

/// Restores an environment variable at the end of a scope.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name))
            m_old = old;
        if (value)
            setenv(name, value, 1);
        else
            unsetenv(name);
    }
    ~ScopedEnvironment() {
        if (m_old)
            setenv(m_name, m_old->c_str(), 1);
        else
            unsetenv(m_name);
    }

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

/// The main window over a plugin folder `folder` holding a copy of arkansas.so (and
/// whatever else the test put there), on a database in that folder.
MainFrame* openWithArkansasOnly(const fs::path& folder) {
    fs::copy_file(fs::path(PARITY_TEST_PLUGIN_DIR) / "arkansas.so", folder / "arkansas.so");
    StartupOptions options;
    options.databasePath = folder / "records.db";
    options.pluginDirectories = {folder};
    return WxApplication::app().openMainWindow(options);
}

} // namespace

BOOST_AUTO_TEST_SUITE(PluginManager)

BOOST_AUTO_TEST_CASE(ctrl_5_shows_the_loaded_plugin_and_the_rejected_file_with_its_reason) {
    TempDirectory plugins("parity-gui-plugins");
    std::ofstream(plugins.path() / "x.so") << "This is a text file, not a plugin.\n";
    MainFrame* frame = openWithArkansasOnly(plugins.path());
    ClosesAtEnd closeFrame(frame);
    BOOST_REQUIRE(waitUntil([&] { return frame->IsShownOnScreen(); }));

    auto* pages = findWindow<wxNotebook>(names::pageNotebook, frame);
    BOOST_REQUIRE(pages);
    BOOST_TEST(pages->GetSelection() == static_cast<int>(MainPage::Catalogue));

    BOOST_REQUIRE(pressCtrlKey(*frame, '5'));
    BOOST_REQUIRE(waitUntil([&] { return pages->GetSelection() == static_cast<int>(MainPage::Plugins); }));

    auto* summary = findWindow<wxStaticText>(names::pluginSummary, frame);
    BOOST_REQUIRE(summary);
    BOOST_TEST(text(summary->GetLabelText()) == "1 plugin loaded, 1 file rejected");

    auto* loaded = findWindow<wxListCtrl>(names::loadedPluginsList, frame);
    BOOST_REQUIRE(loaded);
    BOOST_REQUIRE(loaded->GetItemCount() == 1);
    BOOST_TEST(text(loaded->GetItemText(0, 0)) == "arkansas");
    BOOST_TEST(text(loaded->GetItemText(0, 1)) == "Arkansas");
    BOOST_TEST(text(loaded->GetItemText(0, 5)) == (plugins.path() / "arkansas.so").string());

    auto* rejected = findWindow<wxListCtrl>(names::rejectedPluginsList, frame);
    BOOST_REQUIRE(rejected);
    BOOST_REQUIRE(rejected->GetItemCount() == 1);
    BOOST_TEST(rejected->GetItemText(0, 0).EndsWith("x.so"));
    BOOST_TEST(text(rejected->GetItemText(0, 1)).find("not a loadable shared library") != std::string::npos,
               "reason: " << text(rejected->GetItemText(0, 1)));

    // The whole reason is readable below the list, without widening a column.
    auto* reason = findWindow<wxTextCtrl>(names::rejectionReason, frame);
    BOOST_REQUIRE(reason);
    const std::string fullReason = text(rejected->GetItemText(0, 1));
    BOOST_TEST(waitUntil([&] { return text(reason->GetValue()).find(fullReason) != std::string::npos; }),
               "shown: " << text(reason->GetValue()));

    settle();
    const wxImage shot = saveScreenshot(*frame, screenshotDirectory() / "plugin-manager.png");
    BOOST_TEST(distinctColours(shot, 16) >= 16u, "the screenshot looks blank");

    BOOST_TEST(failedWxAssertions().empty());
}

BOOST_AUTO_TEST_CASE(install_plugin_copies_a_plugin_that_loads_and_refuses_one_that_does_not) {
    TempDirectory plugins("parity-gui-plugins");
    TempDirectory downloads("parity-gui-downloads");
    fs::copy_file(fs::path(PARITY_TEST_PLUGIN_DIR) / "new-mexico.so", downloads.path() / "new-mexico.so");
    std::ofstream(downloads.path() / "vendor.so") << "a download that went wrong\n";
    MainFrame* frame = openWithArkansasOnly(plugins.path());
    ClosesAtEnd closeFrame(frame);
    BOOST_REQUIRE(waitUntil([&] { return frame->IsShownOnScreen(); }));
    frame->showPage(MainPage::Plugins);

    auto* page = dynamic_cast<PluginManagerPanel*>(frame->pageWindow(MainPage::Plugins));
    BOOST_REQUIRE(page);
    BOOST_REQUIRE(findWindow<wxButton>(names::installPluginButton, frame));

    // A file that does not load: refused with the loader's reason, nothing copied.
    const parity::PluginInstallation refused = page->install(downloads.path() / "vendor.so");
    BOOST_TEST(!refused.installed);
    BOOST_TEST(refused.reason.find("not a loadable shared library") != std::string::npos, refused.reason);
    BOOST_TEST(!fs::exists(parity::userPluginDirectory() / "vendor.so"));

    // A good one: copied into the user plugin folder and usable at once.
    const parity::PluginInstallation installed = page->install(downloads.path() / "new-mexico.so");
    BOOST_TEST_REQUIRE(installed.installed, installed.reason);
    BOOST_TEST(installed.installedAt == parity::userPluginDirectory() / "new-mexico.so");
    BOOST_TEST(fs::exists(installed.installedAt));
    BOOST_TEST(frame->plugins().find("new-mexico") != nullptr);
    BOOST_TEST(frame->workspace().catalog().find("new-mexico.abuse-report") != nullptr);

    // The page is rebuilt with it (once the install's own event is over).
    BOOST_TEST(waitUntil([&] {
        auto* loaded = findWindow<wxListCtrl>(names::loadedPluginsList, frame);
        return loaded && loaded->GetItemCount() == 2;
    }));
    BOOST_TEST((frame->currentPage() == MainPage::Plugins));
    fs::remove(installed.installedAt);
    BOOST_TEST(failedWxAssertions().empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(Catalogue)

BOOST_AUTO_TEST_CASE(started_with_the_standard_search_path_it_lists_the_in_tree_jurisdictions) {
    // Exactly what `parity --db <file>` does from the build tree: no --plugins given.
    BOOST_REQUIRE(WxApplication::app().CallOnInit());
    auto* frame = dynamic_cast<MainFrame*>(wxTheApp->GetTopWindow());
    BOOST_REQUIRE(frame);
    ClosesAtEnd closeFrame(frame);
    BOOST_REQUIRE(waitUntil([&] { return frame->IsShownOnScreen(); }));

    BOOST_TEST(text(frame->GetTitle()) == text(wxString(L"Parity \u2014 ")) + WxApplication::database().string());

    auto* tree = findWindow<wxTreeCtrl>(names::catalogueTree, frame);
    BOOST_REQUIRE(tree);
    std::set<std::string> ids;
    wxTreeItemId arkansasAgency;
    wxTreeItemIdValue cookie;
    wxTreeItemId coreForms;
    for (wxTreeItemId item = tree->GetFirstChild(tree->GetRootItem(), cookie); item.IsOk();
         item = tree->GetNextChild(tree->GetRootItem(), cookie)) {
        const auto* node = dynamic_cast<const JurisdictionNode*>(tree->GetItemData(item));
        if (!node) {
            coreForms = item;   // the one row that is not a jurisdiction
            continue;
        }
        const std::string id = node->plugin().identity.id;
        ids.insert(id);
        BOOST_TEST(tree->GetChildrenCount(item, false) > 0u, id << " shows no reporting agencies");
        BOOST_TEST(text(tree->GetItemText(item)).find("Forms: ") != std::string::npos);
        if (id == "arkansas") {
            wxTreeItemIdValue agencyCookie;
            arkansasAgency = tree->GetFirstChild(item, agencyCookie);
        }
    }
    BOOST_TEST(ids == (std::set<std::string>{"arkansas", "california-medi-cal", "new-mexico"}),
               boost::test_tools::per_element());

    // Selecting an agency shows its directory entry.
    BOOST_REQUIRE(arkansasAgency.IsOk());
    tree->SelectItem(arkansasAgency);
    const auto* agency = dynamic_cast<const AgencyNode*>(tree->GetItemData(arkansasAgency));
    BOOST_REQUIRE(agency);
    auto* details = findWindow<wxTextCtrl>(names::catalogueDetails, frame);
    BOOST_REQUIRE(details);
    const std::string shown = text(details->GetValue());
    BOOST_TEST(shown.find(agency->agency().name) != std::string::npos, shown);
    BOOST_TEST(shown.find("Phone: " + agency->agency().phone) != std::string::npos, shown);
    BOOST_TEST(shown.find("Statute: ") != std::string::npos, shown);

    // The national core forms are listed too, and choosing one offers a new record of it.
    BOOST_REQUIRE(coreForms.IsOk());
    BOOST_TEST(text(tree->GetItemText(coreForms)) == "National core forms");
    BOOST_TEST(tree->GetChildrenCount(coreForms, false) == 3u);
    auto* newRecord = findWindow<wxButton>(names::newRecordButton, frame);
    BOOST_REQUIRE(newRecord);
    BOOST_TEST(!newRecord->IsEnabled());
    wxTreeItemIdValue formCookie;
    const wxTreeItemId firstCoreForm = tree->GetFirstChild(coreForms, formCookie);
    tree->SelectItem(firstCoreForm);
    const auto* form = dynamic_cast<const FormNode*>(tree->GetItemData(firstCoreForm));
    BOOST_REQUIRE(form);
    BOOST_TEST(newRecord->IsEnabled());
    BOOST_TEST(text(details->GetValue()).find("Form id: " + form->formId()) != std::string::npos,
               text(details->GetValue()));
    tree->SelectItem(arkansasAgency);

    settle();
    const wxImage shot = saveScreenshot(*frame, screenshotDirectory() / "main-window.png");
    BOOST_TEST(distinctColours(shot, 16) >= 16u, "the screenshot looks blank");

    BOOST_TEST(failedWxAssertions().empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(CommandLine)

BOOST_AUTO_TEST_CASE(repeated_plugins_options_are_searched_after_the_standard_places_in_order) {
    BOOST_REQUIRE(parseCommandLine({"--plugins", "/opt/first", "--plugins=/opt/second", "--db", "/srv/parity/records.db",
                                    "--lang", "es"}));
    const StartupOptions& options = WxApplication::app().startupOptions();
    BOOST_TEST(options.databasePath == fs::path("/srv/parity/records.db"));
    BOOST_TEST(options.language == "es");
    const auto& directories = options.pluginDirectories;
    BOOST_REQUIRE(directories.size() >= 2u);
    BOOST_TEST(directories[directories.size() - 2] == fs::path("/opt/first"));
    BOOST_TEST(directories.back() == fs::path("/opt/second"));
    BOOST_TEST(directories.front() == fs::path(PARITY_TEST_PLUGIN_DIR));
}

BOOST_AUTO_TEST_CASE(an_unsupported_language_is_refused) {
    BOOST_TEST(!parseCommandLine({"--lang", "fr"}));
}

BOOST_AUTO_TEST_CASE(the_default_database_follows_parity_db_then_xdg_data_home_then_home) {
    {
        ScopedEnvironment db("PARITY_DB", "/srv/parity/shared.db");
        BOOST_TEST(defaultDatabasePath() == fs::path("/srv/parity/shared.db"));
    }
    {
        ScopedEnvironment data("XDG_DATA_HOME", "/home/clerk/data");
        BOOST_TEST(defaultDatabasePath() == fs::path("/home/clerk/data/parity/parity.db"));
    }
    {
        ScopedEnvironment data("XDG_DATA_HOME", nullptr);
        ScopedEnvironment home("HOME", "/home/clerk");
        BOOST_TEST(defaultDatabasePath() == fs::path("/home/clerk/.local/share/parity/parity.db"));
    }
    // A relative --db is made absolute: the title must say which file it really is.
    BOOST_REQUIRE(parseCommandLine({"--db", "records.db"}));
    BOOST_TEST(WxApplication::app().startupOptions().databasePath == fs::current_path() / "records.db");
}

BOOST_AUTO_TEST_SUITE_END()
