#include "form_editor/form_panel.h"

#include "common/status_colours.h"
#include "common/wx_strings.h"
#include "form_editor/editor_names.h"

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>

#include <algorithm>
#include <map>

namespace parity::gui {

FormPanel::FormPanel(wxWindow* parent, rules::FormSession& session, bool readOnly)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL),
      m_session(session), m_readOnly(readOnly) {
    SetName(names::formPanel);
    Freeze();
    build();
    refresh();
    Thaw();
    SetScrollRate(0, FromDIP(12));
}

FieldContext FormPanel::context() {
    const forms::FormDefinition& form = m_session.form().definition();
    return {m_session.language(), form.defaultLanguage(), m_session.environment().zone};
}

void FormPanel::build() {
    const rules::CompiledForm& compiled = m_session.form();
    const forms::FormDefinition& form = compiled.definition();
    const FieldContext shown = context();
    const int width = FromDIP(kFormColumnWidth);
    auto text = [&](const forms::LocalizedText& value) {
        return fromUtf8(forms::localized(value, shown.language, shown.fallbackLanguage));
    };

    auto* layout = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, text(form.title));
    wxFont titleFont = title->GetFont();
    titleFont.SetFractionalPointSize(titleFont.GetFractionalPointSize() * 1.35);
    titleFont.SetWeight(wxFONTWEIGHT_BOLD);
    title->SetFont(titleFont);
    title->Wrap(width);
    layout->Add(title, wxSizerFlags().Border(wxBOTTOM, FromDIP(6)));
    if (!form.description.empty()) {
        auto* description = new wxStaticText(this, wxID_ANY, text(form.description));
        description->Wrap(width);
        layout->Add(description, wxSizerFlags().Border(wxBOTTOM, FromDIP(10)));
    }
    m_formIssues = new wxStaticText(this, wxID_ANY, "");
    m_formIssues->SetName(names::formIssues);
    m_formIssues->SetForegroundColour(errorTextColour());
    m_formIssues->Hide();
    layout->Add(m_formIssues, wxSizerFlags().Border(wxBOTTOM, FromDIP(10)));

    const auto& plans = compiled.fields();
    for (const forms::Section& section : form.sections) {
        SectionView view;
        view.panel = new wxPanel(this);
        auto* sectionLayout = new wxBoxSizer(wxVERTICAL);
        if (!section.label.empty()) {
            auto* heading = new wxStaticText(view.panel, wxID_ANY, text(section.label));
            wxFont font = heading->GetFont();
            font.SetFractionalPointSize(font.GetFractionalPointSize() * 1.12);
            font.SetWeight(wxFONTWEIGHT_BOLD);
            heading->SetFont(font);
            heading->Wrap(width);
            sectionLayout->Add(heading, wxSizerFlags().Border(wxTOP, FromDIP(14)));
            sectionLayout->Add(new wxStaticLine(view.panel), wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(6)));
        } else {
            sectionLayout->AddSpacer(FromDIP(6));
        }
        for (const forms::SectionItem& part : section.items) {
            switch (part.kind) {
            case forms::SectionItem::Kind::Note: {
                auto found = std::find_if(form.notes.begin(), form.notes.end(),
                                          [&](const forms::Note& note) { return note.id == part.id; });
                if (found == form.notes.end() || m_readOnly)
                    break;
                auto* note = new wxStaticText(view.panel, wxID_ANY, text(found->text));
                note->SetName(fromUtf8("note:" + part.id));
                note->Wrap(width - FromDIP(12));
                // Set off from the questions: guidance, not something to answer.
                auto* noteLine = new wxBoxSizer(wxHORIZONTAL);
                noteLine->Add(new wxStaticLine(view.panel, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLI_VERTICAL),
                              wxSizerFlags().Expand().Border(wxRIGHT, FromDIP(9)));
                noteLine->Add(note);
                sectionLayout->Add(noteLine, wxSizerFlags().Border(wxBOTTOM, FromDIP(12)));
                break;
            }
            case forms::SectionItem::Kind::Field: {
                const int index = compiled.fieldIndex(part.id);
                if (index < 0 || plans[std::size_t(index)].repeat >= 0)
                    break;
                const std::string fieldId = part.id;
                auto* row = new FieldRow(view.panel, plans[std::size_t(index)], shown, m_readOnly, -1,
                                         [this, fieldId](const std::string& value) { answered(fieldId, -1, value); });
                row->input().setValue(m_session.value(fieldId));
                sectionLayout->Add(row, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(14)));
                m_rows.push_back(row);
                view.parts.push_back(row);
                view.hasAnswers = true;
                break;
            }
            case forms::SectionItem::Kind::Repeat: {
                const int index = compiled.repeatIndex(part.id);
                if (index < 0)
                    break;
                RepeatBlock::Callbacks callbacks;
                callbacks.answered = [this](const std::string& fieldId, int item, const std::string& value) {
                    answered(fieldId, item, value);
                };
                callbacks.itemsChanged = [this] {
                    refresh();
                    relayoutAll();
                    if (onAnswered)
                        onAnswered();
                };
                callbacks.failed = [this](const std::string& problem) {
                    if (onProblem)
                        onProblem(problem);
                };
                auto* block = new RepeatBlock(view.panel, m_session, compiled.repeats()[std::size_t(index)], shown,
                                              m_readOnly, std::move(callbacks));
                sectionLayout->Add(block, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(14)));
                m_repeats.push_back(block);
                view.parts.push_back(block);
                view.hasAnswers = true;
                break;
            }
            }
        }
        view.panel->SetSizer(sectionLayout);
        layout->Add(view.panel, wxSizerFlags().Expand());
        m_sections.push_back(std::move(view));
    }

    auto* margins = new wxBoxSizer(wxVERTICAL);
    margins->Add(layout, wxSizerFlags().Border(wxALL, FromDIP(20)));
    SetSizer(margins);
}

void FormPanel::answered(const std::string& fieldId, int item, const std::string& value) {
    try {
        if (item < 0) {
            m_session.setValue(fieldId, value);
        } else {
            const forms::Field* field = m_session.form().definition().field(fieldId);
            m_session.setItemValue(field->repeatId, std::size_t(item), fieldId, value);
        }
    } catch (const std::exception& e) {
        if (onProblem)
            onProblem(e.what());
    }
    m_touched.insert({fieldId, item});
    refresh();
    if (onAnswered)
        onAnswered();
}

bool FormPanel::repeatRelevant(const rules::RepeatPlan& group) {
    // The session answers this for fields only; a group's relevance reads the same answers.
    const pugi::xml_node root = m_session.instance().document_element();
    const rules::EvaluationEnvironment& environment = m_session.environment();
    if (group.relevant && !group.relevant->evaluateBoolean(root, environment))
        return false;
    return !group.sectionRelevant || group.sectionRelevant->evaluateBoolean(root, environment);
}

bool FormPanel::shows(const rules::ValidationIssue& issue) const {
    return m_showAll || issue.ruleId != "required" || m_touched.count({issue.fieldId, issue.item}) > 0;
}

void FormPanel::showAllIssues() {
    m_showAll = true;
    refresh();
}

void FormPanel::refresh() {
    std::map<std::pair<std::string, int>, std::vector<rules::ValidationIssue>> byField;
    std::vector<rules::ValidationIssue> formLevel;
    if (!m_readOnly) {
        for (rules::ValidationIssue& issue : m_session.issues()) {
            if (!shows(issue))
                continue;
            if (issue.fieldId.empty())
                formLevel.push_back(std::move(issue));
            else
                byField[{issue.fieldId, issue.item}].push_back(std::move(issue));
        }
    }
    auto issuesOf = [&](const std::string& id, int item) {
        auto found = byField.find({id, item});
        return found == byField.end() ? std::vector<rules::ValidationIssue>() : found->second;
    };

    // What changed size or visibility: only those and their containers are laid out
    // again, so a keystroke in a long form does not lay out every row.
    std::vector<wxWindow*> changed;
    bool sectionsChanged = false;
    for (FieldRow* row : m_rows) {
        const std::string& id = row->fieldId();
        bool relevant = m_session.isRelevant(id);
        if (relevant != row->IsShown()) {
            row->Show(relevant);
            changed.push_back(row);
        }
        if (!relevant || m_readOnly)
            continue;
        bool rowChanged = row->setRequired(m_session.isRequired(id));
        if (row->plan().calculate)
            row->input().setValue(m_session.value(id));
        rowChanged = row->showIssues(issuesOf(id, -1)) || rowChanged;
        if (rowChanged)
            changed.push_back(row);
    }
    for (RepeatBlock* block : m_repeats) {
        bool blockChanged = false;
        const bool relevant = repeatRelevant(block->group());
        if (relevant != block->IsShown()) {
            block->Show(relevant);
            blockChanged = true;
        }
        blockChanged = block->syncItems() || blockChanged;
        if (!m_readOnly) {
            std::vector<rules::ValidationIssue> groupIssues;
            for (auto& [key, issues] : byField)
                if (key.first == block->repeatId())
                    groupIssues.insert(groupIssues.end(), issues.begin(), issues.end());
            blockChanged = block->showGroupIssues(groupIssues) || blockChanged;
            for (std::size_t item = 0; item < block->items().size(); ++item)
                for (FieldRow* row : block->items()[item]) {
                    if (row->plan().calculate)
                        row->input().setValue(m_session.itemValue(block->repeatId(), item, row->fieldId()));
                    if (row->showIssues(issuesOf(row->fieldId(), int(item))))
                        changed.push_back(row);
                }
        }
        if (blockChanged)
            changed.push_back(block);
    }
    for (SectionView& section : m_sections) {
        bool shown = !section.hasAnswers;
        for (wxWindow* part : section.parts)
            shown = shown || part->IsShown();
        if (shown != section.panel->IsShown()) {
            section.panel->Show(shown);
            sectionsChanged = true;
        }
    }
    std::string key;
    wxString text;
    for (const rules::ValidationIssue& issue : formLevel) {
        key += issue.message + '\n';
        text += (text.empty() ? "" : "\n") + fromUtf8(issue.message);
    }
    if (key != m_formIssueKey) {
        m_formIssueKey = key;
        m_formIssues->SetLabel(text);
        m_formIssues->Wrap(FromDIP(kFormColumnWidth));
        m_formIssues->Show(!text.empty());
        sectionsChanged = true;
    }
    if (!changed.empty() || sectionsChanged)
        relayout(changed);
}

void FormPanel::relayout(const std::vector<wxWindow*>& changed) {
    // A window's cached best size is stale once its contents changed; invalidating it
    // invalidates its parents' too. Then each container is laid out, innermost first.
    std::vector<wxWindow*> containers;
    auto addContainer = [&](wxWindow* window) {
        if (window && window != this && std::find(containers.begin(), containers.end(), window) == containers.end())
            containers.push_back(window);
    };
    for (wxWindow* window : changed) {
        window->InvalidateBestSize();
        window->Layout();
        for (wxWindow* parent = window->GetParent(); parent && parent != this; parent = parent->GetParent())
            addContainer(parent);
    }
    auto depth = [this](wxWindow* window) {
        int levels = 0;
        for (; window && window != this; window = window->GetParent())
            ++levels;
        return levels;
    };
    std::stable_sort(containers.begin(), containers.end(),
                     [&](wxWindow* a, wxWindow* b) { return depth(a) > depth(b); });   // innermost first
    for (wxWindow* container : containers)
        container->Layout();
    Layout();
    FitInside();
}

void FormPanel::relayoutAll() {
    std::vector<wxWindow*> everything;
    for (SectionView& section : m_sections)
        for (wxWindow* part : section.parts) {
            if (auto* block = dynamic_cast<RepeatBlock*>(part))
                for (const auto& item : block->items())
                    everything.insert(everything.end(), item.begin(), item.end());
            everything.push_back(part);
        }
    relayout(everything);
}

FieldRow* FormPanel::row(const std::string& fieldId, int item) const {
    if (item < 0) {
        for (FieldRow* row : m_rows)
            if (row->fieldId() == fieldId)
                return row;
        return nullptr;
    }
    for (RepeatBlock* block : m_repeats)
        if (FieldRow* row = block->row(fieldId, item))
            return row;
    return nullptr;
}

bool FormPanel::focusField(const std::string& fieldId, int item) {
    wxWindow* target = nullptr;
    wxWindow* shown = nullptr;
    if (FieldRow* found = row(fieldId, item)) {
        shown = found;
        target = found->input().focusTarget();
    } else {
        for (RepeatBlock* block : m_repeats)
            if (block->repeatId() == fieldId)
                shown = target = block;
    }
    if (!shown || !shown->IsShownOnScreen())
        return false;
    // Scroll so the field's label is near the top, not hidden under the window's edge.
    const wxPoint inView = ScreenToClient(shown->GetScreenPosition());
    const wxPoint inForm = CalcUnscrolledPosition(inView);
    int unitX = 0, unitY = 1;
    GetScrollPixelsPerUnit(&unitX, &unitY);
    if (unitY > 0)
        Scroll(-1, std::max(0, (inForm.y - FromDIP(12)) / unitY));
    target->SetFocus();
    return true;
}

} // namespace parity::gui
