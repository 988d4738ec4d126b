// Bugs the fuzzers found (tests/fuzz/regressions/), each pinned by a test named after it:
// huge literals, regex recursion on long input, deep nesting, time arithmetic overflow.
#include "catalog/form_catalog.h"
#include "forms/form_loader.h"
#include "rules/compiled_form.h"
#include "rules/form_session.h"
#include "common/utf8.h"

#include <boost/test/unit_test.hpp>

namespace {

std::shared_ptr<const parity::rules::CompiledForm> compileFields(const std::string& fields,
                                                                 parity::forms::Diagnostics& diagnostics) {
    const std::string xml = R"f(<form id="test.robust" version="1.0.0" kind="check" jurisdiction="national" languages="en">
  <title lang="en">Robustness</title>
  <section id="s">
    <label lang="en">S</label>
)f" + fields + R"f(
  </section>
</form>)f";
    auto definition = parity::forms::loadFormDefinition(xml, "robust.xml", diagnostics);
    if (!definition)
        return nullptr;
    return parity::rules::CompiledForm::compile(*definition, {}, diagnostics);
}

parity::rules::FormSession sessionOf(std::shared_ptr<const parity::rules::CompiledForm> form) {
    return parity::rules::FormSession(form, parity::rules::EvaluationEnvironment::at(
                                                parity::Seconds{std::chrono::seconds(1'780'000'000)}, "America/Chicago"));
}

std::string lintOne(const std::string& fields) {
    parity::forms::Diagnostics diagnostics;
    compileFields(fields, diagnostics);
    return diagnostics.toString();
}

} // namespace

BOOST_AUTO_TEST_SUITE(Robustness)

BOOST_AUTO_TEST_CASE(bound_literal_out_of_range_is_a_definition_error_not_a_crash) {
    const std::string min(400, '9');
    const std::string problems =
        lintOne(R"f(<field id="n" type="integer" min=")f" + min + R"f("><label lang="en">N</label></field>)f");
    BOOST_TEST(problems.find("must be a whole number of at most 32 digits") != std::string::npos, problems);
}

BOOST_AUTO_TEST_CASE(long_answer_phone_stack_overflow_is_a_type_issue) {
    parity::forms::Diagnostics diagnostics;
    auto form = compileFields(R"f(<field id="phone" type="phone"><label lang="en">Phone</label></field>
    <field id="mail" type="email"><label lang="en">Mail</label></field>
    <field id="code" type="text" pattern="[A-Z]+"><label lang="en">Code</label></field>)f",
                              diagnostics);
    BOOST_TEST_REQUIRE(form, diagnostics.toString());
    auto session = sessionOf(form);
    const std::string pasted(50'000, '5');   // a document pasted into the field
    session.setValue("phone", pasted);
    session.setValue("mail", std::string(50'000, 'a') + "@example.org");
    session.setValue("code", std::string(50'000, 'A'));
    const auto issues = session.issues();
    BOOST_TEST_REQUIRE(issues.size() == 3u);
    BOOST_TEST(issues[0].ruleId == "type");
    BOOST_TEST(issues[1].ruleId == "type");
    BOOST_TEST(issues[2].ruleId == "pattern");
}

BOOST_AUTO_TEST_CASE(nested_added_functions_stack_overflow_is_refused) {
    std::string expression = "x";
    for (int i = 0; i < 40; ++i)
        expression = "age(" + expression + ")f";
    const std::string problems = lintOne(R"f(<field id="x" type="text"><label lang="en">X</label></field>
    <field id="y" type="text" calculate=")f" + expression + R"f("><label lang="en">Y</label></field>)f");
    BOOST_TEST(problems.find("nests added functions more than 32 deep") != std::string::npos, problems);
}

BOOST_AUTO_TEST_CASE(add_hours_signed_overflow_gives_an_empty_answer) {
    parity::forms::Diagnostics diagnostics;
    auto form = compileFields(R"f(<field id="t" type="datetime"><label lang="en">T</label></field>
    <field id="far" type="text" calculate="add_hours(t, 2562047788015000)"><label lang="en">Far</label></field>
    <field id="near" type="text" calculate="add_hours(t, 2)"><label lang="en">Near</label></field>)f",
                              diagnostics);
    BOOST_TEST_REQUIRE(form, diagnostics.toString());
    auto session = sessionOf(form);
    session.setValue("t", "2026-03-07T23:30");
    BOOST_TEST(session.value("far") == "");
    BOOST_TEST(session.value("near") == "2026-03-08T01:30:00-06:00");
}

BOOST_AUTO_TEST_CASE(substring_cutting_a_character_stays_utf8_and_stores) {
    // XPath counts bytes: the first 8 of "Ana María" end inside the two bytes of "í".
    parity::forms::Diagnostics diagnostics;
    auto form = compileFields(R"f(<field id="name" type="text"><label lang="en">Name</label></field>
    <field id="initials" type="text" calculate="substring(name, 1, 8)"><label lang="en">Cut</label></field>
    <field id="swapped" type="text" calculate="translate(name, 'í', 'x')"><label lang="en">Swap</label></field>)f",
                              diagnostics);
    BOOST_TEST_REQUIRE(form, diagnostics.toString());
    auto session = sessionOf(form);
    session.setValue("name", "Ana María");
    BOOST_TEST(session.value("initials") == "Ana Mar\xEF\xBF\xBD");   // the half character, replaced
    BOOST_TEST(parity::firstInvalidUtf8(session.value("swapped")) == std::string::npos);
    BOOST_TEST(session.answersToStore().dump().find("Ana Mar") != std::string::npos);   // does not throw
}

BOOST_AUTO_TEST_CASE(utf8_check_and_repair) {
    using parity::firstInvalidUtf8;
    const auto npos = std::string::npos;
    BOOST_TEST(firstInvalidUtf8("plain ASCII") == npos);
    BOOST_TEST(firstInvalidUtf8("Ana Mar\xC3\xAD\xF0\x9F\x99\x82") == npos);   // í and an emoji
    BOOST_TEST(firstInvalidUtf8("Caf\xE9 au lait") == 3u);                     // Latin-1 é
    BOOST_TEST(firstInvalidUtf8("ab\xC3") == 2u);                              // cut short
    BOOST_TEST(firstInvalidUtf8("\xC0\xAF") == 0u);                           // overlong '/'
    BOOST_TEST(firstInvalidUtf8("x\xED\xA0\x80") == 1u);                      // a surrogate
    BOOST_TEST(firstInvalidUtf8("\xF4\x90\x80\x80") == 0u);                   // past U+10FFFF
    BOOST_TEST(parity::repairedUtf8("Caf\xE9!") == "Caf\xEF\xBF\xBD!");
    BOOST_TEST(parity::repairedUtf8("Mar\xC3\xAD" "a") == "Mar\xC3\xAD" "a");
}

BOOST_AUTO_TEST_SUITE_END()
