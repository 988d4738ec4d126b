#include "common/form_names.h"

#include "common/wx_strings.h"

#include <wx/intl.h>

namespace parity::gui {
namespace {

const LoadedPlugin* pluginWithId(const Workspace& workspace, const std::string& pluginId) {
    for (const LoadedPlugin& plugin : workspace.plugins().loaded())
        if (plugin.identity.id == pluginId)
            return &plugin;
    return nullptr;
}

} // namespace

wxString formTitle(const Workspace& workspace, const std::string& formId) {
    const CatalogForm* form = workspace.catalog().find(formId);
    if (!form)
        return fromUtf8(formId);
    const std::string title = forms::localized(form->form->definition().title, workspace.language());
    return title.empty() ? fromUtf8(formId) : fromUtf8(title);
}

wxString jurisdictionName(const Workspace& workspace, const std::string& pluginId) {
    if (pluginId.empty())
        return _("National");
    const LoadedPlugin* plugin = pluginWithId(workspace, pluginId);
    return plugin ? fromUtf8(plugin->identity.displayName) : fromUtf8(pluginId);
}

std::string jurisdictionTimeZone(const Workspace& workspace, const std::string& pluginId) {
    const LoadedPlugin* plugin = pluginWithId(workspace, pluginId);
    return plugin ? plugin->identity.timeZone : std::string();
}

} // namespace parity::gui
