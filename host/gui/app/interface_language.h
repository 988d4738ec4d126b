// The language of the interface (menus, buttons, messages): gettext catalogs compiled
// from host/gui/translations/*.po, loaded through wxTranslations. Forms carry their own
// translations in their XML; the workspace's language picks among those.
#pragma once

#include <filesystem>
#include <string>

namespace parity::gui {

/// Makes `language` ("en", "es"; empty = the system's) the interface language. Windows
/// created afterwards use it. Returns false when its catalog cannot be found.
bool applyInterfaceLanguage(const std::string& language);

/// "es" when the system's language is Spanish, else "en".
std::string systemInterfaceLanguage();

/// Where the compiled catalogs are looked for: the build tree's locale/ when running from
/// the build, else <prefix>/share/locale.
std::filesystem::path translationsDirectory();

} // namespace parity::gui
