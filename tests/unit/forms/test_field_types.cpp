// What each field type accepts and refuses, and the bounds, patterns and lengths the
// engine checks on every field (docs/form-language.md, "Types" and "Properties").
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

const char* const kTypesForm = R"xml(<form id="test.types" version="1.0.0" kind="types" jurisdiction="testland" languages="en es">
  <title lang="en">Types</title>
  <title lang="es">Tipos</title>
  <section id="all">
    <label lang="en">All</label>
    <label lang="es">Todo</label>
    <field id="count" type="integer" min="0" max="10">
      <label lang="en">Count</label><label lang="es">Cantidad</label>
    </field>
    <field id="amount" type="decimal" min="-1.5" max="99.95">
      <label lang="en">Amount</label><label lang="es">Importe</label>
    </field>
    <field id="flag" type="boolean">
      <label lang="en">Flag</label><label lang="es">Marca</label>
    </field>
    <field id="day" type="date">
      <label lang="en">Day</label><label lang="es">Día</label>
    </field>
    <field id="moment" type="datetime">
      <label lang="en">Moment</label><label lang="es">Momento</label>
    </field>
    <field id="choice" type="select1">
      <label lang="en">Choice</label><label lang="es">Opción</label>
      <choices>
        <choice value="a"><label lang="en">A</label><label lang="es">A</label></choice>
        <choice value="b"><label lang="en">B</label><label lang="es">B</label></choice>
      </choices>
    </field>
    <field id="choices" type="select">
      <label lang="en">Choices</label><label lang="es">Opciones</label>
      <choices>
        <choice value="a"><label lang="en">A</label><label lang="es">A</label></choice>
        <choice value="b"><label lang="en">B</label><label lang="es">B</label></choice>
        <choice value="c.d-e_f"><label lang="en">C</label><label lang="es">C</label></choice>
      </choices>
    </field>
    <field id="phone" type="phone">
      <label lang="en">Phone</label><label lang="es">Teléfono</label>
    </field>
    <field id="email" type="email">
      <label lang="en">Email</label><label lang="es">Correo</label>
    </field>
    <field id="code" type="text" pattern="C-[0-9]{3}">
      <label lang="en">Code</label><label lang="es">Código</label>
    </field>
    <field id="name" type="text" max-length="5">
      <label lang="en">Name</label><label lang="es">Nombre</label>
    </field>
    <field id="notes" type="multiline" max-length="3">
      <label lang="en">Notes</label><label lang="es">Notas</label>
    </field>
    <field id="born" type="date" max="today">
      <label lang="en">Born</label><label lang="es">Nacido</label>
    </field>
    <field id="starts" type="date" min="today">
      <label lang="en">Starts</label><label lang="es">Empieza</label>
    </field>
    <field id="window" type="date" min="2026-01-01" max="2026-12-31">
      <label lang="en">Window</label><label lang="es">Ventana</label>
    </field>
    <field id="seen_at" type="datetime" max="now">
      <label lang="en">Seen at</label><label lang="es">Visto</label>
    </field>
    <field id="happened_at" type="datetime" min="today" max="today">
      <label lang="en">Happened at</label><label lang="es">Ocurrió</label>
    </field>
    <field id="slot" type="datetime" min="2026-06-15T08:00" max="2026-06-15T17:00">
      <label lang="en">Slot</label><label lang="es">Turno</label>
    </field>
    <field id="signed_by" type="signature" required="true">
      <label lang="en">Signature</label><label lang="es">Firma</label>
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

/// 2026-06-15 22:30 in Chicago (CDT, -05:00): already 2026-06-16 in UTC, so "today"
/// must come from the jurisdiction's zone, not from UTC.
parity::rules::EvaluationEnvironment fixedClock() {
    return parity::rules::EvaluationEnvironment::at(instant("2026-06-16T03:30:00Z"), "America/Chicago");
}

struct TypesFixture {
    std::shared_ptr<const parity::rules::CompiledForm> form = compileForm(kTypesForm);

    /// The issues of `field` ("rule: message") after setting it to `value` in a new record.
    std::vector<std::string> issuesFor(const std::string& field, const std::string& value,
                                       const std::string& lang = "en") const {
        FormSession session(form, fixedClock(), lang);
        session.setValue(field, value);
        std::vector<std::string> out;
        for (const auto& issue : session.issuesFor(field))
            out.push_back(issue.ruleId + ": " + issue.message);
        return out;
    }
    /// Only the rule ids.
    std::vector<std::string> rulesFor(const std::string& field, const std::string& value) const {
        FormSession session(form, fixedClock());
        session.setValue(field, value);
        std::vector<std::string> out;
        for (const auto& issue : session.issuesFor(field))
            out.push_back(issue.ruleId);
        return out;
    }
};

using Lines = std::vector<std::string>;
const Lines kNone;

} // namespace

BOOST_FIXTURE_TEST_SUITE(FieldTypes, TypesFixture)

BOOST_AUTO_TEST_CASE(integer_takes_whole_numbers_within_min_and_max) {
    BOOST_TEST(issuesFor("count", "7") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("count", " 10 ") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("count", "0") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("count", "12a") == Lines{"type: “Count” must be a whole number (you entered “12a”)."},
               boost::test_tools::per_element());
    BOOST_TEST(rulesFor("count", "1.5") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("count", "1e3") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("count", "-1") == Lines{"min: “Count” must be at least 0 (you entered -1)."},
               boost::test_tools::per_element());
    BOOST_TEST(issuesFor("count", "11") == Lines{"max: “Count” must be at most 10 (you entered 11)."},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(decimal_takes_numbers_within_min_and_max) {
    BOOST_TEST(issuesFor("amount", "3.25") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("amount", "-1.5") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("amount", "99.95") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("amount", ".5") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("amount", "3,25") == Lines{"type: “Amount” must be a number (you entered “3,25”)."},
               boost::test_tools::per_element());
    BOOST_TEST(rulesFor("amount", "NaN") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("amount", "-1.51") == Lines{"min: “Amount” must be at least -1.5 (you entered -1.51)."},
               boost::test_tools::per_element());
    BOOST_TEST(issuesFor("amount", "99.96") == Lines{"max: “Amount” must be at most 99.95 (you entered 99.96)."},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(boolean_takes_only_true_and_false) {
    BOOST_TEST(issuesFor("flag", "true") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("flag", "false") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("flag", "yes") == Lines{"type: “Flag” must be yes or no (you entered “yes”)."},
               boost::test_tools::per_element());
    BOOST_TEST(rulesFor("flag", "True") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("flag", "1") == Lines{"type"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(date_must_be_a_real_calendar_day) {
    BOOST_TEST(issuesFor("day", "2026-02-28") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("day", "2028-02-29") == kNone, boost::test_tools::per_element());   // leap year
    BOOST_TEST(issuesFor("day", "2026-02-30") ==
                   Lines{"type: “Day” must be a date such as 2026-03-14 (you entered “2026-02-30”)."},
               boost::test_tools::per_element());
    BOOST_TEST(rulesFor("day", "2027-02-29") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("day", "2026-13-01") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("day", "2026-2-3") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("day", "03/14/2026") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("day", "2026-02-28T10:00") == Lines{"type"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(datetime_needs_a_time_and_takes_z_or_an_offset) {
    BOOST_TEST(issuesFor("moment", "2026-06-15T10:30") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("moment", "2026-06-15T10:30:15") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("moment", "2026-06-15T10:30Z") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("moment", "2026-06-15T10:30:00-05:00") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("moment", "2026-06-15T10:30+05:30") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("moment", "2026-06-15") ==
                   Lines{"type: “Moment” must be a date and time such as 2026-03-14T09:30 (you entered “2026-06-15”)."},
               boost::test_tools::per_element());
    BOOST_TEST(rulesFor("moment", "2026-06-15T24:00") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("moment", "2026-06-15T10:60") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("moment", "2026-06-15T10") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("moment", "2026-06-15T10:30+5") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("moment", "2026-06-15T10:30 CDT") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("moment", "2026-02-30T10:30") == Lines{"type"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(select1_takes_exactly_one_of_its_choices) {
    BOOST_TEST(issuesFor("choice", "a") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("choice", "c") == Lines{"choice: “c” is not one of the choices for “Choice”."},
               boost::test_tools::per_element());
    BOOST_TEST(issuesFor("choice", "a b") == Lines{"choice: “a b” is not one of the choices for “Choice”."},
               boost::test_tools::per_element());
    BOOST_TEST(rulesFor("choice", "A") == Lines{"choice"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(select_takes_each_choice_at_most_once) {
    BOOST_TEST(issuesFor("choices", "a") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("choices", "b a c.d-e_f") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("choices", "a b a") == Lines{"choice: “a” is chosen twice in “Choices”."},
               boost::test_tools::per_element());
    BOOST_TEST(issuesFor("choices", "a z") == Lines{"choice: “z” is not one of the choices for “Choices”."},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(phone_has_seven_to_fifteen_digits_and_only_phone_punctuation) {
    BOOST_TEST(issuesFor("phone", "(555) 010-4477") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("phone", "+1 555.010.4477") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("phone", "5550104") == kNone, boost::test_tools::per_element());                 // 7 digits
    BOOST_TEST(issuesFor("phone", "+123456789012345") == kNone, boost::test_tools::per_element());        // 15 digits
    BOOST_TEST(issuesFor("phone", "555-010") ==
                   Lines{"type: “Phone” must be a phone number with 7 to 15 digits (you entered “555-010”)."},
               boost::test_tools::per_element());
    BOOST_TEST(rulesFor("phone", "1234567890123456") == Lines{"type"}, boost::test_tools::per_element());   // 16
    BOOST_TEST(rulesFor("phone", "555-0104 ext 2") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("phone", "555+0104477") == Lines{"type"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(email_needs_a_name_an_at_and_a_dotted_domain) {
    BOOST_TEST(issuesFor("email", "robin@example.org") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("email", "r.t+forms@mail.example.org") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("email", "robin@example") ==
                   Lines{"type: “Email” must be an email address such as name@example.org (you entered “robin@example”)."},
               boost::test_tools::per_element());
    BOOST_TEST(rulesFor("email", "robin@@example.org") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("email", "robin t@example.org") == Lines{"type"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("email", "@example.org") == Lines{"type"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(pattern_must_match_the_whole_value) {
    BOOST_TEST(issuesFor("code", "C-123") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("code", "C-12") == Lines{"pattern: “Code” is not in the expected format (you entered “C-12”)."},
               boost::test_tools::per_element());
    BOOST_TEST(rulesFor("code", "xC-123") == Lines{"pattern"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("code", "C-1234") == Lines{"pattern"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("code", "c-123") == Lines{"pattern"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(max_length_counts_characters_not_bytes) {
    BOOST_TEST(issuesFor("name", "Peñas") == kNone, boost::test_tools::per_element());    // 5 characters, 6 bytes
    BOOST_TEST(issuesFor("name", "ñññññ") == kNone, boost::test_tools::per_element());    // 5 characters, 10 bytes
    BOOST_TEST(issuesFor("name", "Peñass") == Lines{"max-length: “Name” is too long: 6 characters, at most 5."},
               boost::test_tools::per_element());
    BOOST_TEST(issuesFor("notes", "añ€") == kNone, boost::test_tools::per_element());      // 3 characters, 6 bytes
    BOOST_TEST(rulesFor("notes", "abcd") == Lines{"max-length"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(date_bounds_use_today_in_the_jurisdictions_zone) {
    // The clock says 2026-06-15 22:30 in Chicago (2026-06-16 in UTC).
    BOOST_TEST(issuesFor("born", "2026-06-15") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("born", "1961-04-09") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("born", "2026-06-16") ==
                   Lines{"max: “Born” cannot be in the future (you entered 2026-06-16; it is now 2026-06-15)."},
               boost::test_tools::per_element());
    BOOST_TEST(issuesFor("starts", "2026-06-15") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("starts", "2026-06-14") ==
                   Lines{"min: “Starts” cannot be before 2026-06-15 (you entered 2026-06-14)."},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(date_bounds_given_as_dates_are_inclusive) {
    BOOST_TEST(issuesFor("window", "2026-01-01") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("window", "2026-12-31") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("window", "2025-12-31") ==
                   Lines{"min: “Window” cannot be before 2026-01-01 (you entered 2025-12-31)."},
               boost::test_tools::per_element());
    BOOST_TEST(issuesFor("window", "2027-01-01") ==
                   Lines{"max: “Window” cannot be after 2026-12-31 (you entered 2027-01-01)."},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(datetime_max_now_allows_the_current_minute_and_not_the_next) {
    BOOST_TEST(issuesFor("seen_at", "2026-06-15T22:30") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("seen_at", "2026-06-15T22:30:59") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("seen_at", "2026-06-16T03:30Z") == kNone, boost::test_tools::per_element());   // same instant
    BOOST_TEST(issuesFor("seen_at", "2026-06-15T22:31") ==
                   Lines{"max: “Seen at” cannot be in the future (you entered 2026-06-15T22:31; it is now 2026-06-15T22:30)."},
               boost::test_tools::per_element());
    BOOST_TEST(rulesFor("seen_at", "2026-06-16T03:31Z") == Lines{"max"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("seen_at", "2026-06-15T23:30-04:00") == kNone, boost::test_tools::per_element());   // 03:30Z
    BOOST_TEST(rulesFor("seen_at", "2026-06-15T23:31-04:00") == Lines{"max"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(datetime_bound_today_covers_the_whole_local_day) {
    BOOST_TEST(issuesFor("happened_at", "2026-06-15T00:00") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("happened_at", "2026-06-15T23:59") == kNone, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("happened_at", "2026-06-16T00:00") == Lines{"max"}, boost::test_tools::per_element());
    BOOST_TEST(rulesFor("happened_at", "2026-06-14T23:59") == Lines{"min"}, boost::test_tools::per_element());
    // 2026-06-16T04:59Z is 23:59 in Chicago: still today there.
    BOOST_TEST(rulesFor("happened_at", "2026-06-16T04:59Z") == kNone, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(datetime_bounds_written_without_offset_are_local_time) {
    BOOST_TEST(issuesFor("slot", "2026-06-15T08:00") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("slot", "2026-06-15T22:00Z") == kNone, boost::test_tools::per_element());   // 17:00 CDT
    BOOST_TEST(issuesFor("slot", "2026-06-15T07:59") ==
                   Lines{"min: “Slot” cannot be before 2026-06-15T08:00 (you entered 2026-06-15T07:59)."},
               boost::test_tools::per_element());
    BOOST_TEST(rulesFor("slot", "2026-06-15T22:01Z") == Lines{"max"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(signature_is_a_non_blank_name) {
    BOOST_TEST(issuesFor("signed_by", "Robin Testwell") == kNone, boost::test_tools::per_element());
    BOOST_TEST(issuesFor("signed_by", "   ") == Lines{"required: “Signature” is required."},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(type_messages_are_in_the_clerks_language) {
    BOOST_TEST(issuesFor("count", "12a", "es") == Lines{"type: «Cantidad» debe ser un número entero (escribió «12a»)."},
               boost::test_tools::per_element());
    BOOST_TEST(issuesFor("born", "2026-06-16", "es") ==
                   Lines{"max: «Nacido» no puede estar en el futuro (escribió 2026-06-16; ahora es 2026-06-15)."},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_empty_optional_field_has_nothing_to_check) {
    FormSession session(form, fixedClock());
    session.validateAll();
    const auto issues = session.issues();
    BOOST_TEST_REQUIRE(issues.size() == 1u);   // only the required signature
    BOOST_TEST(issues[0].fieldId == "signed_by");
    BOOST_TEST(issues[0].ruleId == "required");
    // Clearing a value that was wrong clears its issue.
    session.setValue("count", "12a");
    BOOST_TEST(session.issuesFor("count").size() == 1u);
    session.setValue("count", "");
    BOOST_TEST(session.issuesFor("count").empty());
}

BOOST_AUTO_TEST_SUITE_END()
