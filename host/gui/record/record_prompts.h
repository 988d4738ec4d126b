// The questions and warnings a record window puts to the clerk, as replaceable functions:
// the app shows native dialogs; the GUI tests answer them without a modal loop and check
// what was said.
#pragma once

#include <wx/string.h>

#include <functional>

class wxWindow;

namespace parity::gui {

enum class UnsavedChoice { SaveDraft, Discard, Cancel };

struct RecordPrompts {
    /// Something went wrong (a core error, a refused change): say so, with the message.
    std::function<void(wxWindow* parent, const wxString& message)> problem;
    /// Closing with unsaved changes. `canSaveDraft` is false for an amendment (only a
    /// draft can be saved unfinished).
    std::function<UnsavedChoice(wxWindow* parent, bool canSaveDraft)> unsavedChanges;
};

/// The prompts every record window uses; native dialogs unless replaced.
RecordPrompts& recordPrompts();

} // namespace parity::gui
