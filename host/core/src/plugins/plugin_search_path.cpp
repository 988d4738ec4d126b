#include "plugins/plugin_search_path.h"

#include <boost/dll/runtime_symbol_info.hpp>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>

namespace fs = std::filesystem;

namespace parity {
namespace {

fs::path environmentPath(const char* name) {
    const char* value = std::getenv(name);
    return value && *value ? fs::path(value) : fs::path();
}

/// True when `inner` lies inside `outer` (both made absolute and normal first).
bool isWithin(const fs::path& inner, const fs::path& outer) {
    std::error_code ec;
    const fs::path a = fs::weakly_canonical(inner, ec);
    const fs::path b = fs::weakly_canonical(outer, ec);
    auto [end, _] = std::mismatch(b.begin(), b.end(), a.begin(), a.end());
    return end == b.end();
}

fs::path installedOrBuildTreeDirectory() {
    std::error_code ec;
    const fs::path exe = boost::dll::program_location(ec);
    if (ec)
        return {};
#ifdef PARITY_BUILD_DIR
    // Run from the build tree: the plugins just built, no flags needed.
    if (isWithin(exe, PARITY_BUILD_DIR))
        return fs::path(PARITY_BUILD_DIR) / "plugins";
#endif
    return exe.parent_path().parent_path() / PARITY_INSTALL_PLUGIN_SUBDIR;
}

} // namespace

fs::path userPluginDirectory() {
    fs::path data = environmentPath("XDG_DATA_HOME");
    if (data.empty()) {
        const fs::path home = environmentPath("HOME");
        data = home.empty() ? fs::path(".local/share") : home / ".local" / "share";
    }
    return data / "parity" / "plugins";
}

std::vector<fs::path> pluginSearchPath(const std::vector<fs::path>& extra) {
    std::vector<fs::path> ordered;
    ordered.push_back(installedOrBuildTreeDirectory());
    ordered.push_back(userPluginDirectory());
    const std::string list = environmentPath("PARITY_PLUGIN_PATH").string();
    for (std::size_t start = 0; start <= list.size();) {
        const std::size_t colon = std::min(list.find(':', start), list.size());
        ordered.emplace_back(list.substr(start, colon - start));
        start = colon + 1;
    }
    ordered.insert(ordered.end(), extra.begin(), extra.end());

    std::vector<fs::path> unique;
    std::vector<fs::path> seen;
    for (const fs::path& dir : ordered) {
        if (dir.empty())
            continue;
        std::error_code ec;
        fs::path key = fs::weakly_canonical(fs::absolute(dir, ec), ec).lexically_normal();
        if (!key.has_filename())   // "/opt/a/" and "/opt/a" are one directory
            key = key.parent_path();
        if (std::find(seen.begin(), seen.end(), key) != seen.end())
            continue;
        seen.push_back(key);
        unique.push_back(dir);
    }
    return unique;
}

} // namespace parity
