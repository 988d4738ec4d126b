#include "common/wx_strings.h"

namespace parity::gui {

wxString fromUtf8(const std::string& text) {
    return wxString::FromUTF8(text.data(), text.size());
}

std::string toUtf8(const wxString& text) {
    return text.utf8_string();
}

wxString fromPath(const std::filesystem::path& path) {
    return wxString(path.c_str(), *wxConvFileName);
}

std::filesystem::path toPath(const wxString& text) {
    return std::filesystem::path(text.fn_str().data());
}

} // namespace parity::gui
