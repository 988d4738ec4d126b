#include "app/parity_app.h"

#include "app/interface_language.h"
#include "common/wx_strings.h"
#include "main_window/main_frame.h"
#include "plugins/plugin_host.h"
#include "plugins/plugin_search_path.h"

#include <wx/cmdline.h>
#include <wx/intl.h>
#include <wx/msgout.h>

#include <system_error>
#include <utility>

namespace fs = std::filesystem;

namespace parity::gui {
namespace {

constexpr char kPluginsOption[] = "plugins";
constexpr char kDatabaseOption[] = "db";
constexpr char kLanguageOption[] = "lang";

fs::path absoluteOrAsGiven(const fs::path& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    return ec ? path : absolute.lexically_normal();
}

} // namespace

ParityApp::ParityApp() {
    // The name wxConfig and the standard paths derive from; the display name is for people.
    SetAppName("parity");
    SetAppDisplayName("Parity");
}

bool ParityApp::Initialize(int& argc, wxChar** argv) {
    m_prefetch = std::make_unique<PluginPrefetch>();
    return wxApp::Initialize(argc, argv);
}

bool ParityApp::OnInit() {
    // wxApp::OnInit() runs the command-line parser; it returns false after a bad option,
    // having already printed why.
    if (!wxApp::OnInit())
        return false;
    if (!m_helpShown)
        openMainWindow(m_options);
    return true;
}

int ParityApp::OnRun() {
    // --help is a successful run (exit status 0, as parity-cli --help), not a failed
    // start, which is all wx's default of returning false from OnInit() could say.
    return m_helpShown ? 0 : wxApp::OnRun();
}

bool ParityApp::OnCmdLineHelp(wxCmdLineParser& parser) {
    parser.Usage();
    m_helpShown = true;
    return true;
}

void ParityApp::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    parser.AddLongOption(kPluginsOption,
                         _("also load plugins from DIR (repeatable; searched after the standard places)"),
                         wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_MULTIPLE);
    parser.AddLongOption(kDatabaseOption,
                         _("database file (default: $PARITY_DB, else $XDG_DATA_HOME/parity/parity.db)"));
    parser.AddLongOption(kLanguageOption, _("interface language: en or es (default: the system's)"));
}

bool ParityApp::OnCmdLineParsed(wxCmdLineParser& parser) {
    if (!wxApp::OnCmdLineParsed(parser))
        return false;

    StartupOptions options;
    wxString value;
    if (parser.Found(kLanguageOption, &value)) {
        if (!isSupportedLanguage(toUtf8(value))) {
            // Said on the terminal, like wx's own complaints about the command line:
            // no window exists yet to show it in.
            wxMessageOutput::Get()->Printf(_("Unsupported language '%s': use en or es.\n"), value);
            return false;
        }
        options.language = toUtf8(value);
    }
    options.databasePath = absoluteOrAsGiven(
        parser.Found(kDatabaseOption, &value) ? toPath(value) : defaultDatabasePath());

    // Found() reports only the last --plugins; GetArguments() keeps every occurrence in order.
    std::vector<fs::path> extraPluginDirectories;
    for (const wxCmdLineArg& argument : parser.GetArguments()) {
        if (argument.GetKind() == wxCMD_LINE_OPTION && argument.GetLongName() == kPluginsOption)
            extraPluginDirectories.push_back(toPath(argument.GetStrVal()));
    }
    options.pluginDirectories = pluginSearchPath(extraPluginDirectories);

    m_options = std::move(options);
    return true;
}

MainFrame* ParityApp::openMainWindow(const StartupOptions& options) {
    applyInterfaceLanguage(options.language);
    std::optional<LoadedPlugins> loaded;
    if (m_prefetch) {
        loaded = m_prefetch->take(options.pluginDirectories);
        m_prefetch.reset();   // one start, one prefetch
    }
    if (!loaded)
        loaded = loadPlugins(options.pluginDirectories);
    auto* frame = new MainFrame(
        std::make_unique<Workspace>(options, std::move(loaded->plugins), std::move(loaded->catalog)));
    frame->Show();
    SetTopWindow(frame);
    return frame;
}

} // namespace parity::gui
