// Plugin discovery order (DESIGN.md): install/build dir, user dir, $PARITY_PLUGIN_PATH, --plugins.
#include "plugins/plugin_search_path.h"

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

/// Sets environment variables for one test and restores them afterwards.
class ScopedEnvironment {
public:
    void set(const char* name, const char* value) {
        const char* old = std::getenv(name);
        m_saved.emplace_back(name, old ? std::optional<std::string>(old) : std::nullopt);
        if (value)
            setenv(name, value, 1);
        else
            unsetenv(name);
    }
    ~ScopedEnvironment() {
        for (auto it = m_saved.rbegin(); it != m_saved.rend(); ++it) {
            if (it->second)
                setenv(it->first.c_str(), it->second->c_str(), 1);
            else
                unsetenv(it->first.c_str());
        }
    }

private:
    std::vector<std::pair<std::string, std::optional<std::string>>> m_saved;
};

} // namespace

BOOST_AUTO_TEST_SUITE(PluginSearchPath)

BOOST_AUTO_TEST_CASE(directories_come_in_the_documented_order) {
    ScopedEnvironment env;
    env.set("XDG_DATA_HOME", "/tmp/parity-xdg");
    env.set("PARITY_PLUGIN_PATH", "/opt/a:/opt/b");
    const auto path = parity::pluginSearchPath({"/srv/cli-dir"});
    BOOST_TEST_REQUIRE(path.size() == 5u);
    // A test binary lives in the build tree, so the first entry is the build tree's plugins.
    BOOST_TEST(path[0] == fs::path(PARITY_BUILT_PLUGIN_DIR));
    BOOST_TEST(path[1] == fs::path("/tmp/parity-xdg/parity/plugins"));
    BOOST_TEST(path[2] == fs::path("/opt/a"));
    BOOST_TEST(path[3] == fs::path("/opt/b"));
    BOOST_TEST(path[4] == fs::path("/srv/cli-dir"));
}

BOOST_AUTO_TEST_CASE(user_directory_falls_back_to_home) {
    ScopedEnvironment env;
    env.set("XDG_DATA_HOME", nullptr);
    env.set("HOME", "/home/clerk");
    BOOST_TEST(parity::userPluginDirectory() == fs::path("/home/clerk/.local/share/parity/plugins"));
}

BOOST_AUTO_TEST_CASE(the_same_directory_is_searched_once) {
    ScopedEnvironment env;
    env.set("XDG_DATA_HOME", "/tmp/parity-xdg");
    env.set("PARITY_PLUGIN_PATH", "/opt/a::/opt/a/");
    const auto path = parity::pluginSearchPath({"/tmp/parity-xdg/parity/plugins", PARITY_BUILT_PLUGIN_DIR});
    BOOST_TEST_REQUIRE(path.size() == 3u);
    BOOST_TEST(path[2] == fs::path("/opt/a"));
}

BOOST_AUTO_TEST_SUITE_END()
