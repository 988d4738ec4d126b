// Loading plugins: every way a plugin file can be bad is refused with its own reason,
// and the host keeps going.
#include "plugins/plugin_host.h"
#include "plugins/plugin_loader.h"
#include "temp_dir.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using parity::PluginHost;
using parity::test::TempDir;

namespace {

const fs::path kBuilt = PARITY_BUILT_PLUGIN_DIR;
const fs::path kFixtures = PARITY_FIXTURE_PLUGIN_DIR;

/// Loads just `file` and returns why it was refused (failing the test if it was not).
std::string rejectionOf(const fs::path& file) {
    PluginHost host;
    BOOST_TEST_REQUIRE(!host.loadFile(file));
    BOOST_TEST_REQUIRE(host.rejected().size() == 1u);
    BOOST_TEST(host.rejected()[0].path == file);
    return host.rejected()[0].reason;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

bool libraryIsMapped(const fs::path& file) {
    std::ifstream maps("/proc/self/maps");
    std::stringstream text;
    text << maps.rdbuf();
    return contains(text.str(), fs::canonical(file).string());
}

} // namespace

BOOST_AUTO_TEST_SUITE(PluginLoading)

BOOST_AUTO_TEST_CASE(real_plugins_load_with_identity_and_agencies) {
    PluginHost host;
    host.loadDirectory(kBuilt);
    BOOST_TEST(host.rejected().empty());
    BOOST_TEST_REQUIRE(host.loaded().size() == 3u);

    const parity::LoadedPlugin* arkansas = host.find("arkansas");
    BOOST_TEST_REQUIRE(arkansas);
    BOOST_TEST(arkansas->identity.displayName == "Arkansas");
    BOOST_TEST(arkansas->identity.stateCode == "AR");
    BOOST_TEST(arkansas->identity.timeZone == "America/Chicago");
    BOOST_TEST(arkansas->sdk.toString() == "1.1.0");
    auto hotline = std::find_if(arkansas->agencies.begin(), arkansas->agencies.end(),
                                [](const auto& a) { return a.code == "ar-child-hotline"; });
    BOOST_TEST_REQUIRE((hotline != arkansas->agencies.end()));
    BOOST_TEST(hotline->phone == "1-800-482-5964");
    BOOST_TEST(hotline->tdd == "1-800-843-6349");
    BOOST_TEST(hotline->statute == "A.C.A. 12-18-402");

    BOOST_TEST_REQUIRE(host.find("california-medi-cal"));
    BOOST_TEST(host.find("california-medi-cal")->identity.timeZone == "America/Los_Angeles");
    BOOST_TEST_REQUIRE(host.find("new-mexico"));
    BOOST_TEST(host.find("new-mexico")->identity.timeZone == "America/Denver");
}

BOOST_AUTO_TEST_CASE(text_file_named_like_a_plugin_is_rejected) {
    TempDir dir;
    // Longer than an ELF header, so dlopen reads it and says what it is not.
    parity::test::writeFile(dir / "x.so", std::string(20, '-') + " These are the notes of a clerk, saved "
                                          "under the wrong name. They are not a plugin. " + std::string(20, '-'));
    const std::string reason = rejectionOf(dir / "x.so");
    BOOST_TEST(contains(reason, "not a loadable shared library: "), reason);
    // dlerror's own words are kept, without Boost.DLL's wrapping.
    BOOST_TEST(reason == "not a loadable shared library: " + (dir / "x.so").string() + ": invalid ELF header");
}

BOOST_AUTO_TEST_CASE(truncated_copy_of_a_real_plugin_is_rejected) {
    TempDir dir;
    const fs::path copy = dir / "arkansas.so";
    fs::copy_file(kBuilt / "arkansas.so", copy);
    fs::resize_file(copy, fs::file_size(copy) / 3);
    const std::uintmax_t full = fs::file_size(copy);
    // Cut inside the headers, in the middle, near the end, and by a single byte.
    for (std::uintmax_t cut : {std::uintmax_t(100), full / 3, full * 9 / 10, full - 1}) {
        fs::resize_file(copy, cut);
        const std::string reason = rejectionOf(copy);
        BOOST_TEST(reason.starts_with("damaged plugin file: its headers describe "), reason);
        BOOST_TEST(contains(reason, "but the file has only " + std::to_string(cut) + " "), reason);
    }
}

BOOST_AUTO_TEST_CASE(shared_library_without_parity_symbols_is_rejected) {
    const std::string reason = rejectionOf(kFixtures / "not_a_plugin.so");
    BOOST_TEST(reason == "not a Parity plugin: the library has no 'parity_sdk_version' symbol "
                         "(plugins are exported with PARITY_PLUGIN)");
}

BOOST_AUTO_TEST_CASE(version_symbol_without_factory_is_rejected) {
    const std::string reason = rejectionOf(kFixtures / "version_without_factory.so");
    BOOST_TEST(reason == "incomplete Parity plugin: it has the SDK version symbol but no "
                         "'parity_create_jurisdiction' factory (plugins are exported with PARITY_PLUGIN)");
}

BOOST_AUTO_TEST_CASE(plugin_for_another_sdk_major_is_rejected_before_anything_is_called) {
    const std::string reason = rejectionOf(kFixtures / "other_major.so");
    BOOST_TEST(reason == "built for SDK 2.0.0, host has 1.1.0 (a different major version cannot be "
                         "loaded; rebuild the plugin against SDK 1.x)");
}

BOOST_AUTO_TEST_CASE(plugin_for_a_newer_sdk_minor_is_rejected) {
    const std::string reason = rejectionOf(kFixtures / "newer_minor.so");
    BOOST_TEST(reason == "built for SDK 1.2.0, host has 1.1.0 (the plugin needs a newer Parity; update "
                         "Parity or use an older build of the plugin)");
}

// SDK 1.1 added agencyTranslations(): a plugin built for 1.0 has no such function, so
// the host must not call it (the fixture answers with a translation that would be refused).
BOOST_AUTO_TEST_CASE(plugin_for_an_older_sdk_minor_loads_without_being_asked_for_translations) {
    PluginHost host;
    BOOST_TEST_REQUIRE(host.loadFile(kFixtures / "older_minor.so"), (host.rejected().empty() ? std::string()
                                                                     : host.rejected()[0].reason));
    const parity::LoadedPlugin* plugin = host.find("fixture-older-minor");
    BOOST_TEST_REQUIRE(plugin);
    BOOST_TEST(plugin->sdk.toString() == "1.0.0");
    BOOST_TEST(plugin->agencyTranslations.empty());
}

BOOST_AUTO_TEST_CASE(translation_of_an_agency_the_plugin_does_not_list_is_rejected) {
    const std::string reason = rejectionOf(kFixtures / "bad_agency_translation.so");
    BOOST_TEST(reason == "bad agency translation: 'zz-hotlien' is not the code of any agency in the plugin's "
                         "directory");
}

BOOST_AUTO_TEST_CASE(real_plugins_name_their_agencies_in_spanish) {
    PluginHost host;
    host.loadDirectory(kBuilt);
    for (const parity::LoadedPlugin& plugin : host.loaded()) {
        const auto english = plugin.agenciesIn("en");
        const auto spanish = plugin.agenciesIn("es");
        BOOST_TEST_REQUIRE(spanish.size() == plugin.agencies.size());
        for (std::size_t i = 0; i < spanish.size(); ++i) {
            BOOST_TEST(english[i].name == plugin.agencies[i].name);   // English is the directory itself
            BOOST_TEST(spanish[i].name != plugin.agencies[i].name, spanish[i].code);
            BOOST_TEST(spanish[i].phone == plugin.agencies[i].phone);
            BOOST_TEST(spanish[i].statute == plugin.agencies[i].statute);
        }
        // A language no plugin translates into keeps the directory's English.
        BOOST_TEST(plugin.agenciesIn("fr").front().name == plugin.agencies.front().name);
    }
}

BOOST_AUTO_TEST_CASE(plugin_whose_factory_throws_is_rejected_with_its_message) {
    const std::string reason = rejectionOf(kFixtures / "throwing_factory.so");
    BOOST_TEST(reason == "the plugin factory failed: agency directory file is missing");
}

BOOST_AUTO_TEST_CASE(plugin_whose_identity_throws_a_non_exception_is_rejected) {
    const std::string reason = rejectionOf(kFixtures / "throwing_identity.so");
    BOOST_TEST(reason == "the plugin failed to report its identity: the plugin threw something that is "
                         "not a std::exception");
}

BOOST_AUTO_TEST_CASE(plugin_with_unknown_time_zone_is_rejected) {
    const std::string reason = rejectionOf(kFixtures / "bad_time_zone.so");
    BOOST_TEST(reason == "bad identity: the time zone 'America/Arkansas_City' is not a known IANA time zone");
}

BOOST_AUTO_TEST_CASE(plugin_with_unresolved_symbol_is_rejected_at_load) {
    const std::string reason = rejectionOf(kFixtures / "unresolved_symbol.so");
    BOOST_TEST(contains(reason, "not a loadable shared library: "), reason);
    BOOST_TEST(contains(reason, "parity_fixture_function_nobody_defines"), reason);
}

BOOST_AUTO_TEST_CASE(two_plugins_with_one_id_first_wins_and_both_paths_are_named) {
    TempDir first, second;
    fs::copy_file(kBuilt / "arkansas.so", first / "arkansas.so");
    fs::copy_file(kBuilt / "arkansas.so", second / "arkansas-copy.so");
    PluginHost host;
    host.loadDirectories({first.path(), second.path()});
    BOOST_TEST_REQUIRE(host.loaded().size() == 1u);
    BOOST_TEST(host.loaded()[0].path == first / "arkansas.so");
    BOOST_TEST_REQUIRE(host.rejected().size() == 1u);
    BOOST_TEST(host.rejected()[0].path == second / "arkansas-copy.so");
    BOOST_TEST(host.rejected()[0].reason == "duplicate plugin id 'arkansas': already loaded from " +
                                                (first / "arkansas.so").string() + ", so " +
                                                (second / "arkansas-copy.so").string() + " is rejected");
}

BOOST_AUTO_TEST_CASE(host_keeps_loading_good_plugins_among_bad_ones) {
    TempDir dir;
    parity::test::writeFile(dir / "a-text.so", "not a plugin");
    parity::test::writeFile(dir / "README.txt", "ignored: not a .so file");
    fs::copy_file(kFixtures / "throwing_factory.so", dir / "b-throwing.so");
    fs::copy_file(kBuilt / "new-mexico.so", dir / "c-new-mexico.so");
    fs::copy_file(kFixtures / "other_major.so", dir / "d-other-major.so");
    PluginHost host;
    host.loadDirectory(dir.path());
    BOOST_TEST_REQUIRE(host.loaded().size() == 1u);
    BOOST_TEST(host.loaded()[0].identity.id == "new-mexico");
    BOOST_TEST_REQUIRE(host.rejected().size() == 3u);
    BOOST_TEST(host.rejected()[0].path.filename() == "a-text.so");
    BOOST_TEST(host.rejected()[1].path.filename() == "b-throwing.so");
    BOOST_TEST(host.rejected()[2].path.filename() == "d-other-major.so");
}

BOOST_AUTO_TEST_CASE(missing_directory_is_skipped_quietly) {
    PluginHost host;
    host.loadDirectory("/nonexistent/parity/plugins");
    BOOST_TEST(host.loaded().empty());
    BOOST_TEST(host.rejected().empty());
}

BOOST_AUTO_TEST_CASE(library_stays_loaded_while_a_plugin_object_lives) {
    // A private copy, so that no other test's handle keeps the same file mapped.
    TempDir dir;
    const fs::path file = dir / "valid_fixture.so";
    fs::copy_file(kFixtures / "valid_fixture.so", file);
    std::shared_ptr<const parity::PluginInterface> survivor;
    {
        PluginHost host;
        BOOST_TEST_REQUIRE(host.loadFile(file));
        survivor = host.loaded()[0].api;
    }
    BOOST_TEST(libraryIsMapped(file));
    auto identity = survivor->identity();   // code in the library still runs
    BOOST_TEST_REQUIRE(identity.isOk());
    BOOST_TEST(identity.value().id == "fixture-valid");
    survivor.reset();
    BOOST_TEST(!libraryIsMapped(file));     // the last object gone, the library is unloaded
}

BOOST_AUTO_TEST_CASE(sdk_compatibility_rules) {
    using parity::SdkVersion;
    using parity::sdkIncompatibility;
    BOOST_TEST(sdkIncompatibility({1, 0, 0}, {1, 0, 0}).empty());
    BOOST_TEST(sdkIncompatibility({1, 0, 9}, {1, 0, 0}).empty());   // patch never matters
    BOOST_TEST(sdkIncompatibility({1, 2, 0}, {1, 4, 0}).empty());   // older minor is fine
    BOOST_TEST(!sdkIncompatibility({1, 5, 0}, {1, 4, 0}).empty());
    BOOST_TEST(!sdkIncompatibility({0, 9, 0}, {1, 4, 0}).empty());
    BOOST_TEST(sdkIncompatibility({2, 1, 0}, {1, 4, 0}).starts_with("built for SDK 2.1.0, host has 1.4.0"));
}

BOOST_AUTO_TEST_SUITE_END()
