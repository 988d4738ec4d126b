// The malformed-definition corpus (tests/data/forms/bad/): each file is broken in one
// way, and its opening comment lists the exact diagnostics lintForms must give for it,
// one "expect: line:col: message" line each, in the order they are reported.
//
// A file may also name, with "with: good/<file>.xml", a form to lint together with it
// (for inheritance cases that need a core form the built-in ones cannot provide).
#include "catalog/form_catalog.h"
#include "plugins/plugin_host.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kFormsData = fs::path(PARITY_TEST_DATA_DIR) / "forms";

std::string readText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    BOOST_TEST_REQUIRE(bool(in), "cannot open " << file);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// The .xml files of a directory, sorted by name.
std::vector<fs::path> xmlFiles(const fs::path& directory) {
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(directory))
        if (entry.is_regular_file() && entry.path().extension() == ".xml")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

struct BadDefinition {
    std::string fileName;
    std::string xml;
    std::vector<std::string> expected;   ///< "file:line:col: message", as Diagnostic::toString()
    std::vector<std::string> lintedWith; ///< paths relative to tests/data/forms
};

/// Reads a corpus file and the expectations in its opening comment.
BadDefinition readBadDefinition(const fs::path& file) {
    BadDefinition bad;
    bad.fileName = file.filename().string();
    bad.xml = readText(file);
    const std::size_t open = bad.xml.find("<!--");
    const std::size_t close = bad.xml.find("-->");
    if (open != 0 || close == std::string::npos)
        return bad;   // no opening comment: the caller reports it
    static const std::regex expectLine(R"(^\s*expect:\s*([0-9]+:[0-9]+: .*?)\s*$)");
    static const std::regex withLine(R"(^\s*with:\s*(\S+)\s*$)");
    std::istringstream comment(bad.xml.substr(open + 4, close - open - 4));
    for (std::string line; std::getline(comment, line);) {
        std::smatch match;
        if (std::regex_match(line, match, expectLine))
            bad.expected.push_back(bad.fileName + ":" + match[1].str());
        else if (std::regex_match(line, match, withLine))
            bad.lintedWith.push_back(match[1].str());
    }
    return bad;
}

std::vector<std::string> lint(const std::vector<parity::FormSource>& sources) {
    const parity::PluginHost noPlugins;
    std::vector<std::string> out;
    for (const parity::forms::Diagnostic& d : parity::lintForms(sources, noPlugins))
        out.push_back(d.toString());
    return out;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines)
        text += "\n    " + line;
    return text.empty() ? "\n    (none)" : text;
}

} // namespace

BOOST_AUTO_TEST_SUITE(BadDefinitions)

BOOST_AUTO_TEST_CASE(corpus_holds_at_least_35_files_each_with_expectations) {
    const std::vector<fs::path> files = xmlFiles(kFormsData / "bad");
    BOOST_TEST(files.size() >= 35u);
    for (const fs::path& file : files) {
        BOOST_TEST_CONTEXT(file.filename().string()) {
            const BadDefinition bad = readBadDefinition(file);
            BOOST_TEST(bad.xml.starts_with("<!--"), "the file must start with its expectations comment");
            BOOST_TEST(!bad.expected.empty(), "no 'expect: line:col: message' line in the opening comment");
        }
    }
}

BOOST_AUTO_TEST_CASE(every_bad_definition_gives_exactly_its_expected_diagnostics) {
    for (const fs::path& file : xmlFiles(kFormsData / "bad")) {
        const BadDefinition bad = readBadDefinition(file);
        BOOST_TEST_CONTEXT(bad.fileName) {
            std::vector<parity::FormSource> sources{{bad.fileName, bad.xml}};
            for (const std::string& other : bad.lintedWith) {
                const fs::path path = kFormsData / other;
                sources.push_back({path.filename().string(), readText(path)});
            }
            const std::vector<std::string> actual = lint(sources);
            BOOST_TEST(actual.size() == bad.expected.size(),
                       "expected" << joined(bad.expected) << "\n  but lintForms gave" << joined(actual));
            for (std::size_t i = 0; i < std::min(actual.size(), bad.expected.size()); ++i)
                BOOST_TEST(actual[i] == bad.expected[i]);
        }
    }
}

BOOST_AUTO_TEST_CASE(good_definitions_lint_without_diagnostics) {
    const std::vector<fs::path> files = xmlFiles(kFormsData / "good");
    BOOST_TEST_REQUIRE(!files.empty());
    for (const fs::path& file : files) {
        BOOST_TEST_CONTEXT(file.filename().string()) {
            const std::vector<std::string> actual = lint({{file.filename().string(), readText(file)}});
            BOOST_TEST(actual.empty(), "lintForms gave" << joined(actual));
        }
    }
}

// diagnostics.h: "Collects every problem instead of stopping at the first: a plugin
// developer fixes them all in one round." A form with a bad version and a misspelled
// field in an expression has two problems; lint must name both at once.
BOOST_AUTO_TEST_CASE(lint_reports_file_problems_and_expression_problems_in_one_round) {
    const std::string xml = R"xml(<form id="test.sample" version="1.0" kind="consent" jurisdiction="testland" languages="en">
  <title lang="en">Sample</title>
  <section id="client">
    <label lang="en">The person</label>
    <field id="client_age" type="integer">
      <label lang="en">Age</label>
    </field>
    <field id="guardian_name" type="text" relevant="client_agee &lt; 18">
      <label lang="en">Guardian</label>
    </field>
  </section>
</form>
)xml";
    const std::vector<std::string> expected{
        "two.xml:1:24: version '1.0' must be MAJOR.MINOR.PATCH, e.g. 1.0.0",
        "two.xml:8:43: unknown field 'client_agee' in relevant of field 'guardian_name' (did you mean 'client_age'?)",
    };
    BOOST_TEST(lint({{"two.xml", xml}}) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(core_forms_lint_without_diagnostics) {
    const std::vector<std::string> actual = lint(parity::coreFormSourceList());
    BOOST_TEST(actual.empty(), "lintForms gave" << joined(actual));
}

BOOST_AUTO_TEST_SUITE_END()
