// A plugin with native rules and forms that call them, plus one malformed form:
// the forms and rules go through the real plugin boundary in the tests.
#define FIXTURE_ID "fixture-native"
#include <parity/plugin.h>

#include <stdexcept>

namespace {

const char* kCheckForm = R"(<?xml version="1.0" encoding="UTF-8"?>
<form id="fixture-native.check" version="1.0.0" kind="check" jurisdiction="fixture-native" languages="en es">
  <title lang="en">Routing check</title>
  <title lang="es">Comprobación</title>
  <section id="person">
    <label lang="en">Person</label>
    <label lang="es">Persona</label>
    <field id="age" type="integer">
      <label lang="en">Age</label>
      <label lang="es">Edad</label>
    </field>
    <field id="category" type="select1">
      <label lang="en">Category</label>
      <label lang="es">Categoría</label>
      <choices>
        <choice value="child"><label lang="en">Child</label><label lang="es">Niño</label></choice>
        <choice value="adult"><label lang="en">Adult</label><label lang="es">Adulto</label></choice>
      </choices>
    </field>
    <field id="agency" type="select1">
      <label lang="en">Agency</label>
      <label lang="es">Agencia</label>
      <choices source="agencies"/>
    </field>
    <field id="explode" type="boolean">
      <label lang="en">Break the rule</label>
      <label lang="es">Romper la regla</label>
    </field>
  </section>
  <rules>
    <rule id="fixture.routing" native="fixture-native.child-needs-hotline" fields="age category agency"/>
    <rule id="fixture.broken" native="fixture-native.broken" fields="explode"/>
  </rules>
</form>
)";

const char* kBrokenForm = "<form id=\"fixture-native.broken\" version=\"1.0.0\">\n  <section>\n</form>\n";

} // namespace

std::vector<parity::EmbeddedForm> parity::detail::embeddedForms() {
    return {{"check.xml", kCheckForm}, {"broken.xml", kBrokenForm}};
}

class NativeRulesFixture : public parity::Jurisdiction {
public:
    parity::JurisdictionIdentity identity() const override {
        return {FIXTURE_ID, "Fixture with native rules", "0.0.1", "ZZ", "America/Denver"};
    }
    std::vector<parity::ReportingAgency> agencies() const override {
        return {{"zz-hotline", "Fixture child hotline", "555-0100", "", "", "", "Fixture Code 1", "Children"},
                {"zz-aps", "Fixture adult services", "555-0101", "", "", "", "Fixture Code 2", "Adults"}};
    }
    std::vector<parity::NativeRule> nativeRules() const override {
        return {
            {"fixture-native.child-needs-hotline", "A child's report goes to the hotline",
             [](const parity::AnswerSnapshot& a) {
                 std::vector<parity::RuleFinding> findings;
                 if (a.value("category") == "child" && a.value("agency") != "zz-hotline")
                     findings.push_back({"agency", "", false,
                                         a.language == "es" ? "Un niño se reporta a la línea directa."
                                                            : "A child is reported to the hotline."});
                 if (!a.value("age").empty() && std::stoi(a.value("age")) >= 18 && a.value("category") == "child")
                     findings.push_back({"age", "fixture.age-vs-category", true, "Age " + a.value("age") +
                                                                                    " is not a child's age."});
                 return findings;
             }},
            {"fixture-native.broken", "Throws when asked to",
             [](const parity::AnswerSnapshot& a) -> std::vector<parity::RuleFinding> {
                 if (a.value("explode") == "true")
                     throw std::runtime_error("rule table is missing");
                 return {};
             }},
        };
    }
};

PARITY_PLUGIN(NativeRulesFixture)
