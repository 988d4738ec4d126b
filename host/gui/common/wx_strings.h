// Text crossing between parity_core (UTF-8 std::string, std::filesystem::path) and wx.
// wx would convert a char* with the current locale's charset, which turns any non-ASCII
// text (a Spanish agency name, a path under a user's accented home) into an empty string
// under the C locale; these conversions say the encoding instead.
#pragma once

#include <wx/string.h>

#include <filesystem>
#include <string>

namespace parity::gui {

wxString fromUtf8(const std::string& text);
std::string toUtf8(const wxString& text);

/// File names are converted with wx's file-name encoding, as GTK expects them.
wxString fromPath(const std::filesystem::path& path);
std::filesystem::path toPath(const wxString& text);

} // namespace parity::gui
