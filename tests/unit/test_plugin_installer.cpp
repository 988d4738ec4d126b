// "Install plugin…": a file is copied into the plugin folder only once it has loaded, and
// every refusal says why.
#include "plugins/plugin_installer.h"
#include "temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <fstream>

namespace fs = std::filesystem;
using parity::PluginHost;
using parity::installPlugin;
using parity::test::TempDir;

namespace {

const fs::path kBuilt = PARITY_BUILT_PLUGIN_DIR;
const fs::path kFixtures = PARITY_FIXTURE_PLUGIN_DIR;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

BOOST_AUTO_TEST_SUITE(PluginInstaller)

BOOST_AUTO_TEST_CASE(a_good_plugin_is_copied_and_then_loads_from_the_folder) {
    TempDir folder;
    PluginHost running;
    const auto result = installPlugin(kBuilt / "new-mexico.so", folder.path() / "plugins", running);
    BOOST_TEST_REQUIRE(result.installed, result.reason);
    BOOST_TEST(result.pluginId == "new-mexico");
    BOOST_TEST(result.installedAt == folder.path() / "plugins" / "new-mexico.so");
    BOOST_TEST(fs::file_size(result.installedAt) == fs::file_size(kBuilt / "new-mexico.so"));
    // No temporary file is left behind to be picked up at the next start.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder.path() / "plugins"))
        ++files;
    BOOST_TEST(files == 1u);

    PluginHost next;
    next.loadDirectory(folder.path() / "plugins");
    BOOST_TEST(next.rejected().empty());
    BOOST_TEST_REQUIRE(next.loaded().size() == 1u);
    BOOST_TEST(next.loaded()[0].identity.id == "new-mexico");
}

BOOST_AUTO_TEST_CASE(a_file_that_does_not_load_is_refused_with_the_loaders_reason_and_not_copied) {
    TempDir folder;
    const fs::path bad = folder.path() / "vendor.so";
    std::ofstream(bad) << "not a library\n";
    PluginHost running;
    const auto result = installPlugin(bad, folder.path() / "plugins", running);
    BOOST_TEST(!result.installed);
    BOOST_TEST(contains(result.reason, "not a loadable shared library"), result.reason);
    BOOST_TEST(!fs::exists(folder.path() / "plugins" / "vendor.so"));
}

BOOST_AUTO_TEST_CASE(a_plugin_for_another_sdk_is_refused) {
    TempDir folder;
    PluginHost running;
    const auto result = installPlugin(kFixtures / "other_major.so", folder.path() / "plugins", running);
    BOOST_TEST(!result.installed);
    BOOST_TEST(contains(result.reason, "built for SDK 2.0.0"), result.reason);
    BOOST_TEST(!fs::exists(folder.path() / "plugins"));
}

BOOST_AUTO_TEST_CASE(a_second_copy_of_a_loaded_jurisdiction_is_refused_naming_the_loaded_file) {
    TempDir folder;
    PluginHost running;
    BOOST_TEST_REQUIRE(running.loadFile(kBuilt / "arkansas.so"));
    fs::copy_file(kBuilt / "arkansas.so", folder.path() / "arkansas-2.so");
    const auto result = installPlugin(folder.path() / "arkansas-2.so", folder.path() / "plugins", running);
    BOOST_TEST(!result.installed);
    BOOST_TEST(contains(result.reason, "'arkansas'"), result.reason);
    BOOST_TEST(contains(result.reason, (kBuilt / "arkansas.so").string()), result.reason);
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_named_like_a_plugin_is_refused) {
    TempDir folder;
    fs::copy_file(kBuilt / "arkansas.so", folder.path() / "arkansas.dll");
    PluginHost running;
    const auto result = installPlugin(folder.path() / "arkansas.dll", folder.path() / "plugins", running);
    BOOST_TEST(!result.installed);
    BOOST_TEST(contains(result.reason, "ending in .so"), result.reason);
}

BOOST_AUTO_TEST_CASE(an_existing_file_of_the_same_name_is_not_overwritten) {
    TempDir folder;
    fs::create_directories(folder.path() / "plugins");
    std::ofstream(folder.path() / "plugins" / "new-mexico.so") << "someone else's file\n";
    PluginHost running;
    const auto result = installPlugin(kBuilt / "new-mexico.so", folder.path() / "plugins", running);
    BOOST_TEST(!result.installed);
    BOOST_TEST(contains(result.reason, "already exists"), result.reason);
    BOOST_TEST(fs::file_size(folder.path() / "plugins" / "new-mexico.so") == 20u);
}

BOOST_AUTO_TEST_SUITE_END()
