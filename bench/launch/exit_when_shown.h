// The measuring point shared by both launch programs, so that they are timed alike: the
// process ends at the first idle moment after its main window is on screen and has had
// its first paint handled (wx processes paint events before it goes idle).
#pragma once

#include <wx/app.h>
#include <wx/toplevel.h>

namespace parity::bench {

/// Ends the event loop once `window` is shown on screen and the queue has drained.
inline void exitWhenShown(wxApp& app, wxTopLevelWindow& window) {
    app.Bind(wxEVT_IDLE, [&app, &window](wxIdleEvent& event) {
        if (window.IsShownOnScreen())
            app.ExitMainLoop();
        else
            event.RequestMore();
        event.Skip();
    });
}

} // namespace parity::bench
