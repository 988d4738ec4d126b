#include "record/record_prompts.h"

#include <wx/msgdlg.h>

namespace parity::gui {

RecordPrompts& recordPrompts() {
    static RecordPrompts prompts{
        [](wxWindow* parent, const wxString& message) {
            wxMessageBox(message, "Parity", wxOK | wxICON_WARNING, parent);
        },
        [](wxWindow* parent, bool canSaveDraft) {
            if (canSaveDraft) {
                wxMessageDialog ask(parent, _("This form has changes that are not saved yet."), "Parity",
                                    wxYES_NO | wxCANCEL | wxICON_QUESTION);
                ask.SetExtendedMessage(_("Save them as a draft to finish later, or discard them."));
                ask.SetYesNoCancelLabels(_("Save draft"), _("Discard changes"), _("Cancel"));
                switch (ask.ShowModal()) {
                case wxID_YES: return UnsavedChoice::SaveDraft;
                case wxID_NO: return UnsavedChoice::Discard;
                default: return UnsavedChoice::Cancel;
                }
            }
            wxMessageDialog ask(parent, _("The amendment has not been submitted."), "Parity",
                                wxYES_NO | wxICON_QUESTION);
            ask.SetExtendedMessage(_("Closing discards the changes; the record stays as it was."));
            ask.SetYesNoLabels(_("Discard amendment"), _("Keep editing"));
            return ask.ShowModal() == wxID_YES ? UnsavedChoice::Discard : UnsavedChoice::Cancel;
        }};
    return prompts;
}

} // namespace parity::gui
