// parity-cli as a user runs it: a separate process, real plugin files, exit codes.
#include "run_command.h"
#include "temp_dir.h"

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using parity::test::runCli;
using parity::test::TempDir;

namespace {

const fs::path kBuilt = PARITY_BUILT_PLUGIN_DIR;
const fs::path kFixtures = PARITY_FIXTURE_PLUGIN_DIR;

nlohmann::json pluginsJson(const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"plugins", "--json"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto result = runCli(args);
    BOOST_TEST_REQUIRE(result.exitCode == 0, result.err);
    return nlohmann::json::parse(result.out);
}

} // namespace

BOOST_AUTO_TEST_SUITE(CliPlugins)

BOOST_AUTO_TEST_CASE(lists_the_three_plugins_from_the_build_without_flags) {
    const auto out = pluginsJson();
    BOOST_TEST_REQUIRE(out["loaded"].size() == 3u);
    std::vector<std::string> ids;
    for (const auto& p : out["loaded"]) {
        ids.push_back(p["id"]);
        BOOST_TEST(p["sdk_version"] == "1.1.0");
        BOOST_TEST(p["version"] == "1.0.0");
        BOOST_TEST(fs::path(p["path"].get<std::string>()).parent_path() == kBuilt);
        BOOST_TEST(p["form_count"].is_number_unsigned());
        BOOST_TEST(!p["name"].get<std::string>().empty());
    }
    BOOST_TEST((ids == std::vector<std::string>{"arkansas", "california-medi-cal", "new-mexico"}));
    BOOST_TEST(out["rejected"].empty());
}

BOOST_AUTO_TEST_CASE(rejected_files_are_listed_with_reasons_and_the_rest_still_loads) {
    TempDir dir;
    parity::test::writeFile(dir / "x.so", "text, not a plugin");
    fs::copy_file(kFixtures / "other_major.so", dir / "other_major.so");
    fs::copy_file(kBuilt / "arkansas.so", dir / "arkansas-again.so");
    const auto out = pluginsJson({"--plugins", dir.path().string()});
    BOOST_TEST(out["loaded"].size() == 3u);
    BOOST_TEST_REQUIRE(out["rejected"].size() == 3u);
    BOOST_TEST(out["rejected"][0]["path"] == (dir / "arkansas-again.so").string());
    BOOST_TEST(out["rejected"][0]["reason"] == "duplicate plugin id 'arkansas': already loaded from " +
                                                   (kBuilt / "arkansas.so").string() + ", so " +
                                                   (dir / "arkansas-again.so").string() + " is rejected");
    BOOST_TEST(out["rejected"][1]["reason"].get<std::string>().starts_with("built for SDK 2.0.0, host has 1.1.0"));
    BOOST_TEST(out["rejected"][2]["reason"].get<std::string>().starts_with("not a loadable shared library: "));
}

BOOST_AUTO_TEST_CASE(text_output_names_rejected_files_and_reasons) {
    TempDir dir;
    parity::test::writeFile(dir / "x.so", "text, not a plugin");
    const auto result = runCli({"plugins", "--plugins", dir.path().string()});
    BOOST_TEST(result.exitCode == 0);
    BOOST_TEST(result.out.find("Loaded plugins (3):") != std::string::npos, result.out);
    BOOST_TEST(result.out.find("Rejected files (1):") != std::string::npos, result.out);
    BOOST_TEST(result.out.find((dir / "x.so").string()) != std::string::npos, result.out);
    BOOST_TEST(result.out.find("not a loadable shared library: ") != std::string::npos, result.out);
}

BOOST_AUTO_TEST_CASE(plugin_path_environment_variable_is_searched) {
    TempDir dir;
    fs::copy_file(kFixtures / "valid_fixture.so", dir / "valid_fixture.so");
    setenv("PARITY_PLUGIN_PATH", dir.path().c_str(), 1);
    const auto out = pluginsJson();
    unsetenv("PARITY_PLUGIN_PATH");
    BOOST_TEST_REQUIRE(out["loaded"].size() == 4u);
    BOOST_TEST(out["loaded"][3]["id"] == "fixture-valid");
}

BOOST_AUTO_TEST_CASE(help_is_available_for_the_tool_and_each_command) {
    const auto top = runCli({"--help"});
    BOOST_TEST(top.exitCode == 0);
    BOOST_TEST(top.out.find("plugins") != std::string::npos, top.out);
    const auto plugins = runCli({"plugins", "--help"});
    BOOST_TEST(plugins.exitCode == 0);
    BOOST_TEST(plugins.out.find("--json") != std::string::npos, plugins.out);
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_with_2) {
    BOOST_TEST(runCli({}).exitCode == 2);
    BOOST_TEST(runCli({"no-such-command"}).exitCode == 2);
    BOOST_TEST(runCli({"plugins", "--no-such-flag"}).exitCode == 2);
}

BOOST_AUTO_TEST_SUITE_END()
