#include "form_editor/repeat_block.h"

#include "common/status_colours.h"
#include "common/wx_strings.h"
#include "form_editor/editor_names.h"

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>

namespace parity::gui {

RepeatBlock::RepeatBlock(wxWindow* parent, rules::FormSession& session, const rules::RepeatPlan& group,
                         const FieldContext& context, bool readOnly, Callbacks callbacks)
    : wxPanel(parent), m_session(session), m_group(group), m_context(context), m_readOnly(readOnly),
      m_callbacks(std::move(callbacks)) {
    SetName(fromUtf8(names::fieldRow(group.repeat->id)));
    auto* layout = new wxBoxSizer(wxVERTICAL);
    const std::string title = forms::localized(group.repeat->label, context.language, context.fallbackLanguage);
    auto* heading = new wxStaticText(this, wxID_ANY, fromUtf8(title.empty() ? group.repeat->id : title));
    wxFont font = heading->GetFont();
    font.SetWeight(wxFONTWEIGHT_BOLD);
    heading->SetFont(font);
    heading->Wrap(FromDIP(kFormColumnWidth));
    layout->Add(heading, wxSizerFlags().Border(wxBOTTOM, FromDIP(6)));

    m_itemsPanel = new wxPanel(this);
    m_itemsPanel->SetSizer(new wxBoxSizer(wxVERTICAL));
    layout->Add(m_itemsPanel, wxSizerFlags().Expand());

    m_groupIssues = new wxStaticText(this, wxID_ANY, "");
    m_groupIssues->SetName(fromUtf8(names::fieldIssues(group.repeat->id)));
    m_groupIssues->SetForegroundColour(errorTextColour());
    m_groupIssues->Hide();
    layout->Add(m_groupIssues, wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));

    if (!readOnly) {
        m_add = new wxButton(this, wxID_ANY, _("Add item"));
        m_add->SetName(fromUtf8(names::addItemButton(group.repeat->id)));
        m_add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addItem(); });
        layout->Add(m_add, wxSizerFlags());
    }
    SetSizer(layout);
    buildItems();
}

void RepeatBlock::buildItems() {
    m_itemsPanel->DestroyChildren();
    m_rows.clear();
    m_removeButtons.clear();
    wxSizer* itemsLayout = m_itemsPanel->GetSizer();
    itemsLayout->Clear();
    const std::size_t count = m_session.itemCount(m_group.repeat->id);
    const auto& fields = m_session.form().fields();
    for (std::size_t item = 0; item < count; ++item) {
        auto* header = new wxBoxSizer(wxHORIZONTAL);
        auto* caption = new wxStaticText(m_itemsPanel, wxID_ANY, wxString::Format(_("Item %d"), int(item) + 1));
        caption->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        header->Add(caption, wxSizerFlags().CentreVertical());
        header->Add(new wxStaticLine(m_itemsPanel), wxSizerFlags(1).CentreVertical().Border(wxLEFT | wxRIGHT, FromDIP(8)));
        if (!m_readOnly) {
            auto* remove = new wxButton(m_itemsPanel, wxID_ANY, _("Remove item"), wxDefaultPosition, wxDefaultSize,
                                        wxBU_EXACTFIT);
            remove->SetName(fromUtf8(names::removeItemButton(m_group.repeat->id, int(item))));
            // Later: removing rebuilds the items, this button with them.
            remove->Bind(wxEVT_BUTTON, [this, item](wxCommandEvent&) { CallAfter([this, item] { removeItem(int(item)); }); });
            header->Add(remove, wxSizerFlags().CentreVertical());
            m_removeButtons.push_back(remove);
        }
        itemsLayout->Add(header, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(6)));

        std::vector<FieldRow*> rows;
        for (std::size_t f : m_group.fields) {
            const rules::FieldPlan& plan = fields[f];
            const std::string fieldId = plan.field->id;
            auto* row = new FieldRow(m_itemsPanel, plan, m_context, m_readOnly, int(item),
                                     [this, fieldId, item](const std::string& value) {
                                         m_callbacks.answered(fieldId, int(item), value);
                                     });
            row->input().setValue(m_session.itemValue(m_group.repeat->id, item, fieldId));
            row->setRequired(plan.requiredMode == rules::RequiredMode::Always);
            if (m_readOnly && m_session.itemValue(m_group.repeat->id, item, fieldId).empty())
                row->Hide();   // a stored record shows what was answered
            itemsLayout->Add(row, wxSizerFlags().Expand().Border(wxLEFT | wxBOTTOM, FromDIP(12)));
            rows.push_back(row);
        }
        m_rows.push_back(std::move(rows));
    }
    if (count == 0 && m_readOnly) {
        auto* none = new wxStaticText(m_itemsPanel, wxID_ANY, _("None"));
        none->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        itemsLayout->Add(none, wxSizerFlags().Border(wxBOTTOM, FromDIP(6)));
    }
    updateButtons();
}

void RepeatBlock::updateButtons() {
    const int count = int(m_rows.size());
    if (m_add)
        m_add->Enable(!m_group.repeat->max || count < *m_group.repeat->max);
    for (wxButton* remove : m_removeButtons)
        remove->Enable(!m_group.repeat->min || count > *m_group.repeat->min);
}

bool RepeatBlock::syncItems() {
    if (m_session.itemCount(m_group.repeat->id) == m_rows.size())
        return false;
    buildItems();
    return true;
}

FieldRow* RepeatBlock::row(const std::string& fieldId, int item) const {
    if (item < 0 || std::size_t(item) >= m_rows.size())
        return nullptr;
    for (FieldRow* row : m_rows[std::size_t(item)])
        if (row->fieldId() == fieldId)
            return row;
    return nullptr;
}

bool RepeatBlock::showGroupIssues(const std::vector<rules::ValidationIssue>& issues) {
    wxString text;
    std::string key;
    for (const rules::ValidationIssue& issue : issues) {
        text += (text.empty() ? "" : "\n") + fromUtf8(issue.message);
        key += issue.message + '\n';
    }
    if (key == m_groupIssueKey)
        return false;
    m_groupIssueKey = key;
    m_groupIssues->SetLabel(text);
    m_groupIssues->Wrap(FromDIP(kFormColumnWidth));
    m_groupIssues->Show(!text.empty());
    return true;
}

void RepeatBlock::addItem() {
    const std::string& id = m_group.repeat->id;
    try {
        m_session.setItemCount(id, m_session.itemCount(id) + 1);
    } catch (const std::exception& e) {
        m_callbacks.failed(e.what());
        return;
    }
    buildItems();
    m_callbacks.itemsChanged();
    // The clerk added the item to fill it in.
    if (!m_rows.empty() && !m_rows.back().empty())
        m_rows.back().front()->input().focusTarget()->SetFocus();
}

void RepeatBlock::removeItem(int item) {
    const std::string& id = m_group.repeat->id;
    const std::size_t count = m_session.itemCount(id);
    if (item < 0 || std::size_t(item) >= count)
        return;
    try {
        // The session adds and removes items at the end: move the later answers up first.
        const auto& fields = m_session.form().fields();
        for (std::size_t i = std::size_t(item); i + 1 < count; ++i)
            for (std::size_t f : m_group.fields) {
                const std::string& fieldId = fields[f].field->id;
                m_session.setItemValue(id, i, fieldId, m_session.itemValue(id, i + 1, fieldId), false);
            }
        m_session.setItemCount(id, count - 1, false);
        m_session.validateAll();
    } catch (const std::exception& e) {
        m_callbacks.failed(e.what());
    }
    buildItems();
    m_callbacks.itemsChanged();
    if (m_add)
        m_add->SetFocus();
}

} // namespace parity::gui
