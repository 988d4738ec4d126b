// Refreshing a page when someone can see it, not on every change. The Audit page
// verifies the whole chain when it refreshes; doing that while the clerk types in a
// record window (every autosave is a change) or while the main window opens (launch
// time) would cost time for a page no one is looking at.
#pragma once

#include <functional>

class wxWindow;

namespace parity::gui {

class RefreshWhenShown {
public:
    /// `refresh` runs once, in an idle moment, after each markStale() while `window` is
    /// shown on screen (at once if it already is; otherwise when its page is chosen).
    RefreshWhenShown(wxWindow& window, std::function<void()> refresh);

    void markStale() { m_stale = true; }
    /// The view refreshed itself (a button): no refresh is owed until the next change.
    void markFresh() { m_stale = false; }
    bool stale() const { return m_stale; }

private:
    wxWindow& m_window;
    std::function<void()> m_refresh;
    bool m_stale = true;
};

} // namespace parity::gui
