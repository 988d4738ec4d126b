// Records through parity-cli as a script would use it: ids on stdout, exit codes, JSON.
#include "run_command.h"
#include "temp_dir.h"

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

namespace fs = std::filesystem;
using parity::test::runCli;
using parity::test::TempDir;

namespace {

const std::string kExamples = std::string(PARITY_SOURCE_DIR) + "/examples/answers/";

struct CliStore {
    TempDir dir;
    std::string db = (dir / "agency.db").string();

    parity::test::CommandResult cli(std::vector<std::string> args) {
        args.push_back("--db");
        args.push_back(db);
        return runCli(args);
    }
    std::string writeAnswers(const std::string& name, const nlohmann::json& answers) {
        const fs::path file = dir / name;
        std::ofstream(file) << answers.dump();
        return file.string();
    }
    static nlohmann::json example(const std::string& formId) {
        std::ifstream in(kExamples + formId + ".json");
        return nlohmann::json::parse(in);
    }
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(CliRecords, CliStore)

BOOST_AUTO_TEST_CASE(submit_prints_the_record_id_and_show_prints_the_record) {
    const auto submitted = cli({"submit", "--form", "core.consent", "--answers", kExamples + "core.consent.json",
                                "--user", "alice"});
    BOOST_TEST_REQUIRE(submitted.exitCode == 0, submitted.err);
    BOOST_TEST(submitted.out == "1\n");
    const auto shown = cli({"show", "1", "--json", "--user", "auditor"});
    BOOST_TEST_REQUIRE(shown.exitCode == 0, shown.err);
    const auto record = nlohmann::json::parse(shown.out);
    BOOST_TEST(record["form"] == "core.consent");
    BOOST_TEST(record["status"] == "submitted");
    BOOST_TEST(record["versions"][0]["answers"]["client_id"] == "C-20431");
}

BOOST_AUTO_TEST_CASE(invalid_answers_exit_1_and_store_nothing) {
    auto answers = example("core.abuse-report");
    answers.erase("agency");
    answers.erase("agency_reported_at");
    const auto result = cli({"submit", "--form", "core.abuse-report", "--answers", writeAnswers("bad.json", answers),
                             "--user", "alice", "--json"});
    BOOST_TEST(result.exitCode == 1);
    const auto out = nlohmann::json::parse(result.out);
    BOOST_TEST(out["stored"] == false);
    bool supervisorOnly = false;
    for (const auto& issue : out["issues"])
        supervisorOnly = supervisorOnly || issue["rule"] == "abuse.agency-not-only-supervisor";
    BOOST_TEST(supervisorOnly, result.out);
    BOOST_TEST(nlohmann::json::parse(cli({"records", "--json"}).out).empty());
}

BOOST_AUTO_TEST_CASE(amend_and_sign_and_the_trail_verifies) {
    BOOST_TEST_REQUIRE(cli({"submit", "--form", "core.referral", "--answers", kExamples + "core.referral.json", "--user",
                            "alice"}).exitCode == 0);
    BOOST_TEST(cli({"sign", "1", "--user", "supervisor"}).exitCode == 0);
    auto corrected = example("core.referral");
    corrected["referred_to"] = "Riverside Recovery Center (fictional), intake desk";
    const std::string file = writeAnswers("amended.json", corrected);
    // No reason: a usage error.
    BOOST_TEST(cli({"amend", "1", "--answers", file, "--user", "alice"}).exitCode == 2);
    const auto amended = cli({"amend", "1", "--answers", file, "--reason", "Wrong desk named", "--user", "alice"});
    BOOST_TEST_REQUIRE(amended.exitCode == 0, amended.err);
    BOOST_TEST(amended.out == "record 1 is now at version 2\n");

    const auto log = nlohmann::json::parse(cli({"audit", "log", "--json", "--record", "1"}).out);
    BOOST_TEST_REQUIRE(log.size() == 3u);
    BOOST_TEST(log[0]["action"] == "submitted");
    BOOST_TEST(log[1]["action"] == "signed");
    BOOST_TEST(log[2]["action"] == "amended");
    BOOST_TEST(log[2]["reason"] == "Wrong desk named");
    BOOST_TEST(log[2]["changes"][0]["field"] == "referred_to");

    const auto verify = cli({"audit", "verify"});
    BOOST_TEST(verify.exitCode == 0, verify.out + verify.err);
    BOOST_TEST(verify.out == "audit trail intact: 3 entries verified, signed checkpoint at entry 3 matches\n");
}

BOOST_AUTO_TEST_CASE(writes_need_a_user) {
    BOOST_TEST(cli({"submit", "--form", "core.consent", "--answers", kExamples + "core.consent.json"}).exitCode == 2);
    BOOST_TEST(cli({"sign", "1"}).exitCode == 2);
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_database_is_an_environment_error) {
    std::ofstream(db) << "These are meeting notes, not a database. They are long enough to be read.\n";
    const auto result = cli({"records"});
    BOOST_TEST(result.exitCode == 3);
    BOOST_TEST(result.err.find("not a Parity database") != std::string::npos, result.err);
}

BOOST_AUTO_TEST_SUITE_END()
