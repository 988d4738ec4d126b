#include "workspace/workspace.h"

#include "app/interface_language.h"

#include "common/error.h"

#include <wx/intl.h>
#include <wx/utils.h>

#include <utility>
#include <vector>

namespace parity::gui {
namespace {

std::string operatingSystemUser() {
    const wxString id = wxGetUserId();
    return id.empty() ? std::string("unknown") : std::string(id.utf8_str());
}

} // namespace

Workspace::Workspace(StartupOptions options, PluginHost plugins, FormCatalog catalog)
    : m_options(std::move(options)), m_plugins(std::move(plugins)), m_catalog(std::move(catalog)),
      m_user(operatingSystemUser()), m_language(m_options.language.empty() ? systemInterfaceLanguage() : m_options.language) {
    openDatabase(m_options.databasePath);
}

Workspace::~Workspace() = default;

records::RecordService& Workspace::requireRecords() {
    if (!m_records)
        throw EnvironmentError(m_databaseError.empty() ? "no database is open" : m_databaseError);
    return *m_records;
}

bool Workspace::openDatabase(const std::filesystem::path& database) {
    m_records.reset();
    m_options.databasePath = database;
    try {
        m_records = std::make_unique<records::RecordService>(records::StoreLocation::at(database), m_catalog);
        m_databaseError.clear();
    } catch (const std::exception& error) {
        m_databaseError = error.what();
    }
    notify(WorkspaceChange::Database);
    return m_records != nullptr;
}

void Workspace::setLanguage(const std::string& language) {
    if (language == m_language)
        return;
    m_language = language;
    notify(WorkspaceChange::Language);
}

bool Workspace::addPlugin(const std::filesystem::path& file) {
    if (!m_plugins.loadFile(file))
        return false;
    // RecordService keeps a reference to m_catalog: rebuilding it in place keeps that
    // reference good, and record windows hold their compiled forms by shared_ptr.
    m_catalog = FormCatalog::build(m_plugins);
    notify(WorkspaceChange::Plugins);
    return true;
}

void Workspace::notify(WorkspaceChange change) {
    // A listener may subscribe or unsubscribe others (a window opening or closing) while
    // we call: walk a copy of the handles and skip any that went away meanwhile.
    std::vector<int> handles;
    for (const auto& entry : m_listeners)
        handles.push_back(entry.first);
    for (int handle : handles) {
        auto found = m_listeners.find(handle);
        if (found == m_listeners.end())
            continue;
        const Listener listener = found->second;   // a copy: the call may erase the entry
        listener(change);
    }
}

int Workspace::subscribe(Listener listener) {
    const int handle = m_nextListener++;
    m_listeners.emplace(handle, std::move(listener));
    return handle;
}

void Workspace::unsubscribe(int handle) {
    m_listeners.erase(handle);
}

} // namespace parity::gui
