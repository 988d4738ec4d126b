#include "app/interface_language.h"

#include "common/wx_strings.h"

#include <wx/intl.h>
#include <wx/translation.h>

#include <system_error>

namespace fs = std::filesystem;

namespace parity::gui {
namespace {

constexpr char kCatalog[] = "parity";

/// The running program's folder (Linux: /proc/self/exe).
fs::path executableDirectory() {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : self.parent_path();
}

} // namespace

fs::path translationsDirectory() {
    // The build puts the .mo files in <build>/locale; programs sit in <build>/host/gui,
    // <build>/tests/gui or <build>/bench. Look upwards for it before the installed place.
    for (fs::path dir = executableDirectory(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
        std::error_code ec;
        if (fs::exists(dir / "locale" / "es" / "LC_MESSAGES" / "parity.mo", ec))
            return dir / "locale";
    }
    return fs::path(PARITY_INSTALL_LOCALEDIR);
}

bool applyInterfaceLanguage(const std::string& language) {
    static bool lookupPathAdded = false;
    if (!lookupPathAdded) {
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(fromPath(translationsDirectory()));
        lookupPathAdded = true;
    }
    // wxTranslations owns what it is given; a fresh one drops the previous language's catalog.
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);
    if (language.empty())
        translations->SetLanguage(wxLANGUAGE_DEFAULT);
    else
        translations->SetLanguage(fromUtf8(language));
    translations->AddStdCatalog();
    if (language == "en")
        return true;   // the source strings are English
    return translations->AddCatalog(kCatalog, wxLANGUAGE_ENGLISH_US);
}

} // namespace parity::gui
