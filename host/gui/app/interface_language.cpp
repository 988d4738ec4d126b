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

std::string systemInterfaceLanguage() {
    const wxLanguageInfo* info = wxLocale::GetLanguageInfo(wxLocale::GetSystemLanguage());
    return info && info->CanonicalName.StartsWith("es") ? "es" : "en";
}

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

bool applyInterfaceLanguage(const std::string& requested) {
    // The system's language, when none was asked for: Spanish if it is Spanish, else the
    // English the interface is written in (Workspace decides the forms' language alike).
    const std::string language = requested.empty() ? systemInterfaceLanguage() : requested;
    static bool lookupPathAdded = false;
    if (!lookupPathAdded) {
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(fromPath(translationsDirectory()));
        lookupPathAdded = true;
    }
    // wxTranslations owns what it is given; a fresh one drops the previous language's catalog.
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);
    translations->SetLanguage(fromUtf8(language));
    if (language == "en")
        return true;   // the source strings, and wx's own, are English: no catalog to look for
    translations->AddStdCatalog();
    return translations->AddCatalog(kCatalog, wxLANGUAGE_ENGLISH_US);
}

} // namespace parity::gui
