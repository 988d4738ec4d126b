// Opening a record's window: a form to fill for a new record or a draft, the versions and
// trail of a submitted or signed one. One window per record: asking again raises it.
#pragma once

#include "workspace/workspace.h"

#include <cstdint>
#include <string>

class wxFrame;
class wxWindow;

namespace parity::gui {

/// A window to fill a new record of `formId`; it is saved as a draft until submitted.
wxFrame* openNewRecord(wxWindow* parent, Workspace& workspace, const std::string& formId);
/// The window of the stored record `recordId`.
wxFrame* openRecord(wxWindow* parent, Workspace& workspace, std::int64_t recordId);

} // namespace parity::gui
