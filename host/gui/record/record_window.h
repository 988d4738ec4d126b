// Opening a record's window: a form to fill for a new record or a draft, the versions and
// trail of a submitted or signed one. One window per record: asking again raises it.
#pragma once

#include "workspace/workspace.h"

#include <wx/frame.h>
#include <wx/timer.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

class wxButton;
class wxPanel;
class wxStaticText;

namespace parity::gui {

class FormEditor;
class FormPanel;

/// A window to fill a new record of `formId`; it is saved as a draft until submitted.
/// Returns null (after saying why) when there is no such form or no open database.
wxFrame* openNewRecord(wxWindow* parent, Workspace& workspace, const std::string& formId);
/// The window of the stored record `recordId` (raised if it is open already), or null
/// after saying why it cannot be opened.
wxFrame* openRecord(wxWindow* parent, Workspace& workspace, std::int64_t recordId);

/// One record: filled in the form editor while it is new or a draft, shown read-only
/// with its history once submitted, reopened in the editor to amend it. All changes go
/// through records::RecordService.
class RecordWindow : public wxFrame {
public:
    enum class Mode {
        Filling,    ///< a new record or a draft: autosaved, submitted when complete
        Amending,   ///< a submitted or signed record's answers, changed for a new version
        Viewing,    ///< a submitted or signed record, read-only, with its history
    };

    /// How long after the last change a draft is saved.
    static constexpr int kAutosaveMilliseconds = 2000;

    /// Prefer openNewRecord / openRecord. Throws parity::Error if the form or the record
    /// cannot be read.
    RecordWindow(wxWindow* parent, Workspace& workspace, const std::string& formId,
                 std::optional<std::int64_t> recordId);
    ~RecordWindow() override;

    /// The open window of `recordId`, or null.
    static RecordWindow* find(std::int64_t recordId);

    std::optional<std::int64_t> recordId() const { return m_recordId; }
    const std::string& formId() const { return m_formId; }
    Mode mode() const { return m_mode; }
    /// The editor while filling or amending; null while viewing.
    FormEditor* editor() { return m_editor; }
    bool hasUnsavedChanges() const { return m_unsaved; }

    // What the buttons do. Each returns whether it happened; when not, the clerk was told why.
    bool saveDraft();
    bool submit();
    bool sign();
    bool startAmendment();
    void cancelAmendment();
    /// Submits the amended answers as a new version; refuses an empty reason.
    bool submitAmendment(const std::string& reason);
    /// Asks for the reason (AmendReasonDialog), then submits the amendment.
    bool amendWithDialog();

private:
    void rebuild();
    void buildEditor(wxPanel* content);
    void buildView(wxPanel* content);
    void updateTitle();
    void setStatus(const wxString& text);
    void answered();
    void onClose(wxCloseEvent& event);
    void onWorkspaceChanged(WorkspaceChange change);
    void problem(const wxString& what, const std::exception& error);
    void problem(const wxString& message);
    /// Loads the stored record (no audit entry) into m_record.
    void reload();
    std::string language() const;

    Workspace& m_workspace;
    std::string m_formId;
    std::optional<std::int64_t> m_recordId;
    Mode m_mode = Mode::Filling;
    std::optional<store::Record> m_record;
    std::unique_ptr<rules::FormSession> m_session;
    bool m_unsaved = false;
    wxTimer m_autosave;
    wxPanel* m_content = nullptr;
    FormEditor* m_editor = nullptr;
    std::unique_ptr<WorkspaceSubscription> m_subscription;
};

} // namespace parity::gui
