#include "app/startup_options.h"

#include <algorithm>
#include <cstdlib>

namespace fs = std::filesystem;

namespace parity::gui {
namespace {

fs::path environmentPath(const char* name) {
    const char* value = std::getenv(name);
    return value && *value ? fs::path(value) : fs::path();
}

} // namespace

fs::path defaultDatabasePath() {
    if (fs::path explicitPath = environmentPath("PARITY_DB"); !explicitPath.empty())
        return explicitPath;
    fs::path data = environmentPath("XDG_DATA_HOME");
    if (data.empty()) {
        const fs::path home = environmentPath("HOME");
        data = home.empty() ? fs::path(".local/share") : home / ".local" / "share";
    }
    return data / "parity" / "parity.db";
}

const std::vector<std::string>& supportedLanguages() {
    static const std::vector<std::string> languages{"en", "es"};
    return languages;
}

bool isSupportedLanguage(std::string_view code) {
    const auto& languages = supportedLanguages();
    return std::find(languages.begin(), languages.end(), code) != languages.end();
}

} // namespace parity::gui
