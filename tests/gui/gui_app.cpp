#include "gui_app.h"

#include "common/wx_strings.h"

#include <boost/test/unit_test.hpp>

#include <wx/init.h>
#include <wx/log.h>

#include <cstdlib>
#include <iostream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace parity::gui::test {
namespace {

fs::path s_database;
fs::path s_home;

void recordWxAssertion(const wxString& file, int line, const wxString& function, const wxString& condition,
                       const wxString& message) {
    const std::string failure =
        toUtf8(wxString::Format("%s:%d in %s: %s %s", file, line, function, condition, message));
    std::cerr << "wx assertion failed: " << failure << '\n';
    failedWxAssertions().push_back(failure);
}

} // namespace

const fs::path& screenshotDirectory() {
    static const fs::path directory = PARITY_SCREENSHOT_DIR;
    return directory;
}

std::vector<std::string>& failedWxAssertions() {
    static std::vector<std::string> failures;
    return failures;
}

WxApplication::WxApplication() : m_home("parity-gui-home") {
    // Nothing from the developer's own setup may leak in: no installed plugins, no
    // PARITY_PLUGIN_PATH, no database override, no signing key of theirs.
    setenv("XDG_DATA_HOME", (m_home.path() / "data").c_str(), 1);
    setenv("XDG_CONFIG_HOME", (m_home.path() / "config").c_str(), 1);
    unsetenv("PARITY_PLUGIN_PATH");
    unsetenv("PARITY_DB");
    unsetenv("PARITY_AUDIT_KEY");
    s_home = m_home.path();
    s_database = m_home.path() / "records.db";

    m_arguments = {"parity", "--db", s_database.string()};
    for (std::string& argument : m_arguments)
        m_argv.push_back(argument.data());
    m_argv.push_back(nullptr);
    int argc = static_cast<int>(m_arguments.size());

    wxSetAssertHandler(&recordWxAssertion);
    wxApp::SetInstance(new ParityApp);
    if (!wxEntryStart(argc, m_argv.data()))
        throw std::runtime_error("cannot start wxWidgets: no display? Run under xvfb-run -a");
    // Log messages go to the test output, never into a dialog.
    delete wxLog::SetActiveTarget(new wxLogStderr);
    wxInitAllImageHandlers();
    m_loop = std::make_unique<wxGUIEventLoop>();
    wxEventLoopBase::SetActive(m_loop.get());
}

WxApplication::~WxApplication() {
    wxEventLoopBase::SetActive(nullptr);
    m_loop.reset();
    wxEntryCleanup();
}

ParityApp& WxApplication::app() {
    return *static_cast<ParityApp*>(wxApp::GetInstance());
}

const fs::path& WxApplication::database() {
    return s_database;
}

const fs::path& WxApplication::home() {
    return s_home;
}

BOOST_TEST_GLOBAL_FIXTURE(WxApplication);

} // namespace parity::gui::test
