// The main window as a whole: its pages by keyboard, the language switch, and a database
// that cannot be opened, on a real display (Xvfb).
#define BOOST_TEST_MODULE gui_main_window
#include <boost/test/unit_test.hpp>

#include "common/wx_strings.h"
#include "gui_app.h"
#include "gui_harness.h"
#include "main_window/main_frame.h"
#include "main_window/window_names.h"
#include "app/plugin_prefetch.h"
#include "plugins/plugin_host.h"
#include "plugins/plugin_search_path.h"

#include <wx/infobar.h>
#include <wx/menu.h>
#include <wx/notebook.h>

#include <fstream>
#include <string>

namespace fs = std::filesystem;
using namespace parity::gui;
using namespace parity::gui::test;

namespace {

MainFrame* openOn(const fs::path& database) {
    StartupOptions options;
    options.databasePath = database;
    options.pluginDirectories = {PARITY_TEST_PLUGIN_DIR};
    options.language = "en";
    return WxApplication::app().openMainWindow(options);
}

std::string tabLabel(wxNotebook& pages, MainPage page) {
    return toUtf8(pages.GetPageText(static_cast<size_t>(page)));
}

} // namespace

BOOST_AUTO_TEST_CASE(ctrl_1_to_5_switch_between_the_five_pages) {
    TempDirectory scratch("parity-gui-main");
    MainFrame* frame = openOn(scratch.path() / "records.db");
    ClosesAtEnd closeFrame(frame);
    BOOST_REQUIRE(waitUntil([&] { return frame->IsShownOnScreen(); }));
    auto* pages = findWindow<wxNotebook>(names::pageNotebook, frame);
    BOOST_REQUIRE(pages);
    BOOST_REQUIRE(pages->GetPageCount() == 5u);
    for (const auto& [key, page] : {std::pair{'3', MainPage::Audit}, std::pair{'4', MainPage::Compliance},
                                    std::pair{'2', MainPage::Records}, std::pair{'1', MainPage::Catalogue}}) {
        BOOST_REQUIRE(pressCtrlKey(*frame, key));
        BOOST_TEST(waitUntil([&] { return pages->GetSelection() == static_cast<int>(page); }), "Ctrl+" << key);
    }
    BOOST_TEST(failedWxAssertions().empty());
}

BOOST_AUTO_TEST_CASE(switching_to_spanish_relabels_the_pages_and_menus_and_back) {
    TempDirectory scratch("parity-gui-main");
    MainFrame* frame = openOn(scratch.path() / "records.db");
    ClosesAtEnd closeFrame(frame);
    BOOST_REQUIRE(waitUntil([&] { return frame->IsShownOnScreen(); }));
    frame->showPage(MainPage::Compliance);
    auto* pages = findWindow<wxNotebook>(names::pageNotebook, frame);
    BOOST_REQUIRE(pages);
    BOOST_TEST(tabLabel(*pages, MainPage::Records) == "Records");

    frame->switchLanguage("es");
    BOOST_TEST(frame->workspace().language() == "es");
    BOOST_TEST(waitUntil([&] { return tabLabel(*pages, MainPage::Records) == "Registros"; }),
               "tab: " << tabLabel(*pages, MainPage::Records));
    BOOST_TEST(tabLabel(*pages, MainPage::Catalogue) == "Catálogo");
    BOOST_TEST(toUtf8(frame->GetMenuBar()->GetMenuLabelText(0)) == "Archivo");
    // The user stays where they were.
    BOOST_TEST(pages->GetSelection() == static_cast<int>(MainPage::Compliance));

    frame->switchLanguage("en");
    BOOST_TEST(waitUntil([&] { return tabLabel(*pages, MainPage::Records) == "Records"; }));
    BOOST_TEST(toUtf8(frame->GetMenuBar()->GetMenuLabelText(0)) == "File");
    BOOST_TEST(failedWxAssertions().empty());
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_database_is_reported_and_the_app_keeps_running) {
    TempDirectory scratch("parity-gui-main");
    const fs::path notADatabase = scratch.path() / "notes.db";
    std::ofstream(notADatabase) << "Shopping list: milk, bread, and this is certainly not SQLite.\n";
    MainFrame* frame = openOn(notADatabase);
    ClosesAtEnd closeFrame(frame);
    BOOST_REQUIRE(waitUntil([&] { return frame->IsShownOnScreen(); }));

    BOOST_TEST(frame->workspace().records() == nullptr);
    BOOST_TEST(!frame->workspace().databaseError().empty());
    auto* problem = findWindow<wxInfoBar>(names::databaseProblem, frame);
    BOOST_REQUIRE(problem);
    BOOST_TEST(waitUntil([&] { return problem->IsShown(); }));
    BOOST_TEST(toUtf8(frame->GetTitle()).find(notADatabase.string()) != std::string::npos);
    // The file is left exactly as it was: nothing was written into someone's document.
    std::ifstream check(notADatabase);
    std::string firstLine;
    std::getline(check, firstLine);
    BOOST_TEST(firstLine == "Shopping list: milk, bread, and this is certainly not SQLite.");

    // Every page still opens (each says there is no database rather than failing).
    for (int page = 0; page < 5; ++page) {
        frame->showPage(static_cast<MainPage>(page));
        settle();
    }
    // Opening a good database clears the message.
    BOOST_TEST(frame->workspace().openDatabase(scratch.path() / "good.db"));
    BOOST_TEST(waitUntil([&] { return !problem->IsShown(); }));
    BOOST_TEST(failedWxAssertions().empty());
}

// Initialize() loads the standard plugin directories while GTK starts; openMainWindow()
// takes that result only if the command line's search path begins with those directories,
// loading any --plugins directories after them. Whatever it takes must be exactly what
// loading the whole search path at once gives: the same plugins in the same order, the
// same rejections, the same forms.
BOOST_AUTO_TEST_CASE(plugins_loaded_while_the_toolkit_starts_are_those_the_command_line_asks_for) {
    TempDirectory extra("parity-gui-prefetch");
    // A second copy of a plugin in a --plugins directory: rejected as a duplicate, the
    // same way both times.
    const fs::path plugins(PARITY_TEST_PLUGIN_DIR);
    for (const auto& entry : fs::directory_iterator(plugins))
        if (entry.path().extension() == parity::pluginFileSuffix()) {
            fs::copy_file(entry.path(), extra.path() / entry.path().filename());
            break;
        }
    const auto searchPath = parity::pluginSearchPath({extra.path()});

    PluginPrefetch prefetch;
    std::optional<LoadedPlugins> taken = prefetch.take(searchPath);
    BOOST_TEST_REQUIRE(taken.has_value());
    const LoadedPlugins direct = loadPlugins(searchPath);

    auto loadedPaths = [](const LoadedPlugins& l) {
        std::vector<std::string> out;
        for (const auto& p : l.plugins.loaded())
            out.push_back(p.path.string());
        return out;
    };
    auto rejected = [](const LoadedPlugins& l) {
        std::vector<std::string> out;
        for (const auto& r : l.plugins.rejected())
            out.push_back(r.path.string() + ": " + r.reason);
        return out;
    };
    auto formIds = [](const LoadedPlugins& l) {
        std::vector<std::string> out;
        for (const auto& f : l.catalog.forms())
            out.push_back(f.id());
        return out;
    };
    BOOST_TEST(loadedPaths(*taken) == loadedPaths(direct), boost::test_tools::per_element());
    BOOST_TEST(rejected(*taken) == rejected(direct), boost::test_tools::per_element());
    BOOST_TEST(rejected(direct).size() >= 1u);   // the copy in the extra directory
    BOOST_TEST(formIds(*taken) == formIds(direct), boost::test_tools::per_element());
    BOOST_TEST(formIds(direct).size() > 3u);     // the core forms and the plugins' own

    // Taken once; and a search path that does not begin with the standard one gets nothing.
    BOOST_TEST(!prefetch.take(searchPath).has_value());
    PluginPrefetch another;
    BOOST_TEST(!another.take({extra.path()}).has_value());
}
