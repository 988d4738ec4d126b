// Parity as `parity` starts it (the command line, the plugins on the standard search path,
// the database, the main window with every page), exiting once the main window is shown.
#include "app/parity_app.h"
#include "exit_when_shown.h"

class TimedParityApp : public parity::gui::ParityApp {
public:
    bool OnInit() override {
        if (!ParityApp::OnInit())
            return false;
        if (auto* frame = dynamic_cast<wxTopLevelWindow*>(GetTopWindow()))
            parity::bench::exitWhenShown(*this, *frame);
        return true;
    }
};

wxIMPLEMENT_APP(TimedParityApp);
