#include "common/refresh_when_shown.h"

#include <wx/window.h>

namespace parity::gui {

RefreshWhenShown::RefreshWhenShown(wxWindow& window, std::function<void()> refresh)
    : m_window(window), m_refresh(std::move(refresh)) {
    // Idle events reach every window (wxIDLE_PROCESS_ALL), and IsShownOnScreen() is false
    // for a notebook page that is not the chosen one.
    m_window.Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
        event.Skip();
        if (!m_stale || !m_window.IsShownOnScreen())
            return;
        m_stale = false;   // first: a refresh that fails must not retry on every idle event
        m_refresh();
    });
}

} // namespace parity::gui
