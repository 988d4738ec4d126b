// Choosing the form of a new record: every form of the catalogue, by jurisdiction,
// titled in the workspace's language.
#pragma once

#include "workspace/workspace.h"

#include <wx/string.h>

#include <optional>
#include <string>
#include <vector>

class wxWindow;

namespace parity::gui {

struct FormChoice {
    std::string formId;
    wxString jurisdiction;   ///< "Arkansas", "National"
    wxString title;          ///< "Report of suspected abuse"
    wxString label() const;  ///< "Arkansas — Report of suspected abuse"
};

/// The forms a clerk can start, national ones first, then by jurisdiction and title.
std::vector<FormChoice> newRecordChoices(const Workspace& workspace);

/// Asks which form to fill (a list to pick from; Enter or double-click chooses).
/// Nothing if the clerk cancelled or no form is loaded.
std::optional<std::string> chooseNewRecordForm(wxWindow* parent, const Workspace& workspace);

} // namespace parity::gui
