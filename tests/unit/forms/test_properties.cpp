// Field properties at run time: required, relevant (field and section), readonly,
// calculate, default, constraints with {value}/{label}, and severities
// (docs/form-language.md, "Properties" and "Form rules").
#include "common/error.h"
#include "forms/form_loader.h"
#include "rules/compiled_form.h"
#include "rules/form_session.h"
#include "time/temporal.h"

#include <boost/test/unit_test.hpp>

#include <memory>
#include <string>
#include <vector>

namespace {

using parity::rules::FormSession;
using parity::rules::ValidationIssue;

const char* const kPropertiesForm = R"xml(<form id="test.properties" version="1.0.0" kind="properties" jurisdiction="testland" languages="en es">
  <title lang="en">Properties</title>
  <title lang="es">Propiedades</title>
  <section id="person">
    <label lang="en">The person</label>
    <label lang="es">La persona</label>
    <field id="client_id" type="text" required="true">
      <label lang="en">Client ID</label><label lang="es">Número de cliente</label>
    </field>
    <field id="client_age" type="integer" min="0" max="130">
      <label lang="en">Age</label><label lang="es">Edad</label>
    </field>
    <field id="guardian_name" type="text" required="string-length(client_age) &gt; 0 and client_age &lt; 18">
      <label lang="en">Guardian</label><label lang="es">Tutor</label>
    </field>
    <field id="reason" type="select1" required="true">
      <label lang="en">Reason</label><label lang="es">Motivo</label>
      <choices>
        <choice value="routine"><label lang="en">Routine</label><label lang="es">Rutina</label></choice>
        <choice value="other"><label lang="en">Other</label><label lang="es">Otro</label></choice>
      </choices>
    </field>
    <field id="reason_other" type="text" required="true" relevant="reason = 'other'" max-length="10">
      <label lang="en">Other reason</label><label lang="es">Otro motivo</label>
    </field>
    <field id="record_no" type="text" readonly="true" default="R-0001">
      <label lang="en">Record number</label><label lang="es">Número de registro</label>
    </field>
    <field id="nickname" type="text">
      <label lang="en">Nickname</label><label lang="es">Apodo</label>
      <constraint id="props.nickname-length" assert="string-length(nickname) &gt;= 3">
        <message lang="en">“{label}” is too short: “{value}”.</message>
        <message lang="es">«{label}» es demasiado corto: «{value}».</message>
      </constraint>
    </field>
    <field id="weight_kg" type="decimal">
      <label lang="en">Weight</label><label lang="es">Peso</label>
      <constraint id="props.weight-unusual" severity="warning" assert="weight_kg &lt; 300">
        <message lang="en">Check the weight: {value} kg is unusual.</message>
        <message lang="es">Revise el peso: {value} kg es poco habitual.</message>
      </constraint>
    </field>
    <field id="release_wanted" type="boolean">
      <label lang="en">Release wanted</label><label lang="es">Quiere autorizar</label>
    </field>
  </section>
  <section id="release" relevant="release_wanted = 'true'">
    <label lang="en">Release</label>
    <label lang="es">Autorización</label>
    <field id="roi_recipient" type="text" required="true">
      <label lang="en">Recipient</label><label lang="es">Destinatario</label>
    </field>
    <field id="roi_expires" type="date">
      <label lang="en">Expires</label><label lang="es">Vence</label>
    </field>
  </section>
  <section id="defaults">
    <label lang="en">Defaults</label>
    <label lang="es">Valores iniciales</label>
    <field id="visit_day" type="date" default="today">
      <label lang="en">Day</label><label lang="es">Día</label>
    </field>
    <field id="visit_at" type="datetime" default="now">
      <label lang="en">Time</label><label lang="es">Hora</label>
    </field>
    <field id="urgency" type="select1" default="urgent">
      <label lang="en">Urgency</label><label lang="es">Urgencia</label>
      <choices>
        <choice value="routine"><label lang="en">Routine</label><label lang="es">Rutina</label></choice>
        <choice value="urgent"><label lang="en">Urgent</label><label lang="es">Urgente</label></choice>
      </choices>
    </field>
    <field id="consented" type="boolean" default="false">
      <label lang="en">Consented</label><label lang="es">Consintió</label>
    </field>
    <field id="sessions" type="integer" default="1">
      <label lang="en">Sessions</label><label lang="es">Sesiones</label>
    </field>
  </section>
  <rules>
    <rule id="props.guardian-for-minor" field="client_age" severity="warning"
          when="client_age &lt; 18" assert="string-length(guardian_name) &gt; 0">
      <message lang="en">The person is {value} ({label}): a guardian should sign.</message>
      <message lang="es">La persona tiene {value} ({label}): debería firmar un tutor.</message>
    </rule>
  </rules>
</form>
)xml";

const char* const kCostsForm = R"xml(<form id="test.costs" version="1.0.0" kind="costs" jurisdiction="testland" languages="en">
  <title lang="en">Costs</title>
  <section id="costs">
    <label lang="en">Costs</label>
    <field id="price" type="decimal">
      <label lang="en">Price</label>
    </field>
    <field id="quantity" type="integer">
      <label lang="en">Quantity</label>
    </field>
    <field id="total_label" type="text" calculate="concat('Total: ', total)">
      <label lang="en">Total label</label>
    </field>
    <field id="total" type="decimal" calculate="round(subtotal * 1.1 * 100) div 100">
      <label lang="en">Total with tax</label>
      <constraint id="costs.total-limit" assert="total &lt;= 100">
        <message lang="en">The total {value} is over the limit of 100.</message>
      </constraint>
    </field>
    <field id="subtotal" type="decimal" calculate="price * quantity">
      <label lang="en">Subtotal</label>
    </field>
  </section>
</form>
)xml";

const char* const kHouseholdForm = R"xml(<form id="test.household" version="1.0.0" kind="household" jurisdiction="testland" languages="en">
  <title lang="en">Household</title>
  <section id="main">
    <label lang="en">Main</label>
    <field id="has_household" type="boolean">
      <label lang="en">Lives with others</label>
    </field>
  </section>
  <section id="household" relevant="has_household = 'true'">
    <label lang="en">Household</label>
    <repeat id="members" min="1" max="3">
      <label lang="en">Household members</label>
      <field id="member_name" type="text" required="true">
        <label lang="en">Name</label>
      </field>
    </repeat>
  </section>
</form>
)xml";

const char* const kDatetimeTodayForm = R"xml(<form id="test.opened" version="1.0.0" kind="opened" jurisdiction="testland" languages="en">
  <title lang="en">Opened</title>
  <section id="main">
    <label lang="en">Main</label>
    <field id="opened_at" type="datetime" default="today">
      <label lang="en">Opened at</label>
    </field>
  </section>
</form>
)xml";

std::shared_ptr<const parity::rules::CompiledForm> compileForm(const std::string& xml) {
    parity::forms::Diagnostics diagnostics;
    auto definition = parity::forms::loadFormDefinition(xml, "inline.xml", diagnostics);
    BOOST_TEST_REQUIRE(diagnostics.empty(), diagnostics.toString());
    auto form = parity::rules::CompiledForm::compile(*definition, {}, diagnostics);
    BOOST_TEST_REQUIRE(bool(form), diagnostics.toString());
    return form;
}

parity::Seconds instant(const std::string& iso) {
    auto t = parity::parseIsoDateTime(iso, *date::locate_zone("UTC"));
    BOOST_TEST_REQUIRE(bool(t), iso);
    return *t;
}

/// 2026-11-01 04:30 UTC: still 2026-10-31 23:30 (CDT) in Chicago.
parity::rules::EvaluationEnvironment fixedClock() {
    return parity::rules::EvaluationEnvironment::at(instant("2026-11-01T04:30:00Z"), "America/Chicago");
}

/// "field: rule: severity: message" per issue.
std::vector<std::string> describe(const std::vector<ValidationIssue>& issues) {
    std::vector<std::string> out;
    for (const ValidationIssue& i : issues)
        out.push_back(i.fieldId + ": " + i.ruleId + ": " + (i.isError() ? "error" : "warning") + ": " + i.message);
    return out;
}

using Lines = std::vector<std::string>;

struct PropertiesFixture {
    std::shared_ptr<const parity::rules::CompiledForm> form = compileForm(kPropertiesForm);
    FormSession session{form, fixedClock()};

    /// Fills the always-required fields so that other issues stand alone.
    void fillRequired() {
        session.setValue("client_id", "C-1");
        session.setValue("reason", "routine");
    }
    Lines issuesOf(const std::string& field) const { return describe(session.issuesFor(field)); }
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(FieldProperties, PropertiesFixture)

BOOST_AUTO_TEST_CASE(required_true_needs_a_value) {
    session.validateAll();
    BOOST_TEST(describe(session.issues()) ==
                   (Lines{"client_id: required: error: “Client ID” is required.",
                          "reason: required: error: “Reason” is required."}),
               boost::test_tools::per_element());
    BOOST_TEST(session.isRequired("client_id"));
    session.setValue("client_id", "   ");   // blanks are no value
    BOOST_TEST(issuesOf("client_id") == Lines{"client_id: required: error: “Client ID” is required."},
               boost::test_tools::per_element());
    session.setValue("client_id", "C-1");
    BOOST_TEST(issuesOf("client_id").empty());
}

BOOST_AUTO_TEST_CASE(required_expression_applies_only_while_it_is_true) {
    fillRequired();
    session.setValue("client_age", "30");
    BOOST_TEST(!session.isRequired("guardian_name"));
    BOOST_TEST(issuesOf("guardian_name").empty());
    session.setValue("client_age", "12");
    BOOST_TEST(session.isRequired("guardian_name"));
    BOOST_TEST(issuesOf("guardian_name") == Lines{"guardian_name: required: error: “Guardian” is required."},
               boost::test_tools::per_element());
    session.setValue("guardian_name", "Ana");
    BOOST_TEST(issuesOf("guardian_name").empty());
    session.setValue("guardian_name", "");
    session.setValue("client_age", "");   // the condition no longer holds
    BOOST_TEST(!session.isRequired("guardian_name"));
    BOOST_TEST(issuesOf("guardian_name").empty());
}

BOOST_AUTO_TEST_CASE(non_relevant_field_is_neither_required_nor_validated_nor_stored) {
    fillRequired();
    session.setValue("reason", "other");
    BOOST_TEST(session.isRelevant("reason_other"));
    BOOST_TEST(issuesOf("reason_other") == Lines{"reason_other: required: error: “Other reason” is required."},
               boost::test_tools::per_element());
    session.setValue("reason_other", "far too long for ten");
    BOOST_TEST(issuesOf("reason_other") ==
                   Lines{"reason_other: max-length: error: “Other reason” is too long: 20 characters, at most 10."},
               boost::test_tools::per_element());
    BOOST_TEST(session.answersToStore().contains("reason_other"));

    session.setValue("reason", "routine");
    BOOST_TEST(!session.isRelevant("reason_other"));
    BOOST_TEST(issuesOf("reason_other").empty());
    BOOST_TEST(!session.hasErrors());
    const auto stored = session.answersToStore();
    BOOST_TEST(!stored.contains("reason_other"));
    BOOST_TEST(stored.dump() == R"({"client_id":"C-1","reason":"routine"})");
    // The clerk's text is kept while hidden, and counts again when the field comes back.
    BOOST_TEST(session.value("reason_other") == "far too long for ten");
    session.setValue("reason", "other");
    BOOST_TEST(issuesOf("reason_other").size() == 1u);
}

BOOST_AUTO_TEST_CASE(section_relevance_applies_to_every_field_in_the_section) {
    fillRequired();
    session.setValue("roi_expires", "someday");
    BOOST_TEST(!session.isRelevant("roi_recipient"));
    BOOST_TEST(!session.isRelevant("roi_expires"));
    BOOST_TEST(issuesOf("roi_recipient").empty());
    BOOST_TEST(issuesOf("roi_expires").empty());
    BOOST_TEST(!session.answersToStore().contains("roi_expires"));

    session.setValue("release_wanted", "true");
    BOOST_TEST(session.isRelevant("roi_recipient"));
    BOOST_TEST(issuesOf("roi_recipient") == Lines{"roi_recipient: required: error: “Recipient” is required."},
               boost::test_tools::per_element());
    BOOST_TEST(issuesOf("roi_expires") ==
                   Lines{"roi_expires: type: error: “Expires” must be a date such as 2026-03-14 (you entered “someday”)."},
               boost::test_tools::per_element());

    session.setValue("release_wanted", "false");
    BOOST_TEST(issuesOf("roi_recipient").empty());
    BOOST_TEST(issuesOf("roi_expires").empty());
    BOOST_TEST(!session.hasErrors());
}

BOOST_AUTO_TEST_CASE(section_relevance_hides_a_repeat_group_its_count_and_its_items) {
    FormSession household(compileForm(kHouseholdForm), fixedClock());
    household.assignValue("has_household", "false");
    household.validateAll();
    // A hidden group is not counted: no "needs at least 1" for a section the clerk cannot see.
    BOOST_TEST(describe(household.issues()) == Lines{}, boost::test_tools::per_element());

    household.setItemCount("members", 1, false);
    household.setItemValue("members", 0, "member_name", "Ana", false);
    household.validateAll();
    BOOST_TEST(household.issues().empty());
    // Nor is it stored: not even as a list of empty items.
    BOOST_TEST(household.answersToStore().dump() == R"({"has_household":false})");

    household.setValue("has_household", "true");
    household.validateAll();
    BOOST_TEST(household.issues().empty());
    BOOST_TEST(household.answersToStore().dump() == R"({"has_household":true,"members":[{"member_name":"Ana"}]})");
    household.setItemCount("members", 0);
    household.validateAll();
    BOOST_TEST(describe(household.issues()) ==
                   Lines{"members: repeat-count: error: “Household members” needs at least 1 entry (it has 0)."},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(readonly_is_read_from_the_definition) {
    const auto& definition = form->definition();
    BOOST_TEST(definition.field("record_no")->readonly);
    BOOST_TEST(!definition.field("nickname")->readonly);
    // A read-only field is shown with its value (here its default) and still stored.
    session.applyDefaults();
    BOOST_TEST(session.value("record_no") == "R-0001");
    BOOST_TEST(session.answersToStore().at("record_no") == "R-0001");
}

BOOST_AUTO_TEST_CASE(defaults_fill_a_new_record_with_today_and_now_from_the_clock) {
    session.applyDefaults();
    BOOST_TEST(session.value("visit_day") == "2026-10-31");   // Chicago's date, not UTC's
    BOOST_TEST(session.value("visit_at") == "2026-10-31T23:30:00-05:00");
    BOOST_TEST(session.value("urgency") == "urgent");
    BOOST_TEST(session.value("consented") == "false");
    BOOST_TEST(session.value("sessions") == "1");
    BOOST_TEST(session.value("client_id") == "");   // no default: stays empty
    // Defaults are valid values and are validated at once (applyDefaults validates all).
    BOOST_TEST(describe(session.issues()) ==
                   (Lines{"client_id: required: error: “Client ID” is required.",
                          "reason: required: error: “Reason” is required."}),
               boost::test_tools::per_element());
    const auto stored = session.answersToStore();
    BOOST_TEST(stored.at("sessions") == 1);
    BOOST_TEST(stored.at("consented") == false);
}

BOOST_AUTO_TEST_CASE(default_today_on_a_datetime_field_is_refused_or_gives_a_valid_datetime) {
    // The loader accepts default="today" on a datetime field (as it does "now"). Then the
    // value it starts with must be a valid datetime, not a bare date that the type check
    // refuses in a record nobody has touched yet.
    parity::forms::Diagnostics diagnostics;
    auto definition = parity::forms::loadFormDefinition(kDatetimeTodayForm, "opened.xml", diagnostics);
    BOOST_TEST_REQUIRE(bool(definition));
    auto form = parity::rules::CompiledForm::compile(*definition, {}, diagnostics);
    if (!form) {
        BOOST_TEST(!diagnostics.empty());   // refused at lint time: also a right answer
        return;
    }
    FormSession opened(form, fixedClock());
    opened.applyDefaults();
    BOOST_TEST(describe(opened.issues()) == Lines{}, boost::test_tools::per_element());
    BOOST_TEST(opened.value("opened_at").starts_with("2026-10-31T"));
}

BOOST_AUTO_TEST_CASE(constraint_message_fills_value_and_label_in_the_clerks_language) {
    fillRequired();
    session.setValue("nickname", "Al");
    BOOST_TEST(issuesOf("nickname") == Lines{"nickname: props.nickname-length: error: “Nickname” is too short: “Al”."},
               boost::test_tools::per_element());
    session.setLanguage("es");
    BOOST_TEST(issuesOf("nickname") == Lines{"nickname: props.nickname-length: error: «Apodo» es demasiado corto: «Al»."},
               boost::test_tools::per_element());
    BOOST_TEST(issuesOf("client_id").empty());
    session.setValue("nickname", "Alba");
    BOOST_TEST(issuesOf("nickname").empty());
}

BOOST_AUTO_TEST_CASE(rule_message_fills_the_value_of_the_field_it_is_shown_beside) {
    fillRequired();
    session.setValue("client_age", "12");
    BOOST_TEST(describe(session.issues()) ==
                   (Lines{"guardian_name: required: error: “Guardian” is required.",
                          "client_age: props.guardian-for-minor: warning: The person is 12 (Age): a guardian should sign."}),
               boost::test_tools::per_element());
    session.setValue("guardian_name", "Ana");
    BOOST_TEST(session.issues().empty());
}

BOOST_AUTO_TEST_CASE(warning_does_not_make_has_errors_true) {
    fillRequired();
    BOOST_TEST(!session.hasErrors());
    session.setValue("weight_kg", "350");
    BOOST_TEST(describe(session.issues()) ==
                   Lines{"weight_kg: props.weight-unusual: warning: Check the weight: 350 kg is unusual."},
               boost::test_tools::per_element());
    BOOST_TEST(!session.hasErrors());
    session.setValue("nickname", "Al");   // an error-severity constraint does
    BOOST_TEST(session.hasErrors());
}

BOOST_AUTO_TEST_CASE(a_constraint_is_checked_only_when_the_field_has_a_value) {
    fillRequired();
    session.setValue("nickname", "Al");
    BOOST_TEST(issuesOf("nickname").size() == 1u);
    session.setValue("nickname", "");
    BOOST_TEST(issuesOf("nickname").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(Calculations)

BOOST_AUTO_TEST_CASE(calculations_run_in_dependency_order_whatever_the_form_order) {
    const auto form = compileForm(kCostsForm);
    std::vector<std::string> order;
    for (std::size_t i : form->calculationOrder())
        order.push_back(form->fields()[i].field->id);
    BOOST_TEST(order == (Lines{"subtotal", "total", "total_label"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_chain_of_calculations_follows_each_edit) {
    FormSession session(compileForm(kCostsForm), fixedClock());
    session.setValue("price", "2.5");
    session.setValue("quantity", "4");
    BOOST_TEST(session.value("subtotal") == "10");
    BOOST_TEST(session.value("total") == "11");
    BOOST_TEST(session.value("total_label") == "Total: 11");
    session.setValue("quantity", "5");
    BOOST_TEST(session.value("subtotal") == "12.5");
    BOOST_TEST(session.value("total") == "13.75");
    BOOST_TEST(session.value("total_label") == "Total: 13.75");
    BOOST_TEST(session.issues().empty());
    const auto stored = session.answersToStore();
    BOOST_TEST(stored.at("subtotal") == 12.5);
    BOOST_TEST(stored.at("total_label") == "Total: 13.75");
}

BOOST_AUTO_TEST_CASE(a_check_on_a_calculated_field_reruns_when_its_inputs_change) {
    FormSession session(compileForm(kCostsForm), fixedClock());
    session.setValue("price", "10");
    session.setValue("quantity", "9");   // 99 with tax
    BOOST_TEST(session.issues().empty());
    session.setValue("quantity", "10");   // 110 with tax
    const auto issues = describe(session.issues());
    BOOST_TEST(issues == Lines{"total: costs.total-limit: error: The total 110 is over the limit of 100."},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_calculated_field_cannot_be_set_by_hand) {
    // "the value is computed (and the field is read-only)": typing into it must either be
    // refused or be overwritten by the calculation, never leave a value the inputs contradict.
    FormSession session(compileForm(kCostsForm), fixedClock());
    session.setValue("price", "2.5");
    session.setValue("quantity", "4");
    try {
        session.setValue("subtotal", "99");
    } catch (const parity::UsageError&) {
    }
    BOOST_TEST(session.value("subtotal") == "10");
    BOOST_TEST(session.value("total") == "11");
}

BOOST_AUTO_TEST_CASE(a_calculation_over_empty_answers_has_no_value_and_no_issue) {
    // An empty answer is NaN in XPath; a calculation over it has no value yet. It must
    // not show "NaN" in a number field, or say that the clerk typed something wrong in a
    // field the clerk cannot edit.
    FormSession session(compileForm(kCostsForm), fixedClock());
    session.validateAll();
    BOOST_TEST(session.value("subtotal") == "");
    BOOST_TEST(session.value("total") == "");
    BOOST_TEST(describe(session.issues()) == Lines{}, boost::test_tools::per_element());
    BOOST_TEST(!session.answersToStore().contains("subtotal"));
    session.setValue("price", "3");   // quantity still empty
    BOOST_TEST(session.value("subtotal") == "");
    BOOST_TEST(session.issues().empty());
}

BOOST_AUTO_TEST_SUITE_END()
