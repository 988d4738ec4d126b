// The baseline for the launch benchmark: a wx program that shows one empty frame of the
// same size as Parity's main window, and exits once it is shown.
#include "exit_when_shown.h"

#include <wx/frame.h>

class BareApp : public wxApp {
public:
    bool OnInit() override {
        auto* frame = new wxFrame(nullptr, wxID_ANY, "bare");
        frame->SetSize(frame->FromDIP(wxSize(1100, 760)));
        frame->Show();
        parity::bench::exitWhenShown(*this, *frame);
        return true;
    }
};

wxIMPLEMENT_APP(BareApp);
