// What a person calls a form and a jurisdiction, in the workspace's language.
#pragma once

#include "workspace/workspace.h"

#include <wx/string.h>

#include <string>

namespace parity::gui {

/// The form's title ("Report of suspected abuse"); its id if no loaded form has it
/// (a record of a plugin that is no longer installed).
wxString formTitle(const Workspace& workspace, const std::string& formId);

/// The plugin's name ("Arkansas"); "National" for the core forms (empty id).
wxString jurisdictionName(const Workspace& workspace, const std::string& pluginId);

/// The time zone a jurisdiction's deadlines run in; "" for national forms.
std::string jurisdictionTimeZone(const Workspace& workspace, const std::string& pluginId);

} // namespace parity::gui
