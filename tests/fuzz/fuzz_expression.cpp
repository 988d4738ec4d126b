// libFuzzer target: the input is one expression. It is put, XML-escaped, into a small
// fixed form wherever an expression may stand (a rule's `when` and `assert`, a field's
// `relevant`, a calculation, a constraint inside a repeat group), so the tokenizer, the
// added-function rewriting and the XPath compiler see it in every role; if the form then
// lints clean, a session evaluates it over valid, wrong and blank answers.
//
// Build and run: tests/fuzz/run_fuzz.sh SOURCE_DIR BUILD_DIR SECONDS expression
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

std::string xmlEscaped(const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    for (char c : text) {
        switch (c) {
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        // Attribute-value normalisation would turn these into spaces: keep them as they are.
        case '\t': out += "&#9;"; break;
        case '\n': out += "&#10;"; break;
        case '\r': out += "&#13;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string formAround(const std::string& expression) {
    const std::string e = xmlEscaped(expression);
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<form id="fuzz.expression" version="1.0.0" kind="consent" jurisdiction="national" languages="en es">
  <title lang="en">Expression fuzzing</title>
  <title lang="es">Expresiones</title>
  <section id="person">
    <label lang="en">Person</label>
    <label lang="es">Persona</label>
    <field id="client_name" type="text" required="true">
      <label lang="en">Name</label><label lang="es">Nombre</label>
    </field>
    <field id="subject_age" type="integer" min="0" max="130">
      <label lang="en">Age</label><label lang="es">Edad</label>
    </field>
    <field id="amount" type="decimal">
      <label lang="en">Amount</label><label lang="es">Cantidad</label>
    </field>
    <field id="agreed" type="boolean">
      <label lang="en">Agreed</label><label lang="es">De acuerdo</label>
    </field>
    <field id="client_dob" type="date" max="today">
      <label lang="en">Birth</label><label lang="es">Nacimiento</label>
    </field>
    <field id="suspected_at" type="datetime">
      <label lang="en">Suspected</label><label lang="es">Sospecha</label>
    </field>
    <field id="reported_at" type="datetime" max="now">
      <label lang="en">Reported</label><label lang="es">Informe</label>
    </field>
    <field id="urgency" type="select1">
      <label lang="en">Urgency</label><label lang="es">Urgencia</label>
      <choices>
        <choice value="routine"><label lang="en">Routine</label><label lang="es">Rutina</label></choice>
        <choice value="urgent"><label lang="en">Urgent</label><label lang="es">Urgente</label></choice>
      </choices>
    </field>
    <field id="services" type="select">
      <label lang="en">Services</label><label lang="es">Servicios</label>
      <choices>
        <choice value="a"><label lang="en">A</label><label lang="es">A</label></choice>
        <choice value="b"><label lang="en">B</label><label lang="es">B</label></choice>
        <choice value="c"><label lang="en">C</label><label lang="es">C</label></choice>
      </choices>
    </field>
    <field id="phone" type="phone">
      <label lang="en">Phone</label><label lang="es">Teléfono</label>
    </field>
    <field id="shown" type="text" relevant=")" + e + R"(">
      <label lang="en">Shown</label><label lang="es">Visible</label>
    </field>
    <field id="computed" type="text" calculate=")" + e + R"(">
      <label lang="en">Computed</label><label lang="es">Calculado</label>
    </field>
    <repeat id="household" min="0" max="5">
      <label lang="en">Household</label><label lang="es">Hogar</label>
      <field id="member_name" type="text" required="true">
        <label lang="en">Member</label><label lang="es">Miembro</label>
        <constraint id="fuzz.member" assert=")" + e + R"(">
          <message lang="en">Member {value} fails for {label}.</message>
          <message lang="es">Miembro {value} falla para {label}.</message>
        </constraint>
      </field>
      <field id="member_dob" type="date">
        <label lang="en">Member birth</label><label lang="es">Nacimiento</label>
      </field>
    </repeat>
  </section>
  <rules>
    <rule id="fuzz.rule" field="client_name" severity="warning" when=")" + e + R"(" assert=")" + e + R"(">
      <message lang="en">Rule fails: {value} / {label}.</message>
      <message lang="es">La regla falla: {value} / {label}.</message>
    </rule>
  </rules>
</form>
)";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string expression(reinterpret_cast<const char*>(data), size);
    parity::fuzz::checkDefinition(formAround(expression));
    return 0;
}
