#include "app/startup_options.h"

#include "store/database.h"

#include <algorithm>

namespace fs = std::filesystem;

namespace parity::gui {
fs::path defaultDatabasePath() {
    // One rule for every program: the CLI opens the same file by default.
    return store::defaultDatabasePath();
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
