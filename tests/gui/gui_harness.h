// Driving real windows from a test: waiting on the event loop, typing like a user,
// screenshots, scratch folders. Every wait is bounded and ends as soon as its condition
// holds (STYLE.md: no sleeps as synchronisation).
#pragma once

#include <wx/image.h>
#include <wx/window.h>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

class wxTopLevelWindow;

namespace parity::gui::test {

/// Runs the event loop until `done()` holds. Each round handles pending events and then
/// waits at most 10 ms for the next one, so `maxRounds` bounds the wait (1000 ≈ 10 s).
/// Returns whether `done()` held in time.
bool waitUntil(const std::function<bool()>& done, int maxRounds = 1000);

/// Runs the event loop until nothing has happened for a few rounds in a row: windows
/// shown or changed just before have laid out and painted.
void settle();

/// Presses Ctrl+`key` as a user would, through the X server. Under Xvfb there is no
/// window manager, so the keyboard goes to the window under the pointer: the pointer is
/// moved over `window` first. Returns false if the pointer never got there.
bool pressCtrlKey(wxTopLevelWindow& window, int key);

/// The named descendant of `parent` (wxWindow::SetName), or nullptr.
template <class Window>
Window* findWindow(const char* name, const wxWindow* parent) {
    return dynamic_cast<Window*>(wxWindow::FindWindowByName(name, parent));
}

/// What the screen shows where `window` is.
wxImage captureWindow(const wxWindow& window);
/// Captures `window` and writes it as PNG, creating the folder. Returns the image.
wxImage saveScreenshot(const wxWindow& window, const std::filesystem::path& file);
/// The number of distinct colours in `image`, counting no further than `limit`: a
/// capture of a real window has many, a failed one (all black) has one.
std::size_t distinctColours(const wxImage& image, std::size_t limit);

/// A fresh folder under the system's temporary directory, removed with its contents.
class TempDirectory {
public:
    explicit TempDirectory(const std::string& prefix);
    ~TempDirectory();
    TempDirectory(const TempDirectory&) = delete;
    TempDirectory& operator=(const TempDirectory&) = delete;

    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/// Destroys a top-level window at the end of a scope, even when an assertion failed, so
/// the next test starts with no window left over.
class ClosesAtEnd {
public:
    explicit ClosesAtEnd(wxWindow* window) : m_window(window) {}
    ~ClosesAtEnd();
    ClosesAtEnd(const ClosesAtEnd&) = delete;
    ClosesAtEnd& operator=(const ClosesAtEnd&) = delete;

private:
    wxWindow* m_window;
};

} // namespace parity::gui::test
