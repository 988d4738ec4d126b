#include "record/record_window.h"

#include <wx/frame.h>

namespace parity::gui {

// Placeholder until the form editor is built (issue #6).
wxFrame* openNewRecord(wxWindow* parent, Workspace&, const std::string& formId) {
    auto* frame = new wxFrame(parent, wxID_ANY, formId);
    frame->Show();
    return frame;
}

wxFrame* openRecord(wxWindow* parent, Workspace&, std::int64_t recordId) {
    auto* frame = new wxFrame(parent, wxID_ANY, wxString::Format("Record %lld", static_cast<long long>(recordId)));
    frame->Show();
    return frame;
}

} // namespace parity::gui
