#include "record/record_window.h"

#include "common/display_time.h"
#include "common/error.h"
#include "common/wx_strings.h"
#include "form_editor/editor_names.h"
#include "form_editor/form_editor.h"
#include "record/amend_reason_dialog.h"
#include "record/record_history.h"
#include "record/record_prompts.h"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/datetime.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>
#include <wx/stattext.h>

namespace parity::gui {
namespace {

wxString statusWords(store::RecordStatus status) {
    switch (status) {
    case store::RecordStatus::Draft: return _("Draft");
    case store::RecordStatus::Submitted: return _("Submitted");
    case store::RecordStatus::Signed: return _("Signed");
    }
    return {};
}

wxString formTitle(const rules::CompiledForm& form, const std::string& language) {
    const forms::FormDefinition& definition = form.definition();
    const std::string title = forms::localized(definition.title, language, definition.defaultLanguage());
    return fromUtf8(title.empty() ? definition.id : title);
}

/// Runs `open`, turning a core error into a message instead of a crash.
template <typename Open>
wxFrame* opening(wxWindow* parent, Open&& open) {
    try {
        return open();
    } catch (const std::exception& e) {
        recordPrompts().problem(parent, _("The record could not be opened.") + "\n\n" + fromUtf8(e.what()));
        return nullptr;
    }
}

/// Refuses before any window is made when no loaded plugin provides the form.
void requireForm(Workspace& workspace, const std::string& formId) {
    if (!workspace.catalog().find(formId))
        throw UsageError("the form " + formId + " is not available: the plugin that provides it is not loaded");
}

} // namespace

wxFrame* openNewRecord(wxWindow* parent, Workspace& workspace, const std::string& formId) {
    return opening(parent, [&] {
        workspace.requireRecords();
        requireForm(workspace, formId);
        auto* window = new RecordWindow(parent, workspace, formId, std::nullopt);
        window->Show();
        return window;
    });
}

wxFrame* openRecord(wxWindow* parent, Workspace& workspace, std::int64_t recordId) {
    if (RecordWindow* open = RecordWindow::find(recordId)) {
        if (open->IsIconized())
            open->Iconize(false);
        open->Raise();
        return open;
    }
    return opening(parent, [&] {
        const store::Record record = workspace.requireRecords().load(recordId);
        requireForm(workspace, record.summary.formId);
        auto* window = new RecordWindow(parent, workspace, record.summary.formId, recordId);
        window->Show();
        return window;
    });
}

RecordWindow* RecordWindow::find(std::int64_t recordId) {
    for (wxWindow* window : wxTopLevelWindows) {
        auto* record = dynamic_cast<RecordWindow*>(window);
        if (record && record->recordId() == recordId && !record->IsBeingDeleted())
            return record;
    }
    return nullptr;
}

RecordWindow::RecordWindow(wxWindow* parent, Workspace& workspace, const std::string& formId,
                           std::optional<std::int64_t> recordId)
    : wxFrame(parent, wxID_ANY, "Parity"), m_workspace(workspace), m_formId(formId), m_recordId(recordId) {
    SetName(names::recordWindow);
    records::RecordService& records = workspace.requireRecords();
    if (recordId) {
        reload();
        if (m_record->summary.status == store::RecordStatus::Draft) {
            m_mode = Mode::Filling;
            m_session = records.validate(formId, m_record->draftAnswers.value_or(nlohmann::ordered_json::object()),
                                         language());
        } else {
            m_mode = Mode::Viewing;
            // Opening a submitted record to read it is a view the trail records.
            m_record = records.view(*recordId, workspace.user());
            workspace.notify(WorkspaceChange::Records);
        }
    } else {
        m_session = records.validate(formId, nlohmann::json::object(), language());
        m_session->applyDefaults();
    }
    CreateStatusBar(1);
    m_autosave.SetOwner(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (m_unsaved && m_mode == Mode::Filling)
            saveDraft();
    });
    Bind(wxEVT_CLOSE_WINDOW, &RecordWindow::onClose, this);
    m_subscription = std::make_unique<WorkspaceSubscription>(
        workspace, [this](WorkspaceChange change) { onWorkspaceChanged(change); });
    rebuild();
    if (m_recordId && m_mode == Mode::Filling && m_editor)
        m_editor->form().showAllIssues();   // a resumed draft: show everything that is left
    SetSize(FromDIP(wxSize(780, 860)));
}

RecordWindow::~RecordWindow() {
    m_autosave.Stop();
}

std::string RecordWindow::language() const {
    return m_workspace.language();
}

void RecordWindow::reload() {
    m_record = m_workspace.requireRecords().load(*m_recordId);
}

void RecordWindow::problem(const wxString& message) {
    recordPrompts().problem(this, message);
}

void RecordWindow::problem(const wxString& what, const std::exception& error) {
    problem(what + "\n\n" + fromUtf8(error.what()));
}

void RecordWindow::setStatus(const wxString& text) {
    SetStatusText(text);
}

void RecordWindow::updateTitle() {
    const CatalogForm* form = m_workspace.catalog().find(m_formId);
    wxString title = form ? formTitle(*form->form, language()) : fromUtf8(m_formId);
    if (m_recordId)
        title += L" \u2014 " + wxString::Format(_("record %lld"), static_cast<long long>(*m_recordId));
    else
        title += L" \u2014 " + _("new record");
    wxString status;
    if (m_mode == Mode::Amending)
        status = _("Amending");
    else if (m_record && m_record->summary.status != store::RecordStatus::Draft)
        status = statusWords(m_record->summary.status);
    else
        status = _("Draft");
    SetTitle(title + L" \u2014 " + status);
}

void RecordWindow::rebuild() {
    Freeze();
    if (m_content)
        m_content->Destroy();
    m_editor = nullptr;
    m_content = new wxPanel(this);
    if (m_mode == Mode::Viewing)
        buildView(m_content);
    else
        buildEditor(m_content);
    if (!GetSizer())
        SetSizer(new wxBoxSizer(wxVERTICAL));
    GetSizer()->Clear();
    GetSizer()->Add(m_content, wxSizerFlags(1).Expand());
    Layout();
    updateTitle();
    Thaw();
}

void RecordWindow::buildEditor(wxPanel* content) {
    auto* layout = new wxBoxSizer(wxVERTICAL);
    if (m_mode == Mode::Amending) {
        auto* notice = new wxStaticText(
            content, wxID_ANY,
            wxString::Format(_("Amending version %lld: change the answers, then submit the amendment with a reason."),
                             static_cast<long long>(m_record->summary.currentVersion)));
        notice->SetName(names::recordStatus);
        layout->Add(notice, wxSizerFlags().Border(wxALL, FromDIP(10)));
    }
    m_editor = new FormEditor(content, *m_session);
    m_editor->onAnswered = [this] { answered(); };
    m_editor->onProblem = [this](const std::string& message) {
        problem(_("The answer could not be taken.") + "\n\n" + fromUtf8(message));
    };
    layout->Add(m_editor, wxSizerFlags(1).Expand());

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    if (m_mode == Mode::Filling) {
        auto* save = new wxButton(content, wxID_ANY, _("Save &draft"));
        save->SetName(names::saveDraftButton);
        save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { saveDraft(); });
        buttons->Add(save, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
        auto* submitButton = new wxButton(content, wxID_ANY, _("&Submit"));
        submitButton->SetName(names::submitButton);
        // Later: a submitted record's window is rebuilt, this button with it.
        submitButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CallAfter([this] { submit(); }); });
        buttons->Add(submitButton);
    } else {
        auto* cancel = new wxButton(content, wxID_ANY, _("&Cancel amendment"));
        cancel->SetName(names::cancelAmendmentButton);
        cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CallAfter([this] { cancelAmendment(); }); });
        buttons->Add(cancel, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
        auto* submitButton = new wxButton(content, wxID_ANY, _("&Submit amendment") + L"\u2026");
        submitButton->SetName(names::submitButton);
        submitButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CallAfter([this] { amendWithDialog(); }); });
        buttons->Add(submitButton);
    }
    layout->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10)));
    content->SetSizer(layout);
}

void RecordWindow::buildView(wxPanel* content) {
    const store::Record& record = *m_record;
    const store::RecordVersion* current = record.current();
    auto* layout = new wxBoxSizer(wxVERTICAL);

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    wxString status;
    if (record.summary.status == store::RecordStatus::Signed && current)
        status = wxString::Format(_("Version %lld, signed by %s on %s. Amend it to change it."),
                                  static_cast<long long>(current->version), fromUtf8(current->signedBy),
                                  localTimeText(current->signedAt));
    else if (current)
        status = wxString::Format(_("Version %lld, submitted by %s on %s."), static_cast<long long>(current->version),
                                  fromUtf8(current->author), localTimeText(current->createdAt));
    auto* statusText = new wxStaticText(content, wxID_ANY, status);
    statusText->SetName(names::recordStatus);
    top->Add(statusText, wxSizerFlags(1).CentreVertical());
    auto* amend = new wxButton(content, wxID_ANY, _("&Amend") + L"\u2026");
    amend->SetName(names::amendButton);
    amend->SetToolTip(_("Change the answers; the new version needs a reason"));
    amend->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CallAfter([this] { startAmendment(); }); });
    top->Add(amend, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));
    auto* signButton = new wxButton(content, wxID_ANY, _("Si&gn"));
    signButton->SetName(names::signButton);
    signButton->SetToolTip(_("Sign this version: it is locked until amended"));
    signButton->Enable(record.summary.status != store::RecordStatus::Signed);
    signButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CallAfter([this] { sign(); }); });
    top->Add(signButton, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));
    layout->Add(top, wxSizerFlags().Expand().Border(wxALL, FromDIP(10)));

    auto* pages = new wxNotebook(content, wxID_ANY);
    pages->SetName(names::recordNotebook);
    records::RecordService& records = m_workspace.requireRecords();
    // The answers as the current version holds them, checked against the form as it is now.
    m_session = records.validate(m_formId, current ? nlohmann::json(current->answers) : nlohmann::json::object(),
                                 language());
    pages->AddPage(new FormPanel(pages, *m_session, true), _("Answers"));
    pages->AddPage(new VersionHistory(pages, record, m_session->form(), language()), _("Version history"));
    pages->AddPage(new RecordAuditTrail(pages, records.auditTrail(), *m_recordId, m_workspace.catalog(), language()),
                   _("Audit trail"));
    layout->Add(pages, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10)));
    content->SetSizer(layout);
}

void RecordWindow::answered() {
    m_unsaved = true;
    if (m_mode == Mode::Filling) {
        m_autosave.StartOnce(kAutosaveMilliseconds);
        setStatus(_("Changed; the draft is saved automatically."));
    }
}

bool RecordWindow::saveDraft() {
    if (m_mode != Mode::Filling)
        return false;
    m_autosave.Stop();
    try {
        const bool isNew = !m_recordId;
        m_recordId = m_workspace.requireRecords().saveDraft(m_recordId, m_formId, m_session->answersToStore(),
                                                            m_workspace.user());
        m_unsaved = false;
        setStatus(wxString::Format(_("Draft saved at %s."), wxDateTime::Now().Format("%H:%M")));
        if (isNew)
            updateTitle();
        m_workspace.notify(WorkspaceChange::Records);
        return true;
    } catch (const std::exception& e) {
        problem(_("The draft could not be saved. Your answers are still here."), e);
        return false;
    }
}

bool RecordWindow::submit() {
    if (m_mode != Mode::Filling)
        return false;
    if (m_session->hasErrors()) {
        m_editor->showRemainingProblems();
        setStatus(_("Not submitted: fix the problems listed below first."));
        return false;
    }
    m_autosave.Stop();
    try {
        records::RecordService& records = m_workspace.requireRecords();
        if (m_recordId) {
            records.saveDraft(m_recordId, m_formId, m_session->answersToStore(), m_workspace.user());
            records.submitDraft(*m_recordId, m_workspace.user());
        } else {
            m_recordId = records.submit(m_formId, m_session->answersToStore(), m_workspace.user());
        }
    } catch (const std::exception& e) {
        problem(_("The record was not submitted. Your answers are still here."), e);
        return false;
    }
    m_unsaved = false;
    m_mode = Mode::Viewing;
    try {
        reload();
    } catch (const std::exception& e) {
        problem(_("The record was submitted, but it could not be read back."), e);
    }
    rebuild();
    setStatus(_("Submitted."));
    m_workspace.notify(WorkspaceChange::Records);
    return true;
}

bool RecordWindow::sign() {
    if (m_mode != Mode::Viewing || !m_recordId)
        return false;
    try {
        m_workspace.requireRecords().sign(*m_recordId, m_workspace.user());
        reload();
    } catch (const std::exception& e) {
        problem(_("The record was not signed."), e);
        return false;
    }
    rebuild();
    setStatus(_("Signed."));
    m_workspace.notify(WorkspaceChange::Records);
    return true;
}

bool RecordWindow::startAmendment() {
    if (m_mode != Mode::Viewing || !m_record || !m_record->current())
        return false;
    try {
        m_session = m_workspace.requireRecords().validate(m_formId, nlohmann::json(m_record->current()->answers),
                                                          language());
    } catch (const std::exception& e) {
        problem(_("The record cannot be amended."), e);
        return false;
    }
    m_mode = Mode::Amending;
    m_unsaved = false;
    rebuild();
    m_editor->form().showAllIssues();
    m_editor->summary().update();
    setStatus(_("Amending: change the answers, then submit the amendment."));
    return true;
}

void RecordWindow::cancelAmendment() {
    if (m_mode != Mode::Amending)
        return;
    m_mode = Mode::Viewing;
    m_unsaved = false;
    rebuild();
    setStatus(_("Amendment cancelled; the record is unchanged."));
}

bool RecordWindow::submitAmendment(const std::string& reason) {
    if (m_mode != Mode::Amending)
        return false;
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
        problem(_("An amendment needs a reason: say why the record is being changed."));
        return false;
    }
    if (m_session->hasErrors()) {
        m_editor->showRemainingProblems();
        setStatus(_("Not amended: fix the problems listed below first."));
        return false;
    }
    try {
        m_workspace.requireRecords().amend(*m_recordId, m_session->answersToStore(), reason, m_workspace.user());
        reload();
    } catch (const std::exception& e) {
        problem(_("The amendment was not stored. Your changes are still here."), e);
        return false;
    }
    m_unsaved = false;
    m_mode = Mode::Viewing;
    rebuild();
    setStatus(wxString::Format(_("Amended: version %lld."), static_cast<long long>(m_record->summary.currentVersion)));
    m_workspace.notify(WorkspaceChange::Records);
    return true;
}

bool RecordWindow::amendWithDialog() {
    if (m_mode != Mode::Amending)
        return false;
    // Errors first: a reason is no use for answers that cannot be stored.
    if (m_session->hasErrors()) {
        m_editor->showRemainingProblems();
        setStatus(_("Not amended: fix the problems listed below first."));
        return false;
    }
    AmendReasonDialog dialog(this);
    if (dialog.ShowModal() != wxID_OK)
        return false;
    return submitAmendment(dialog.reason());
}

void RecordWindow::onClose(wxCloseEvent& event) {
    if (m_unsaved && m_mode != Mode::Viewing) {
        if (!event.CanVeto()) {
            // The app is going away and cannot wait for an answer: keep what can be kept.
            if (m_mode == Mode::Filling)
                saveDraft();
        } else {
            switch (recordPrompts().unsavedChanges(this, m_mode == Mode::Filling)) {
            case UnsavedChoice::SaveDraft:
                if (!saveDraft()) {
                    event.Veto();
                    return;
                }
                break;
            case UnsavedChoice::Discard:
                break;
            case UnsavedChoice::Cancel:
                event.Veto();
                return;
            }
        }
    }
    m_autosave.Stop();
    m_subscription.reset();
    Destroy();
}

void RecordWindow::onWorkspaceChanged(WorkspaceChange change) {
    switch (change) {
    case WorkspaceChange::Language:
        // The answers stay in the session; only the words change.
        if (m_session)
            m_session->setLanguage(language());
        rebuild();
        if (m_editor && (m_recordId || m_mode == Mode::Amending))
            m_editor->form().showAllIssues();
        break;
    case WorkspaceChange::Database:
        if (m_mode == Mode::Filling) {
            // The record belonged to the database that was closed. Keep what was typed: it
            // will be saved in the newly opened one as a new draft.
            m_recordId.reset();
            m_unsaved = true;
            updateTitle();
            setStatus(_("Another database was opened: this form will be saved there as a new draft."));
        } else {
            // A stored record of another database cannot be shown or amended any more.
            m_subscription.reset();
            Destroy();
        }
        break;
    case WorkspaceChange::Records:
    case WorkspaceChange::Plugins:
        break;
    }
}

} // namespace parity::gui
