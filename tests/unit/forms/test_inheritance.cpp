// A state form on top of a national core form (docs/form-language.md, "Inheritance"):
// it inherits everything, adds fields and rules, replaces labels and choices, and may
// only tighten what the core form requires.
#include "catalog/form_catalog.h"
#include "forms/form_loader.h"
#include "forms/form_resolver.h"
#include "plugins/plugin_host.h"
#include "rules/compiled_form.h"
#include "rules/form_session.h"
#include "time/temporal.h"

#include <boost/test/unit_test.hpp>

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace {

using parity::forms::Diagnostics;
using parity::forms::FormDefinition;
using parity::rules::FormSession;

const char* const kStateConsent = R"xml(<form id="testland.consent" version="1.2.0" kind="consent" jurisdiction="testland"
      languages="en es" extends="core.consent">
  <title lang="en">Testland consent to peer support</title>
  <title lang="es">Consentimiento de Testland</title>

  <section id="client">
    <field id="county" type="text" required="true" max-length="80">
      <label lang="en">County of residence</label>
      <label lang="es">Condado de residencia</label>
    </field>
  </section>

  <section id="school">
    <label lang="en">School</label>
    <label lang="es">Escuela</label>
    <field id="school_name" type="text" relevant="age(client_dob) &lt; 18">
      <label lang="en">School</label>
      <label lang="es">Escuela</label>
    </field>
  </section>

  <modify field="client_dob" required="true" min="1900-01-01">
    <label lang="en">Date of birth (required in Testland)</label>
  </modify>
  <modify field="client_name" max-length="120"/>
  <modify field="client_id" pattern="C-[0-9]{5}"/>
  <modify field="signed_by" required="age(client_dob) &gt;= 18"/>
  <modify field="roi_use">
    <choices>
      <choice value="treatment_payment_operations">
        <label lang="en">Treatment, payment and operations</label>
        <label lang="es">Tratamiento, pago y operaciones</label>
      </choice>
      <choice value="court">
        <label lang="en">A court case</label>
        <label lang="es">Un caso judicial</label>
      </choice>
    </choices>
  </modify>

  <rules>
    <rule id="testland.guardian-under-21" field="guardian_name" severity="error"
          when="age(client_dob) &gt;= 0 and age(client_dob) &lt; 21"
          assert="string-length(normalize-space(guardian_name)) &gt; 0">
      <message lang="en">In Testland a guardian signs for anyone under 21.</message>
      <message lang="es">En Testland firma un tutor por cualquier persona menor de 21 años.</message>
    </rule>
  </rules>
</form>
)xml";

const char* const kStateAbuseReport = R"xml(<form id="testland.abuse-report" version="1.0.0" kind="abuse-report" jurisdiction="testland"
      languages="en es" extends="core.abuse-report">
  <title lang="en">Testland mandated report</title>
  <title lang="es">Reporte obligatorio de Testland</title>
  <modify field="subject_age" min="0" max="120"/>
  <modify field="delay_reason" required="hours_between(suspected_at, agency_reported_at) &gt; 12"/>
  <modify field="agency">
    <label lang="en">Testland agency you reported to</label>
    <label lang="es">Agencia de Testland a la que reportó</label>
    <choices>
      <choice value="tl-hotline"><label lang="en">Testland Hotline</label><label lang="es">Línea de Testland</label></choice>
      <choice value="tl-aps"><label lang="en">Testland APS</label><label lang="es">APS de Testland</label></choice>
    </choices>
  </modify>
</form>
)xml";

FormDefinition loadCore(const std::string& id) {
    for (const parity::FormSource& source : parity::coreFormSourceList()) {
        Diagnostics diagnostics;
        auto definition = parity::forms::loadFormDefinition(source.xml, source.fileName, diagnostics);
        if (definition && definition->id == id) {
            BOOST_TEST_REQUIRE(diagnostics.empty(), diagnostics.toString());
            return *definition;
        }
    }
    BOOST_FAIL("no core form " + id);
    return {};
}

FormDefinition resolve(const std::string& stateXml) {
    Diagnostics diagnostics;
    auto state = parity::forms::loadFormDefinition(stateXml, "testland.xml", diagnostics);
    BOOST_TEST_REQUIRE(diagnostics.empty(), diagnostics.toString());
    FormDefinition resolved = parity::forms::resolveExtends(*state, loadCore(state->extends), diagnostics);
    BOOST_TEST_REQUIRE(diagnostics.empty(), diagnostics.toString());
    return resolved;
}

std::shared_ptr<const parity::rules::CompiledForm> compile(const std::string& stateXml) {
    Diagnostics diagnostics;
    auto form = parity::rules::CompiledForm::compile(resolve(stateXml), {}, diagnostics);
    BOOST_TEST_REQUIRE(bool(form), diagnostics.toString());
    return form;
}

parity::rules::EvaluationEnvironment fixedClock() {
    auto now = parity::parseIsoDateTime("2026-11-01T12:00:00-06:00", *date::locate_zone("UTC"));
    return parity::rules::EvaluationEnvironment::at(*now, "America/Chicago");
}

/// A consent record that the core form accepts as it is.
void fillValidCoreConsent(FormSession& s) {
    for (const auto& [field, value] : std::vector<std::pair<std::string, std::string>>{
             {"client_id", "C-20431"}, {"client_name", "María Ejemplo"}, {"client_dob", "1988-07-14"},
             {"services_explained", "true"}, {"voluntary_acknowledged", "true"},
             {"confidentiality_limits_explained", "true"}, {"mandated_reporter_notice_given", "true"},
             {"release_of_information", "false"}, {"signed_by", "María Ejemplo"},
             {"signed_at", "2026-10-30T14:20"}, {"staff_name", "Robin Testwell"}})
        s.assignValue(field, value);
}

std::vector<std::string> ruleIds(const std::vector<parity::rules::ValidationIssue>& issues) {
    std::vector<std::string> out;
    for (const auto& i : issues)
        out.push_back(i.fieldId + ": " + i.ruleId);
    return out;
}

using Lines = std::vector<std::string>;

} // namespace

BOOST_AUTO_TEST_SUITE(Inheritance)

BOOST_AUTO_TEST_CASE(state_form_lints_clean_against_the_built_in_core_forms) {
    const parity::PluginHost noPlugins;
    const auto problems = parity::lintForms({{"consent.xml", kStateConsent}, {"abuse-report.xml", kStateAbuseReport}},
                                            noPlugins);
    std::string text;
    for (const auto& p : problems)
        text += p.toString() + "\n";
    BOOST_TEST(problems.empty(), text);
}

BOOST_AUTO_TEST_CASE(resolved_form_has_every_core_field_defined_by_the_core) {
    const FormDefinition core = loadCore("core.consent");
    const FormDefinition form = resolve(kStateConsent);
    BOOST_TEST(form.id == "testland.consent");
    BOOST_TEST(form.version == "1.2.0");
    BOOST_TEST(form.extends == "core.consent");
    BOOST_TEST(form.title.at("en") == "Testland consent to peer support");
    BOOST_TEST(form.fields.size() == core.fields.size() + 2);
    for (const auto& coreField : core.fields) {
        BOOST_TEST_CONTEXT(coreField.id) {
            const auto* field = form.field(coreField.id);
            BOOST_TEST_REQUIRE(field);
            BOOST_TEST(field->definedBy == "core.consent");
            BOOST_TEST(field->sectionId == coreField.sectionId);
            BOOST_TEST(field->constraints.size() == coreField.constraints.size());
        }
    }
    BOOST_TEST(form.field("county")->definedBy == "testland.consent");
    BOOST_TEST(form.field("school_name")->definedBy == "testland.consent");
    BOOST_TEST(form.notes.size() == core.notes.size());
}

BOOST_AUTO_TEST_CASE(state_sections_join_the_core_section_of_the_same_id_or_are_appended) {
    const FormDefinition form = resolve(kStateConsent);
    std::vector<std::string> sections;
    for (const auto& s : form.sections)
        sections.push_back(s.id);
    BOOST_TEST(sections == (Lines{"client", "about_support", "confidentiality", "release", "release_details",
                                  "guardian", "signatures", "school"}),
               boost::test_tools::per_element());
    std::vector<std::string> client;
    for (const auto& item : form.section("client")->items)
        client.push_back(item.id);
    BOOST_TEST(client == (Lines{"client_id", "client_name", "client_dob", "county"}), boost::test_tools::per_element());
    BOOST_TEST(form.section("client")->label.at("en") == "The person receiving support");   // kept from the core
}

BOOST_AUTO_TEST_CASE(a_new_state_section_with_after_follows_that_core_section_in_the_state_order) {
    // Two sections after "guardian" (before the signatures), in the state form's order, and
    // one without `after`, appended at the end as before.
    const std::string xml = R"xml(<form id="testland.consent" version="1.0.0" kind="consent" jurisdiction="testland"
      languages="en es" extends="core.consent">
  <title lang="en">Testland consent</title>
  <title lang="es">Consentimiento de Testland</title>
  <section id="testland_minor" after="guardian">
    <label lang="en">Minors</label><label lang="es">Menores</label>
    <field id="minor_note" type="text"><label lang="en">Note</label><label lang="es">Nota</label></field>
  </section>
  <section id="testland_last">
    <label lang="en">Last</label><label lang="es">Final</label>
    <field id="last_note" type="text"><label lang="en">Note</label><label lang="es">Nota</label></field>
  </section>
  <section id="testland_revocation" after="guardian">
    <label lang="en">Revocation</label><label lang="es">Revocación</label>
    <field id="revocation_note" type="text"><label lang="en">Note</label><label lang="es">Nota</label></field>
  </section>
  <section id="testland_first" after="client">
    <label lang="en">First</label><label lang="es">Primero</label>
    <field id="first_note" type="text"><label lang="en">Note</label><label lang="es">Nota</label></field>
  </section>
</form>)xml";
    const FormDefinition form = resolve(xml);
    std::vector<std::string> sections;
    for (const auto& s : form.sections)
        sections.push_back(s.id);
    BOOST_TEST(sections == (Lines{"client", "testland_first", "about_support", "confidentiality", "release",
                                  "release_details", "guardian", "testland_minor", "testland_revocation",
                                  "signatures", "testland_last"}),
               boost::test_tools::per_element());
    // The form editor lays fields out section by section: the state's fields show in that order.
    std::vector<std::string> order;
    for (const auto& section : form.sections)
        for (const auto& item : section.items)
            if (const auto* field = form.field(item.id); field && field->definedBy == "testland.consent")
                order.push_back(item.id);
    BOOST_TEST(order == (Lines{"first_note", "minor_note", "revocation_note", "last_note"}),
               boost::test_tools::per_element());
    BOOST_TEST(bool(compile(xml)));   // and it compiles
}

BOOST_AUTO_TEST_CASE(rules_are_inherited_and_added_with_their_origin) {
    const FormDefinition form = resolve(kStateConsent);
    BOOST_TEST_REQUIRE(form.rules.size() == 2u);
    BOOST_TEST(form.rules[0].id == "consent.minor-guardian");
    BOOST_TEST(form.rules[0].definedBy == "core.consent");
    BOOST_TEST(form.rules[1].id == "testland.guardian-under-21");
    BOOST_TEST(form.rules[1].definedBy == "testland.consent");
}

BOOST_AUTO_TEST_CASE(modify_replaces_labels_per_language_and_the_choice_list) {
    const FormDefinition form = resolve(kStateConsent);
    const auto* dob = form.field("client_dob");
    BOOST_TEST(dob->label.at("en") == "Date of birth (required in Testland)");
    BOOST_TEST(dob->label.at("es") == "Fecha de nacimiento");   // not given: the core's stays
    BOOST_TEST(dob->hint.at("en") == "As the person gives it.");
    const auto* use = form.field("roi_use");
    BOOST_TEST_REQUIRE(use->choices.size() == 2u);
    BOOST_TEST(use->choices[0].value == "treatment_payment_operations");
    BOOST_TEST(use->choices[1].value == "court");
    BOOST_TEST(use->choices[1].label.at("es") == "Un caso judicial");
}

BOOST_AUTO_TEST_CASE(modify_tightens_required_min_max_length_and_pattern) {
    const FormDefinition form = resolve(kStateConsent);
    BOOST_TEST(form.field("client_dob")->required.text == "true");
    BOOST_TEST(form.field("client_dob")->min.text == "1900-01-01");
    BOOST_TEST(form.field("client_dob")->max.text == "today");   // the core's max stays
    BOOST_TEST(*form.field("client_name")->maxLength == 120);
    BOOST_TEST(form.field("client_id")->pattern.text == "C-[0-9]{5}");
    BOOST_TEST(*form.field("client_id")->maxLength == 64);
    // Both conditional: required when either the core's or the state's condition holds.
    BOOST_TEST(form.field("signed_by")->required.text ==
               "(string-length(normalize-space(guardian_signature)) = 0) or (age(client_dob) >= 18)");
}

BOOST_AUTO_TEST_CASE(a_valid_core_record_meets_the_tightened_state_form_or_says_why_not) {
    const auto form = compile(kStateConsent);
    FormSession s(form, fixedClock());
    fillValidCoreConsent(s);
    s.assignValue("county", "Maple");
    s.validateAll();
    BOOST_TEST(s.issues().empty(), "a valid core record with the state's added field is valid");

    s.setValue("client_dob", "");   // optional in the core, required here
    BOOST_TEST(ruleIds(s.issues()) == Lines{"client_dob: required"}, boost::test_tools::per_element());
    s.setValue("client_dob", "1899-12-31");   // also over the core's 120 years
    BOOST_TEST(ruleIds(s.issues()) == (Lines{"client_dob: min", "client_dob: consent.dob-plausible"}),
               boost::test_tools::per_element());
    s.setValue("client_dob", "2026-11-02");   // the core's max still applies
    BOOST_TEST(ruleIds(s.issues()) == Lines{"client_dob: max"}, boost::test_tools::per_element());
    s.setValue("client_dob", "1988-07-14");

    s.setValue("client_name", std::string(121, 'n'));
    BOOST_TEST(s.issuesFor("client_name").size() == 1u);
    BOOST_TEST(s.issuesFor("client_name")[0].message == "“Full name” is too long: 121 characters, at most 120.");
    s.setValue("client_name", "María Ejemplo");

    s.setValue("client_id", "20431");
    BOOST_TEST(ruleIds(s.issues()) == Lines{"client_id: pattern"}, boost::test_tools::per_element());
    s.setValue("client_id", "C-20431");

    s.setValue("county", "");
    BOOST_TEST(ruleIds(s.issues()) == Lines{"county: required"}, boost::test_tools::per_element());
    s.setValue("county", "Maple");

    s.setValue("release_of_information", "true");
    s.setValue("roi_use", "other");   // a core choice the state list replaced
    BOOST_TEST(s.issuesFor("roi_use").size() == 1u);
    BOOST_TEST(s.issuesFor("roi_use")[0].ruleId == "choice");
}

BOOST_AUTO_TEST_CASE(core_constraints_and_rules_still_apply_and_the_state_rule_is_added) {
    const auto form = compile(kStateConsent);
    FormSession s(form, fixedClock());
    fillValidCoreConsent(s);
    s.assignValue("county", "Maple");
    s.assignValue("services_explained", "false");   // a core constraint
    s.assignValue("client_dob", "2006-01-15");      // 20: an adult for the core, a minor for Testland
    s.validateAll();
    BOOST_TEST(ruleIds(s.issues()) == (Lines{"services_explained: consent.services-explained",
                                             "guardian_name: testland.guardian-under-21"}),
               boost::test_tools::per_element());
    s.setValue("client_dob", "2010-01-15");   // 16: the core rule (a warning) joins in
    BOOST_TEST(ruleIds(s.issues()) == (Lines{"services_explained: consent.services-explained",
                                             "guardian_name: consent.minor-guardian",
                                             "guardian_name: testland.guardian-under-21"}),
               boost::test_tools::per_element());
    BOOST_TEST(s.isRelevant("school_name"));
}

BOOST_AUTO_TEST_CASE(combined_condition_requires_the_signature_when_either_condition_holds) {
    const auto form = compile(kStateConsent);
    FormSession s(form, fixedClock());
    fillValidCoreConsent(s);
    s.assignValue("county", "Maple");
    s.assignValue("guardian_name", "Ana Ejemplo");
    s.assignValue("guardian_signature", "Ana Ejemplo");
    s.assignValue("signed_by", "");
    s.validateAll();
    // An adult: Testland wants the person's own signature even with a guardian's.
    BOOST_TEST(s.isRequired("signed_by"));
    BOOST_TEST(ruleIds(s.issues()) == Lines{"signed_by: required"}, boost::test_tools::per_element());
    s.setValue("client_dob", "2012-05-01");   // a minor with a guardian signing: neither condition holds
    BOOST_TEST(!s.isRequired("signed_by"));
    BOOST_TEST(s.issuesFor("signed_by").empty());
}

BOOST_AUTO_TEST_CASE(abuse_report_state_form_narrows_age_and_replaces_the_agency_list) {
    const auto form = compile(kStateAbuseReport);
    const auto& definition = form->definition();
    BOOST_TEST(definition.field("subject_age")->max.text == "120");
    BOOST_TEST(definition.field("subject_age")->definedBy == "core.abuse-report");
    BOOST_TEST(definition.field("agency")->label.at("en") == "Testland agency you reported to");
    BOOST_TEST(definition.rules.size() == loadCore("core.abuse-report").rules.size());
    BOOST_TEST(form->repeatIndex("additional_reports") >= 0);

    FormSession s(form, fixedClock());
    s.setValue("subject_age", "125");
    BOOST_TEST(ruleIds(s.issuesFor("subject_age")) == Lines{"subject_age: max"}, boost::test_tools::per_element());
    s.setValue("agency", "child_protective_services");
    BOOST_TEST(ruleIds(s.issuesFor("agency")) == Lines{"agency: choice"}, boost::test_tools::per_element());
    s.setValue("agency", "tl-hotline");
    BOOST_TEST(s.issuesFor("agency").empty());

    // 14 hours late: fine for the core (24), but Testland wants a reason after 12.
    s.setValue("suspected_at", "2026-10-05T08:00");
    s.setValue("agency_reported_at", "2026-10-05T22:00");
    BOOST_TEST(s.isRequired("delay_reason"));
    BOOST_TEST(ruleIds(s.issuesFor("delay_reason")) == Lines{"delay_reason: required"}, boost::test_tools::per_element());
    s.setValue("agency_reported_at", "2026-10-05T19:00");
    BOOST_TEST(!s.isRequired("delay_reason"));
    BOOST_TEST(s.issuesFor("delay_reason").empty());
}

// A state whose law lets 14-year-olds consent for themselves replaces the core warning
// ("most states want a guardian under 18") by its own rule (supersedes="...").
const char* const kSupersedingConsent = R"xml(<form id="testland.consent" version="1.0.0" kind="consent" jurisdiction="testland"
      languages="en es" extends="core.consent">
  <title lang="en">Testland consent</title>
  <title lang="es">Consentimiento de Testland</title>
  <rules>
    <rule id="testland.custodian-under-14" field="guardian_name" severity="error" supersedes="consent.minor-guardian"
          when="age(client_dob) &gt;= 0 and age(client_dob) &lt; 14"
          assert="string-length(normalize-space(guardian_name)) &gt; 0">
      <message lang="en">In Testland the custodian signs for a child under 14.</message>
      <message lang="es">En Testland firma el custodio por un menor de 14 años.</message>
    </rule>
  </rules>
</form>
)xml";

BOOST_AUTO_TEST_CASE(a_state_rule_supersedes_a_core_warning_on_both_sides_of_its_own_age) {
    const auto form = compile(kSupersedingConsent);
    std::vector<std::string> rules;
    for (const auto& r : form->definition().rules)
        rules.push_back(r.definedBy + ": " + r.id);
    BOOST_TEST(rules == Lines{"testland.consent: testland.custodian-under-14"}, boost::test_tools::per_element());

    FormSession s(form, fixedClock());
    fillValidCoreConsent(s);
    s.assignValue("client_dob", "2011-06-01");   // 15: signs alone in Testland; no core warning
    s.validateAll();
    BOOST_TEST(s.issues().empty(), ruleIds(s.issues()).size());
    s.setValue("client_dob", "2013-06-01");      // 13: the state's error, not the core's warning
    BOOST_TEST(ruleIds(s.issues()) == Lines{"guardian_name: testland.custodian-under-14"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
