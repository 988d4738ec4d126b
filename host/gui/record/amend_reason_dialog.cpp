#include "record/amend_reason_dialog.h"

#include "common/status_colours.h"
#include "common/wx_strings.h"
#include "form_editor/editor_names.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace parity::gui {

AmendReasonDialog::AmendReasonDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, _("Reason for the amendment"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    SetName(names::amendReasonDialog);
    auto* layout = new wxBoxSizer(wxVERTICAL);
    auto* explanation = new wxStaticText(
        this, wxID_ANY,
        _("Say why the record is being changed. The reason is kept with the new version and in the audit trail."));
    explanation->Wrap(FromDIP(420));
    layout->Add(explanation, wxSizerFlags().Border(wxALL, FromDIP(12)));
    m_reason = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(420, 90)), wxTE_MULTILINE);
    m_reason->SetName(names::amendReasonText);
    layout->Add(m_reason, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    m_problem = new wxStaticText(this, wxID_ANY, _("Write a reason: an amendment cannot be submitted without one."));
    m_problem->SetName(names::amendReasonProblem);
    m_problem->SetForegroundColour(errorTextColour());
    m_problem->Hide();
    layout->Add(m_problem, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    auto* buttons = new wxStdDialogButtonSizer;
    auto* ok = new wxButton(this, wxID_OK, _("Submit amendment"));
    ok->SetDefault();
    buttons->AddButton(ok);
    buttons->AddButton(new wxButton(this, wxID_CANCEL));
    buttons->Realize();
    layout->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizerAndFit(layout);
    m_reason->SetFocus();
    ok->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { confirm(); });
}

std::string AmendReasonDialog::reason() const {
    return toUtf8(m_reason->GetValue());
}

bool AmendReasonDialog::confirm() {
    if (m_reason->GetValue().Strip(wxString::both).empty()) {
        m_problem->Show();
        Layout();
        Fit();
        m_reason->SetFocus();
        return false;
    }
    if (IsModal())
        EndModal(wxID_OK);
    else {
        SetReturnCode(wxID_OK);
        Hide();
    }
    return true;
}

} // namespace parity::gui
