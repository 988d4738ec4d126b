// The main window as a whole: its pages by keyboard, the language switch, and a database
// that cannot be opened, on a real display (Xvfb).
#define BOOST_TEST_MODULE gui_main_window
#include <boost/test/unit_test.hpp>

#include "common/wx_strings.h"
#include "gui_app.h"
#include "gui_harness.h"
#include "main_window/main_frame.h"
#include "main_window/window_names.h"
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
