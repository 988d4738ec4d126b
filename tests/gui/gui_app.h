// The one ParityApp of a GUI test program, started as main() would start it but without
// its main loop, so the tests can drive it. GTK can be initialised once per process, hence
// a global fixture (registered in gui_app.cpp) rather than one per test: each GUI test
// file is its own program (tests/gui/CMakeLists.txt, parity_add_gui_test).
#pragma once

#include "app/parity_app.h"
#include "gui_harness.h"

#include <wx/evtloop.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace parity::gui::test {

/// Where screenshots go (PARITY_SCREENSHOT_DIR: docs/screenshots unless configured).
const std::filesystem::path& screenshotDirectory();

/// wx assertion failures, collected: wx's default handler opens a modal dialog that no one
/// under Xvfb would ever close. Each test checks that none happened.
std::vector<std::string>& failedWxAssertions();

class WxApplication {
public:
    WxApplication();
    ~WxApplication();

    static ParityApp& app();
    /// The --db this program was "started" with.
    static const std::filesystem::path& database();
    /// The scratch home (XDG_DATA_HOME, XDG_CONFIG_HOME) of this test program.
    static const std::filesystem::path& home();

private:
    TempDirectory m_home;
    std::vector<std::string> m_arguments;
    std::vector<char*> m_argv;
    std::unique_ptr<wxGUIEventLoop> m_loop;
};

} // namespace parity::gui::test
