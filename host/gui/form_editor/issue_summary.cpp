#include "form_editor/issue_summary.h"

#include "common/wx_strings.h"
#include "form_editor/editor_names.h"

#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace parity::gui {

IssueSummary::IssueSummary(wxWindow* parent, const rules::FormSession& session) : wxPanel(parent), m_session(session) {
    auto* layout = new wxBoxSizer(wxVERTICAL);
    m_heading = new wxStaticText(this, wxID_ANY, "");
    m_heading->SetName(names::issueSummaryHeading);
    wxFont font = m_heading->GetFont();
    font.SetWeight(wxFONTWEIGHT_BOLD);
    m_heading->SetFont(font);
    layout->Add(m_heading, wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
    m_list = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(96)), 0, nullptr, wxLB_SINGLE);
    m_list->SetName(names::issueSummary);
    m_list->SetToolTip(_("Double-click a problem, or press Enter on it, to go to its field."));
    layout->Add(m_list, wxSizerFlags(1).Expand());
    SetSizer(layout);
    m_list->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent& event) { activate(event.GetSelection()); });
    update();
}

void IssueSummary::update() {
    std::vector<rules::ValidationIssue> errors;
    for (rules::ValidationIssue& issue : m_session.issues())
        if (issue.isError())
            errors.push_back(std::move(issue));
    const bool same = errors.size() == m_listed.size() &&
                      std::equal(errors.begin(), errors.end(), m_listed.begin(), [](const auto& a, const auto& b) {
                          return a.fieldId == b.fieldId && a.item == b.item && a.message == b.message;
                      });
    if (same && !m_heading->GetLabel().empty())
        return;
    m_listed = std::move(errors);
    wxArrayString lines;
    for (const rules::ValidationIssue& issue : m_listed) {
        wxString line = fromUtf8(issue.message);
        if (issue.item >= 0)
            line = wxString::Format(_("Item %d: %s"), issue.item + 1, line);
        lines.Add(line);
    }
    m_list->Set(lines);
    if (m_listed.empty())
        m_heading->SetLabel(_("Nothing left to fix: the form can be submitted."));
    else
        m_heading->SetLabel(wxString::Format(wxPLURAL("%d problem to fix before submitting", "%d problems to fix before submitting",
                                                      int(m_listed.size())),
                                             int(m_listed.size())));
}

void IssueSummary::activate(int index) {
    if (index < 0 || std::size_t(index) >= m_listed.size() || !onActivate)
        return;
    const rules::ValidationIssue issue = m_listed[std::size_t(index)];
    onActivate(issue.fieldId, issue.item);
}

} // namespace parity::gui
