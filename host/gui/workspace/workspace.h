// Everything the desktop app works on, shared by every window: the loaded plugins, the
// forms they contribute, the open database and the person using it. The windows are thin
// views over this; every change goes through core APIs (records::RecordService), the
// same ones parity-cli and the tests use.
#pragma once

#include "app/startup_options.h"
#include "catalog/form_catalog.h"
#include "plugins/plugin_host.h"
#include "records/record_service.h"

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace parity::gui {

/// What changed, for the views that show it.
enum class WorkspaceChange {
    Records,    ///< a record was saved, submitted, signed or amended, or the trail grew
    Database,   ///< another database was opened (or the open one failed)
    Plugins,    ///< a plugin was installed: the catalogue and the forms changed
    Language,   ///< the interface and form language changed
};

class Workspace {
public:
    /// Takes the plugins with their compiled forms (`catalog` = FormCatalog::build(plugins))
    /// and opens the database. A database that cannot be opened (locked, newer schema, not
    /// a database) does not stop the app: the views say why (databaseError()) and the user
    /// can open another one.
    Workspace(StartupOptions options, PluginHost plugins, FormCatalog catalog);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    const StartupOptions& options() const { return m_options; }
    const PluginHost& plugins() const { return m_plugins; }
    const FormCatalog& catalog() const { return m_catalog; }

    /// The open database, or nullptr when opening it failed.
    records::RecordService* records() { return m_records.get(); }
    const records::RecordService* records() const { return m_records.get(); }
    /// The open database; throws EnvironmentError with databaseError() when there is none.
    records::RecordService& requireRecords();
    const std::filesystem::path& databasePath() const { return m_options.databasePath; }
    /// Why the database is not open; empty when it is.
    const std::string& databaseError() const { return m_databaseError; }
    /// Opens another database (creating it if new). On failure the previous one stays
    /// closed and databaseError() says why; returns whether it opened.
    bool openDatabase(const std::filesystem::path& database);

    /// Who is recorded in the audit trail: the operating-system account.
    const std::string& user() const { return m_user; }

    /// "en" or "es": labels, hints and validation messages of forms, and the interface.
    const std::string& language() const { return m_language; }
    void setLanguage(const std::string& language);

    /// Loads one more plugin file (after Install plugin… copied it into place) and
    /// rebuilds the catalogue. Returns whether it was accepted.
    bool addPlugin(const std::filesystem::path& file);

    /// Tells every subscriber that `change` happened.
    void notify(WorkspaceChange change);
    using Listener = std::function<void(WorkspaceChange)>;
    /// Calls `listener` after each change until unsubscribe(); returns its handle.
    int subscribe(Listener listener);
    void unsubscribe(int handle);

private:
    StartupOptions m_options;
    PluginHost m_plugins;
    FormCatalog m_catalog;
    std::unique_ptr<records::RecordService> m_records;
    std::string m_databaseError;
    std::string m_user;
    std::string m_language;
    std::map<int, Listener> m_listeners;
    int m_nextListener = 1;
};

/// Unsubscribes at the end of a window's life, so no listener outlives its window.
class WorkspaceSubscription {
public:
    WorkspaceSubscription(Workspace& workspace, Workspace::Listener listener)
        : m_workspace(workspace), m_handle(workspace.subscribe(std::move(listener))) {}
    ~WorkspaceSubscription() { m_workspace.unsubscribe(m_handle); }
    WorkspaceSubscription(const WorkspaceSubscription&) = delete;
    WorkspaceSubscription& operator=(const WorkspaceSubscription&) = delete;

private:
    Workspace& m_workspace;
    int m_handle;
};

} // namespace parity::gui
