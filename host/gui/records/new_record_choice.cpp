#include "records/new_record_choice.h"

#include "common/form_names.h"
#include "common/wx_strings.h"

#include <wx/choicdlg.h>
#include <wx/msgdlg.h>

#include <algorithm>
#include <tuple>

namespace parity::gui {

wxString FormChoice::label() const {
    return jurisdiction + L" \u2014 " + title;
}

std::vector<FormChoice> newRecordChoices(const Workspace& workspace) {
    std::vector<FormChoice> choices;
    for (const CatalogForm& form : workspace.catalog().forms())
        choices.push_back({form.id(), jurisdictionName(workspace, form.pluginId), formTitle(workspace, form.id())});
    std::stable_sort(choices.begin(), choices.end(), [&](const FormChoice& a, const FormChoice& b) {
        const CatalogForm* fa = workspace.catalog().find(a.formId);
        const CatalogForm* fb = workspace.catalog().find(b.formId);
        const bool aState = fa && !fa->pluginId.empty();
        const bool bState = fb && !fb->pluginId.empty();
        return std::make_tuple(aState, a.jurisdiction.Lower(), a.title.Lower()) <
               std::make_tuple(bState, b.jurisdiction.Lower(), b.title.Lower());
    });
    return choices;
}

std::optional<std::string> chooseNewRecordForm(wxWindow* parent, const Workspace& workspace) {
    const std::vector<FormChoice> choices = newRecordChoices(workspace);
    if (choices.empty()) {
        wxMessageBox(_("No forms are loaded, so there is nothing to fill in. The Plugins page shows why."),
                     _("New Record"), wxOK | wxICON_INFORMATION, parent);
        return std::nullopt;
    }
    wxArrayString labels;
    for (const FormChoice& choice : choices)
        labels.Add(choice.label());
    wxSingleChoiceDialog dialog(parent, _("Which form do you want to fill in?"), _("New Record"), labels);
    dialog.SetName("newRecordDialog");
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    const int chosen = dialog.GetSelection();
    if (chosen < 0 || static_cast<std::size_t>(chosen) >= choices.size())
        return std::nullopt;
    return choices[static_cast<std::size_t>(chosen)].formId;
}

} // namespace parity::gui
