// Forms and native rules that come from a real plugin .so, through the SDK boundary.
#include "answers/answers_json.h"
#include "catalog/form_catalog.h"
#include "rules/form_session.h"

#include <boost/test/unit_test.hpp>

namespace fs = std::filesystem;

namespace {

struct NativeFixture {
    NativeFixture() {
        BOOST_TEST_REQUIRE(host.loadFile(fs::path(PARITY_FIXTURE_PLUGIN_DIR) / "native_rules.so"));
        catalog = parity::FormCatalog::build(host);
    }
    parity::rules::FormSession session(const std::string& lang = "en") const {
        const parity::CatalogForm* form = catalog.find("fixture-native.check");
        BOOST_TEST_REQUIRE(form);
        return parity::rules::FormSession(form->form, form->environment(), lang);
    }
    parity::PluginHost host;
    parity::FormCatalog catalog;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(PluginForms, NativeFixture)

BOOST_AUTO_TEST_CASE(plugin_form_loads_and_malformed_one_is_rejected_with_its_place) {
    BOOST_TEST(catalog.find("fixture-native.check"));
    BOOST_TEST(catalog.find("core.consent"));   // the plugin does not push out the core forms
    BOOST_TEST_REQUIRE(catalog.rejected().size() == 1u);
    const parity::RejectedForm& rejected = catalog.rejected()[0];
    BOOST_TEST(rejected.origin == "fixture-native");
    BOOST_TEST(rejected.file == "native_rules.so!broken.xml");
    BOOST_TEST_REQUIRE(rejected.problems.size() == 1u);
    BOOST_TEST(rejected.problems[0].toString() ==
               "native_rules.so!broken.xml:3:3: not well-formed XML: Start-end tags mismatch");
}

BOOST_AUTO_TEST_CASE(choices_come_from_the_plugin_agency_directory) {
    const auto& field = catalog.find("fixture-native.check")->form->fields()[2];
    BOOST_TEST(field.field->id == "agency");
    BOOST_TEST_REQUIRE(field.choices.size() == 2u);
    BOOST_TEST(field.choices[0].value == "zz-hotline");
    BOOST_TEST(field.choices[1].value == "zz-aps");
}

BOOST_AUTO_TEST_CASE(native_rule_findings_become_issues_in_the_clerks_language) {
    auto s = session();
    parity::answers::loadAnswers(s, {{"age", 40}, {"category", "child"}, {"agency", "zz-aps"}});
    const auto issues = s.issues();
    BOOST_TEST_REQUIRE(issues.size() == 2u);
    BOOST_TEST(issues[0].fieldId == "agency");
    BOOST_TEST(issues[0].ruleId == "fixture.routing");   // the <rule> id when the plugin gives none
    BOOST_TEST(issues[0].isError());
    BOOST_TEST(issues[0].message == "A child is reported to the hotline.");
    BOOST_TEST(issues[1].fieldId == "age");
    BOOST_TEST(issues[1].ruleId == "fixture.age-vs-category");
    BOOST_TEST(!issues[1].isError());
    BOOST_TEST(issues[1].message == "Age 40 is not a child's age.");

    s.setLanguage("es");
    BOOST_TEST(s.issues()[0].message == "Un niño se reporta a la línea directa.");
}

BOOST_AUTO_TEST_CASE(native_rule_reruns_when_a_field_it_reads_changes) {
    auto s = session();
    parity::answers::loadAnswers(s, {{"category", "child"}, {"agency", "zz-aps"}});
    BOOST_TEST(s.issues().size() == 1u);
    s.setValue("agency", "zz-hotline");
    BOOST_TEST(s.issues().empty());
}

BOOST_AUTO_TEST_CASE(a_throwing_native_rule_is_an_error_not_a_crash) {
    auto s = session();
    parity::answers::loadAnswers(s, {{"explode", true}});
    const auto issues = s.issues();
    BOOST_TEST_REQUIRE(issues.size() == 1u);
    BOOST_TEST(issues[0].ruleId == "fixture.broken");
    BOOST_TEST(issues[0].isError());
    BOOST_TEST(issues[0].message == "The check “fixture-native.broken” could not run: rule table is missing. Ask "
                                    "your administrator.");
}

BOOST_AUTO_TEST_CASE(unknown_native_rule_is_a_definition_error) {
    const std::string xml = R"(<form id="fixture-native.other" version="1.0.0" kind="check" jurisdiction="fixture-native" languages="en">
  <title lang="en">Other</title>
  <section id="s">
    <label lang="en">S</label>
    <field id="a" type="text"><label lang="en">A</label></field>
  </section>
  <rules>
    <rule id="x.y" native="fixture-native.no-such-rule" fields="a"/>
  </rules>
</form>)";
    const auto problems = parity::lintForms({{"other.xml", xml}}, host);
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0].toString() == "other.xml:8:20: unknown native rule 'fixture-native.no-such-rule' in rule "
                                         "'x.y' (no loaded plugin registers it)");
}

BOOST_AUTO_TEST_SUITE_END()
