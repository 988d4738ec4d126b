#include "gui_harness.h"

#include <wx/app.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/evtloop.h>
#include <wx/graphics.h>
#include <wx/toplevel.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include <cairo.h>

#include <cerrno>
#include <cstdlib>
#include <stdexcept>
#include <system_error>
#include <unordered_set>

namespace fs = std::filesystem;

namespace parity::gui::test {
namespace {

constexpr unsigned long kRoundMilliseconds = 10;

/// Handles what is pending, then waits up to one round for the next event. Returns true
/// if anything happened.
bool runOneRound() {
    bool busy = false;
    if (wxEventLoopBase* loop = wxEventLoopBase::GetActive()) {
        while (loop->Pending()) {
            loop->Dispatch();
            busy = true;
        }
        busy = loop->DispatchTimeout(kRoundMilliseconds) == 1 || busy;
    } else {
        busy = wxYield();
    }
    wxTheApp->ProcessPendingEvents();
    // Idle time is when wx lays out, updates menus and deletes destroyed windows.
    wxTheApp->ProcessIdle();
    return busy;
}

} // namespace

bool waitUntil(const std::function<bool()>& done, int maxRounds) {
    for (int round = 0; round < maxRounds; ++round) {
        if (done())
            return true;
        runOneRound();
    }
    return done();
}

void settle() {
    int quietRounds = 0;
    for (int round = 0; round < 500 && quietRounds < 5; ++round)
        quietRounds = runOneRound() ? 0 : quietRounds + 1;
}

bool pressCtrlKey(wxTopLevelWindow& window, int key) {
    wxUIActionSimulator simulator;
    const wxRect area = window.GetScreenRect();
    const wxPoint centre = area.GetPosition() + wxSize(area.GetWidth() / 2, area.GetHeight() / 2);
    simulator.MouseMove(centre);
    window.Raise();
    window.SetFocus();
    if (!waitUntil([&] { return wxGetMousePosition() == centre; }))
        return false;
    settle();
    return simulator.Char(key, wxMOD_CONTROL);
}

wxImage captureWindow(const wxWindow& window) {
    const wxRect area = window.GetScreenRect();
    wxBitmap bitmap(area.GetSize(), 24);
    {
        wxScreenDC screen;
        // GDK keeps one cairo surface for the root window, and cairo keeps what it last
        // read from it: without this, a second capture in one process returns the pixels
        // of the first, whatever the screen shows now.
        if (wxGraphicsContext* context = screen.GetGraphicsContext())
            cairo_surface_mark_dirty(cairo_get_target(static_cast<cairo_t*>(context->GetNativeContext())));
        wxMemoryDC memory(bitmap);
        memory.Blit(0, 0, area.GetWidth(), area.GetHeight(), &screen, area.GetX(), area.GetY());
    }
    return bitmap.ConvertToImage();
}

wxImage saveScreenshot(const wxWindow& window, const fs::path& file) {
    wxImage image = captureWindow(window);
    fs::create_directories(file.parent_path());
    if (!image.SaveFile(file.string(), wxBITMAP_TYPE_PNG))
        throw std::runtime_error("cannot write screenshot " + file.string());
    return image;
}

std::size_t distinctColours(const wxImage& image, std::size_t limit) {
    std::unordered_set<unsigned long> seen;
    const unsigned char* rgb = image.GetData();
    const std::size_t pixels = static_cast<std::size_t>(image.GetWidth()) * image.GetHeight();
    for (std::size_t i = 0; i < pixels && seen.size() < limit; ++i, rgb += 3)
        seen.insert((static_cast<unsigned long>(rgb[0]) << 16) | (rgb[1] << 8) | rgb[2]);
    return seen.size();
}

TempDirectory::TempDirectory(const std::string& prefix) {
    std::string pattern = (fs::temp_directory_path() / (prefix + "-XXXXXX")).string();
    if (!::mkdtemp(pattern.data()))
        throw std::system_error(errno, std::generic_category(), "mkdtemp " + pattern);
    m_path = pattern;
}

TempDirectory::~TempDirectory() {
    std::error_code ignored;
    fs::remove_all(m_path, ignored);
}

ClosesAtEnd::~ClosesAtEnd() {
    if (!m_window)
        return;
    m_window->Destroy();
    // Destroy() only schedules the deletion; idle time carries it out.
    wxTheApp->ProcessIdle();
}

} // namespace parity::gui::test
