// Answers files (JSON) into a session: every problem becomes an issue beside its field
// or a CheckFailed naming the place in the file; nothing is dropped silently.
#include "answers/answers_json.h"
#include "common/error.h"
#include "forms/form_loader.h"
#include "rules/compiled_form.h"
#include "rules/form_session.h"
#include "temp_dir.h"
#include "time/temporal.h"

#include <boost/test/unit_test.hpp>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

using nlohmann::json;
using parity::rules::FormSession;
using parity::rules::ValidationIssue;

const char* const kAnswersForm = R"xml(<form id="test.answers" version="1.0.0" kind="answers" jurisdiction="testland" languages="en es">
  <title lang="en">Answers</title>
  <title lang="es">Respuestas</title>
  <section id="main">
    <label lang="en">Main</label>
    <label lang="es">Principal</label>
    <field id="client_id" type="text" required="true">
      <label lang="en">Client ID</label><label lang="es">Número de cliente</label>
    </field>
    <field id="age" type="integer">
      <label lang="en">Age</label><label lang="es">Edad</label>
    </field>
    <field id="amount" type="decimal">
      <label lang="en">Amount</label><label lang="es">Importe</label>
    </field>
    <field id="consented" type="boolean" required="true">
      <label lang="en">Consented</label><label lang="es">Consintió</label>
    </field>
    <field id="kinds" type="select">
      <label lang="en">Kinds</label><label lang="es">Tipos</label>
      <choices>
        <choice value="physical"><label lang="en">Physical</label><label lang="es">Físico</label></choice>
        <choice value="neglect"><label lang="en">Neglect</label><label lang="es">Descuido</label></choice>
      </choices>
    </field>
    <repeat id="people" min="1" max="2">
      <label lang="en">People</label>
      <label lang="es">Personas</label>
      <field id="person_name" type="text" required="true">
        <label lang="en">Name</label><label lang="es">Nombre</label>
      </field>
      <field id="person_age" type="integer">
        <label lang="en">Person's age</label><label lang="es">Edad de la persona</label>
      </field>
    </repeat>
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

parity::rules::EvaluationEnvironment fixedClock() {
    auto now = parity::parseIsoDateTime("2026-11-01T12:00:00-06:00", *date::locate_zone("UTC"));
    return parity::rules::EvaluationEnvironment::at(*now, "America/Chicago");
}

std::vector<std::string> describe(const std::vector<ValidationIssue>& issues) {
    std::vector<std::string> out;
    for (const ValidationIssue& i : issues) {
        std::ostringstream line;
        line << i.fieldId;
        if (i.item >= 0)
            line << "[" << i.item << "]";
        line << ": " << i.ruleId << ": " << i.message;
        out.push_back(line.str());
    }
    return out;
}

/// The message of the CheckFailed that `f` throws, or "" when it throws none.
template <typename F>
std::string checkFailure(F f) {
    try {
        f();
    } catch (const parity::CheckFailed& e) {
        return e.what();
    }
    return {};
}

using Lines = std::vector<std::string>;

struct AnswersFixture {
    std::shared_ptr<const parity::rules::CompiledForm> form = compileForm(kAnswersForm);

    Lines load(const std::string& text, const std::string& lang = "en") {
        FormSession session(form, fixedClock(), lang);
        parity::answers::loadAnswers(session, parity::answers::parseAnswers(text, "answers.json"));
        return describe(session.issues());
    }
};

/// A complete, valid answers object to start from.
json valid() {
    return json{{"client_id", "C-1"}, {"age", 40}, {"amount", 2.5}, {"consented", true},
                {"kinds", json::array({"physical"})}, {"people", json::array({json{{"person_name", "Ana"}}})}};
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(AnswersJson, AnswersFixture)

BOOST_AUTO_TEST_CASE(valid_answers_load_with_their_json_types) {
    BOOST_TEST(load(valid().dump()).empty());
    FormSession session(form, fixedClock());
    parity::answers::loadAnswers(session, valid());
    BOOST_TEST(session.value("age") == "40");
    BOOST_TEST(session.value("amount") == "2.5");
    BOOST_TEST(session.value("consented") == "true");
    BOOST_TEST(session.value("kinds") == "physical");
    BOOST_TEST(session.itemValue("people", 0, "person_name") == "Ana");
    BOOST_TEST(json(session.answersToStore()) == valid());   // stored as given
}

BOOST_AUTO_TEST_CASE(numbers_may_come_as_digit_strings_and_null_is_no_answer) {
    json answers = valid();
    answers["age"] = "41";
    answers["amount"] = "3.75";
    BOOST_TEST(load(answers.dump()).empty());
    answers["consented"] = nullptr;
    BOOST_TEST(load(answers.dump()) == Lines{"consented: required: “Consented” is required."},
               boost::test_tools::per_element());
    answers = valid();
    answers["age"] = 12.5;   // a number, but not a whole one
    BOOST_TEST(load(answers.dump()) == Lines{"age: type: “Age” must be a whole number (you entered “12.5”)."},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(unknown_field_is_an_issue_not_a_silent_drop) {
    json answers = valid();
    answers["colour"] = "red";
    answers["person_name"] = "Ana";   // a repeat child is not a top-level field
    BOOST_TEST(load(answers.dump()) == (Lines{"colour: answers.unknown-field: “colour” is not a field of this form.",
                                              "person_name: answers.unknown-field: “person_name” is not a field of this form."}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(wrong_json_type_is_one_issue_and_not_also_required) {
    json answers = valid();
    answers["consented"] = "yes";   // required, and the value given is not stored
    answers["age"] = true;
    answers["kinds"] = "physical";
    answers["client_id"] = 1042;
    // Input issues come first, in the order of the answers object's keys.
    BOOST_TEST(load(answers.dump()) ==
                   (Lines{"age: answers.json-type: “Age” cannot be true/false here: it takes a number.",
                          "client_id: answers.json-type: “Client ID” cannot be a number here: it takes text.",
                          "consented: answers.json-type: “Consented” cannot be text here: it takes true or false.",
                          "kinds: answers.json-type: “Kinds” cannot be text here: it takes a list of choices."}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_input_issue_stays_until_the_field_is_set_again) {
    json answers = valid();
    answers["consented"] = "yes";
    FormSession session(form, fixedClock());
    parity::answers::loadAnswers(session, answers);
    session.validateAll();
    BOOST_TEST(describe(session.issuesFor("consented")) ==
                   Lines{"consented: answers.json-type: “Consented” cannot be text here: it takes true or false."},
               boost::test_tools::per_element());
    session.setValue("consented", "true");
    BOOST_TEST(session.issues().empty());
}

BOOST_AUTO_TEST_CASE(repeat_groups_are_arrays_of_objects_with_issues_per_item) {
    json answers = valid();
    answers["people"] = json::array({json{{"person_name", "Ana"}, {"person_age", 30}},
                                     json{{"person_name", 7}, {"person_age", "x"}, {"nickname", "Bo"}}});
    BOOST_TEST(load(answers.dump()) ==
                   (Lines{"people[2].nickname: answers.unknown-field: “people[2].nickname” is not a field of this form.",
                          "person_name[1]: answers.json-type: “Name” cannot be a number here: it takes text.",
                          "person_age[1]: type: “Person's age” must be a whole number (you entered “x”)."}),
               boost::test_tools::per_element());

    answers["people"] = json{{"person_name", "Ana"}};   // an object, not a list
    BOOST_TEST(load(answers.dump()) ==
                   (Lines{"people: answers.json-type: “People” cannot be a group of answers here: it takes a list of groups of answers.",
                          "people: repeat-count: “People” needs at least 1 entry (it has 0)."}),
               boost::test_tools::per_element());

    answers["people"] = json::array({"Ana"});   // an item that is not an object
    BOOST_TEST(load(answers.dump()) ==
                   (Lines{"people[0]: answers.json-type: “People” cannot be text here: it takes a group of answers.",
                          "person_name[0]: required: “Name” is required."}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(repeat_item_count_is_checked_against_min_and_max) {
    json answers = valid();
    answers["people"] = json::array();
    BOOST_TEST(load(answers.dump()) == Lines{"people: repeat-count: “People” needs at least 1 entry (it has 0)."},
               boost::test_tools::per_element());
    answers.erase("people");
    BOOST_TEST(load(answers.dump()) == Lines{"people: repeat-count: “People” needs at least 1 entry (it has 0)."},
               boost::test_tools::per_element());
    answers["people"] = json::array({json{{"person_name", "A"}}, json{{"person_name", "B"}}});
    BOOST_TEST(load(answers.dump()).empty());
    answers["people"].push_back(json{{"person_name", "C"}});
    BOOST_TEST(load(answers.dump()) == Lines{"people: repeat-count: “People” can have at most 2 entries (it has 3)."},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(messages_are_in_spanish_for_a_spanish_speaking_clerk) {
    json answers = valid();
    answers["colour"] = "red";
    answers["consented"] = "sí";
    answers["people"].push_back(json{{"person_name", "B"}});
    answers["people"].push_back(json{{"person_name", "C"}});
    BOOST_TEST(load(answers.dump(), "es") ==
                   (Lines{"colour: answers.unknown-field: «colour» no es un campo de este formulario.",
                          "consented: answers.json-type: «Consintió» no puede ser texto aquí: admite verdadero o falso.",
                          "people: repeat-count: «Personas» admite como máximo 2 entradas (tiene 3)."}),
               boost::test_tools::per_element());
    answers = valid();
    answers.erase("client_id");
    answers["age"] = "doce";
    BOOST_TEST(load(answers.dump(), "es") ==
                   (Lines{"client_id: required: Falta completar «Número de cliente».",
                          "age: type: «Edad» debe ser un número entero (escribió «doce»)."}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(malformed_json_fails_with_file_line_and_column) {
    const std::string text = "{\n  \"client_id\": \"C-1\",\n  \"age\": }\n";
    const std::string message = checkFailure([&] { parity::answers::parseAnswers(text, "answers.json"); });
    BOOST_TEST(message.starts_with("answers.json:3:10: not valid JSON: syntax error"), message);
    // Columns count characters, not bytes.
    const std::string accented = "{\"client_id\": \"Peña\",}";
    const std::string second = checkFailure([&] { parity::answers::parseAnswers(accented, "ñ.json"); });
    BOOST_TEST(second.starts_with("ñ.json:1:22: not valid JSON: syntax error"), second);
}

BOOST_AUTO_TEST_CASE(answers_that_are_not_one_object_fail) {
    BOOST_TEST(checkFailure([] { parity::answers::parseAnswers("[{\"client_id\": \"C-1\"}]", "answers.json"); }) ==
               "answers.json: answers must be one JSON object (field id → value), not a list");
    BOOST_TEST(checkFailure([] { parity::answers::parseAnswers("\"C-1\"", "answers.json"); }) ==
               "answers.json: answers must be one JSON object (field id → value), not text");
    BOOST_TEST(!checkFailure([] { parity::answers::parseAnswers("", "empty.json"); }).empty());
}

BOOST_AUTO_TEST_CASE(answers_file_is_read_from_disk_and_a_missing_one_is_an_environment_error) {
    parity::test::TempDir dir;
    parity::test::writeFile(dir / "answers.json", valid().dump(2));
    BOOST_TEST(parity::answers::readAnswersFile((dir / "answers.json").string()) == valid());
    parity::test::writeFile(dir / "broken.json", "{\"a\": 1,}");
    const std::string message = checkFailure([&] { parity::answers::readAnswersFile((dir / "broken.json").string()); });
    BOOST_TEST(message.starts_with((dir / "broken.json").string() + ":1:9: not valid JSON: "), message);
    BOOST_CHECK_THROW(parity::answers::readAnswersFile((dir / "missing.json").string()), parity::EnvironmentError);
}

BOOST_AUTO_TEST_SUITE_END()
