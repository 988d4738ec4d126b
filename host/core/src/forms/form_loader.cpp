#include "forms/form_loader.h"

#include "forms/source_text.h"
#include "common/bounded_regex.h"
#include "common/utf8.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <regex>
#include <set>
#include <sstream>

namespace parity::forms {
namespace {

const std::regex kFormIdPattern("[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9.-]*");
const std::regex kNamePattern("[a-z][a-z0-9_]*");            // field, section, note, repeat ids
const std::regex kRuleIdPattern("[a-z0-9][a-z0-9._-]*");
const std::regex kChoiceValuePattern("[A-Za-z0-9_.-]+");
const std::regex kVersionPattern("[0-9]+\\.[0-9]+\\.[0-9]+");
const std::regex kLanguagePattern("[a-z]{2,3}");

/// Reads one XML file into a FormDefinition, reporting as it goes.
class Reader {
public:
    Reader(const std::string& xml, const std::string& fileName, Diagnostics& diagnostics)
        : m_source(xml, fileName), m_diagnostics(diagnostics) {}

    std::optional<FormDefinition> read(const pugi::xml_document& document) {
        pugi::xml_node root = document.document_element();
        if (std::string(root.name()) != "form") {
            error(root, "the root element must be <form>, not <" + std::string(root.name()) + ">");
            return std::nullopt;
        }
        FormDefinition form;
        form.file = m_source.fileName();
        form.where = where(root);
        readForm(root, form);
        return form;
    }

private:
    // ---- locations and messages -------------------------------------------------------

    SourceLocation where(pugi::xml_node node) const { return m_source.at(node.offset_debug() - 1); }
    SourceLocation where(pugi::xml_node node, const char* attribute) const {
        return m_source.attribute(node.offset_debug(), attribute);
    }
    void error(pugi::xml_node node, std::string message) { m_diagnostics.error(where(node), std::move(message)); }
    void error(pugi::xml_node node, const char* attribute, std::string message) {
        m_diagnostics.error(where(node, attribute), std::move(message));
    }

    static std::string quoted(const std::string& text) { return "'" + text + "'"; }

    // ---- structural checks --------------------------------------------------------------

    /// Reports attributes not in `allowed`, and children elements not in `children`
    /// (text is allowed only where `textAllowed`).
    void checkShape(pugi::xml_node node, std::initializer_list<const char*> allowed,
                    std::initializer_list<const char*> children, bool textAllowed = false) {
        for (pugi::xml_attribute a : node.attributes()) {
            const std::string name = a.name();
            if (name.starts_with("xmlns"))
                continue;
            if (std::none_of(allowed.begin(), allowed.end(), [&](const char* n) { return name == n; }))
                error(node, a.name(),
                      "unknown attribute '" + name + "' on <" + node.name() + ">" + allowedList(allowed));
        }
        for (pugi::xml_node child : node.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                if (!textAllowed && !isBlank(child.value()))
                    error(node, "<" + std::string(node.name()) + "> cannot hold text");
                continue;
            }
            if (child.type() != pugi::node_element)
                continue;
            const std::string name = child.name();
            if (name == "remove" && std::string(node.name()) == "form") {
                error(child, "<remove> is not allowed: a form that extends a core form may add fields and "
                             "tighten rules, but never remove a core field" +
                                 (child.attribute("field") ? " ('" + std::string(child.attribute("field").value()) + "')"
                                                           : std::string()));
                continue;
            }
            if (std::none_of(children.begin(), children.end(), [&](const char* n) { return name == n; }))
                error(child, "unknown element <" + name + "> in <" + node.name() + ">" + allowedList(children, true));
        }
    }

    static std::string allowedList(std::initializer_list<const char*> names, bool elements = false) {
        if (names.size() == 0)
            return elements ? " (it has no child elements)" : " (it takes no attributes)";
        std::string text = " (expected ";
        bool first = true;
        for (const char* n : names) {
            text += (first ? "" : ", ") + (elements ? "<" + std::string(n) + ">" : std::string(n));
            first = false;
        }
        return text + ")";
    }

    static bool isBlank(const char* text) {
        for (; *text; ++text)
            if (!std::isspace(static_cast<unsigned char>(*text)))
                return false;
        return true;
    }

    /// The attribute's value; reports it when it is required and missing.
    std::string attribute(pugi::xml_node node, const char* name, bool required = false) {
        pugi::xml_attribute a = node.attribute(name);
        if (!a) {
            if (required)
                error(node, "<" + std::string(node.name()) + "> needs " +
                                (std::string("aeiou").find(name[0]) != std::string::npos ? "an" : "a") + " '" + name +
                                "' attribute");
            return {};
        }
        return a.value();
    }

    Expression expression(pugi::xml_node node, const char* name) {
        pugi::xml_attribute a = node.attribute(name);
        if (!a)
            return {};
        std::string text = a.value();
        if (isBlank(text.c_str()))
            error(node, name, "'" + std::string(name) + "' is empty");
        return {text, where(node, name)};
    }

    std::string checkedId(pugi::xml_node node, const char* attributeName, const std::regex& pattern,
                          const char* what, const char* patternWords) {
        const std::string id = attribute(node, attributeName, true);
        if (id.size() > 128)
            error(node, attributeName, std::string(what) + " is " + std::to_string(id.size()) +
                                           " characters long; at most 128");
        else if (!id.empty() && !boundedMatch(id, pattern, 128))
            error(node, attributeName, std::string(what) + " " + quoted(id) + " must be " + patternWords);
        return id;
    }

    /// Rule and constraint ids may not take the names of the engine's own checks: an
    /// issue's rule id must say unambiguously which check found it.
    void refuseBuiltInRuleId(pugi::xml_node node, const std::string& id) {
        static const std::set<std::string> builtIn{"required", "type", "min", "max", "pattern", "max-length",
                                                   "choice", "repeat-count"};
        if (builtIn.count(id) || id.starts_with("answers."))
            error(node, "id", "rule id " + quoted(id) + " is the name of a built-in check; give it a name of its own "
                                                        "(e.g. '" + (m_kind.empty() ? std::string("consent") : m_kind) +
                                  "." + id + "')");
    }

    /// Registers an id in its namespace; reports a duplicate with where the first one is.
    void claimId(std::map<std::string, SourceLocation>& seen, const std::string& id, pugi::xml_node node,
                 const char* kind) {
        if (id.empty())
            return;
        auto [it, inserted] = seen.emplace(id, where(node));
        if (!inserted)
            error(node, std::string("duplicate ") + kind + " id " + quoted(id) + " (first defined at " +
                                  it->second.toString() + ")");
    }

    std::optional<int> integerAttribute(pugi::xml_node node, const char* name, int minimum) {
        pugi::xml_attribute a = node.attribute(name);
        if (!a)
            return std::nullopt;
        const std::string text = a.value();
        static const std::regex digits("[0-9]{1,9}");
        if (!boundedMatch(text, digits, 9) || std::stoi(text) < minimum) {
            error(node, name, "'" + std::string(name) + "' must be a whole number of at least " +
                                  std::to_string(minimum) + ", not " + quoted(text));
            return std::nullopt;
        }
        return std::stoi(text);
    }

    // ---- localized text ---------------------------------------------------------------

    /// Reads <element lang="..">text</element> children into `text`, checking languages.
    void readLocalized(pugi::xml_node parent, const char* element, LocalizedText& text) {
        for (pugi::xml_node child : parent.children(element)) {
            checkShape(child, {"lang"}, {}, true);
            const std::string lang = attribute(child, "lang", true);
            if (lang.empty())
                continue;
            if (!boundedMatch(lang, kLanguagePattern, 3))
                error(child, "lang", "language " + quoted(lang) + " must be a two- or three-letter code such as 'en'");
            else if (!m_languages.empty() &&
                     std::find(m_languages.begin(), m_languages.end(), lang) == m_languages.end())
                error(child, "lang", "<" + std::string(element) + "> in language " + quoted(lang) +
                                         ", which the form does not declare in 'languages'");
            const std::string value = child.text().get();
            if (isBlank(value.c_str()))
                error(child, "<" + std::string(element) + " lang=\"" + lang + "\"> is empty");
            if (!text.emplace(lang, trimmed(value)).second)
                error(child, "two <" + std::string(element) + "> elements in language " + quoted(lang));
        }
    }

    /// Reports each declared language that `text` lacks.
    void requireLanguages(pugi::xml_node owner, const LocalizedText& text, const char* element,
                          const std::string& ownerWords) {
        for (const std::string& lang : m_languages)
            if (!text.count(lang))
                error(owner, ownerWords + " has no <" + element + "> in " + quoted(lang));
    }

    static std::string trimmed(std::string text) {
        // Collapse the XML's indentation: runs of white space become one space.
        std::string out;
        bool space = false;
        for (char c : text) {
            if (std::isspace(static_cast<unsigned char>(c))) {
                space = !out.empty();
            } else {
                if (space)
                    out += ' ';
                out += c;
                space = false;
            }
        }
        return out;
    }

    // ---- the form -----------------------------------------------------------------------

    void readForm(pugi::xml_node node, FormDefinition& form) {
        checkShape(node, {"id", "version", "kind", "jurisdiction", "languages", "extends"},
                   {"title", "description", "section", "modify", "rules"});
        form.id = checkedId(node, "id", kFormIdPattern, "form id",
                            "<jurisdiction>.<kind>, lower-case letters, digits, '.' and '-' (e.g. core.consent)");
        form.version = attribute(node, "version", true);
        if (!form.version.empty() && !boundedMatch(form.version, kVersionPattern, 32))
            error(node, "version", "version " + quoted(form.version) + " must be MAJOR.MINOR.PATCH, e.g. 1.0.0");
        form.kind = checkedId(node, "kind", std::regex("[a-z][a-z-]*"), "kind", "a lower-case word such as 'consent'");
        m_kind = form.kind;
        form.jurisdiction = attribute(node, "jurisdiction", true);
        form.extends = attribute(node, "extends");

        std::istringstream languages(attribute(node, "languages", true));
        for (std::string lang; languages >> lang;) {
            if (!boundedMatch(lang, kLanguagePattern, 3))
                error(node, "languages", "language " + quoted(lang) + " must be a two- or three-letter code such as 'en'");
            else if (std::find(form.languages.begin(), form.languages.end(), lang) != form.languages.end())
                error(node, "languages", "language " + quoted(lang) + " is listed twice");
            else
                form.languages.push_back(lang);
        }
        m_languages = form.languages;

        readLocalized(node, "title", form.title);
        requireLanguages(node, form.title, "title", "the form");
        readLocalized(node, "description", form.description);

        for (pugi::xml_node section : node.children("section"))
            readSection(section, form);
        for (pugi::xml_node modify : node.children("modify"))
            readModification(modify, form);
        if (form.extends.empty() && node.child("modify"))
            error(node.child("modify"), "<modify> is only for a form that extends a core form (add extends=\"...\")");
        for (pugi::xml_node rules : node.children("rules")) {
            checkShape(rules, {}, {"rule"});
            for (pugi::xml_node rule : rules.children("rule"))
                readRule(rule, form);
        }
        if (form.sections.empty() && form.extends.empty())
            error(node, "the form has no <section>");
    }

    void readSection(pugi::xml_node node, FormDefinition& form) {
        checkShape(node, {"id", "relevant", "after"}, {"label", "note", "field", "repeat"});
        Section section;
        section.id = checkedId(node, "id", kNamePattern, "section id", "lower-case letters, digits and '_'");
        claimId(m_sectionIds, section.id, node, "section");
        section.relevant = expression(node, "relevant");
        section.where = where(node);
        section.after = attribute(node, "after");
        section.afterWhere = where(node, "after");
        if (node.attribute("after") && form.extends.empty())
            error(node, "after", "'after' of section " + quoted(section.id) +
                                     " is only for a form that extends a core form (add extends=\"...\")");
        else if (node.attribute("after") && section.after.empty())
            error(node, "after", "'after' of section " + quoted(section.id) +
                                     " is empty: name the core form's section it follows");
        readLocalized(node, "label", section.label);
        // A section that only adds fields to an inherited section may leave out its label.
        if (form.extends.empty() || !section.label.empty())
            requireLanguages(node, section.label, "label", "section " + quoted(section.id));

        for (pugi::xml_node child : node.children()) {
            const std::string name = child.name();
            if (name == "note") {
                Note note = readNote(child);
                section.items.push_back({SectionItem::Kind::Note, note.id});
                form.notes.push_back(std::move(note));
            } else if (name == "field") {
                Field field = readField(child, section.id, "");
                section.items.push_back({SectionItem::Kind::Field, field.id});
                form.fields.push_back(std::move(field));
            } else if (name == "repeat") {
                section.items.push_back({SectionItem::Kind::Repeat, readRepeat(child, section.id, form)});
            }
        }
        form.sections.push_back(std::move(section));
    }

    Note readNote(pugi::xml_node node) {
        checkShape(node, {"id"}, {"text"});
        Note note;
        note.id = checkedId(node, "id", kNamePattern, "note id", "lower-case letters, digits and '_'");
        claimId(m_noteIds, note.id, node, "note");
        note.where = where(node);
        readLocalized(node, "text", note.text);
        requireLanguages(node, note.text, "text", "note " + quoted(note.id));
        return note;
    }

    std::string readRepeat(pugi::xml_node node, const std::string& sectionId, FormDefinition& form) {
        checkShape(node, {"id", "min", "max", "relevant"}, {"label", "field"});
        Repeat repeat;
        repeat.id = checkedId(node, "id", kNamePattern, "repeat id", "lower-case letters, digits and '_'");
        claimId(m_fieldIds, repeat.id, node, "field");
        repeat.sectionId = sectionId;
        repeat.min = integerAttribute(node, "min", 0);
        repeat.max = integerAttribute(node, "max", 1);
        if (repeat.min && repeat.max && *repeat.min > *repeat.max)
            error(node, "min", "repeat " + quoted(repeat.id) + " has min " + std::to_string(*repeat.min) +
                                   " greater than max " + std::to_string(*repeat.max));
        repeat.relevant = expression(node, "relevant");
        repeat.where = where(node);
        readLocalized(node, "label", repeat.label);
        requireLanguages(node, repeat.label, "label", "repeat " + quoted(repeat.id));
        for (pugi::xml_node child : node.children("field")) {
            Field field = readField(child, sectionId, repeat.id);
            repeat.fieldIds.push_back(field.id);
            form.fields.push_back(std::move(field));
        }
        if (repeat.fieldIds.empty())
            error(node, "repeat " + quoted(repeat.id) + " has no <field>");
        const std::string id = repeat.id;
        form.repeats.push_back(std::move(repeat));
        return id;
    }

    // ---- fields -------------------------------------------------------------------------

    Field readField(pugi::xml_node node, const std::string& sectionId, const std::string& repeatId) {
        checkShape(node,
                   {"id", "type", "required", "relevant", "readonly", "calculate", "default", "min", "max",
                    "pattern", "max-length"},
                   {"label", "hint", "choices", "constraint"});
        Field field;
        field.id = checkedId(node, "id", kNamePattern, "field id", "lower-case letters, digits and '_'");
        claimId(m_fieldIds, field.id, node, "field");
        field.sectionId = sectionId;
        field.repeatId = repeatId;
        field.where = where(node);
        const std::string words = "field " + quoted(field.id);

        const std::string typeName = attribute(node, "type", true);
        if (auto type = fieldTypeFromName(typeName))
            field.type = *type;
        else if (!typeName.empty())
            error(node, "type", "unknown field type " + quoted(typeName) + " for " + words +
                                    " (use text, multiline, integer, decimal, boolean, date, datetime, select1, "
                                    "select, phone, email or signature)");

        readFieldProperties(node, field, words);
        readLocalized(node, "label", field.label);
        requireLanguages(node, field.label, "label", words);
        readLocalized(node, "hint", field.hint);
        readChoices(node, field, words);
        const bool isSelect = field.type == FieldType::Select1 || field.type == FieldType::Select;
        if (isSelect && !node.child("choices") && !typeName.empty())
            error(node, words + " of type " + typeName + " has no <choices>");
        readConstraints(node, field.constraints, words);
        return field;
    }

    /// The attributes a <field> and a <modify> share.
    void readFieldProperties(pugi::xml_node node, Field& field, const std::string& words) {
        field.required = expression(node, "required");
        field.relevant = expression(node, "relevant");
        field.calculate = expression(node, "calculate");
        field.defaultValue = {attribute(node, "default"), where(node, "default")};
        field.min = {attribute(node, "min"), where(node, "min")};
        field.max = {attribute(node, "max"), where(node, "max")};
        field.pattern = {attribute(node, "pattern"), where(node, "pattern")};
        field.maxLength = integerAttribute(node, "max-length", 1);
        if (pugi::xml_attribute readonly = node.attribute("readonly")) {
            const std::string value = readonly.value();
            if (value != "true" && value != "false")
                error(node, "readonly", "readonly of " + words + " must be 'true' or 'false', not " + quoted(value));
            field.readonly = value == "true";
        }
        if (!field.pattern.empty()) {
            try {
                std::regex check(field.pattern.text, std::regex::ECMAScript);
            } catch (const std::regex_error& e) {
                error(node, "pattern", "pattern of " + words + " is not a valid regular expression: " + e.what());
            }
        }
    }

    void readChoices(pugi::xml_node node, Field& field, const std::string& words) {
        pugi::xml_node choices = node.child("choices");
        if (!choices)
            return;
        if (choices.next_sibling("choices"))
            error(choices.next_sibling("choices"), words + " has more than one <choices>");
        checkShape(choices, {"source"}, {"choice"});
        const bool isSelect = field.type == FieldType::Select1 || field.type == FieldType::Select;
        if (!isSelect && std::string(node.name()) == "field")
            error(choices, "<choices> on " + words + ", which is of type " + fieldTypeName(field.type) +
                               " (only select1 and select fields have choices)");
        if (pugi::xml_attribute source = choices.attribute("source")) {
            if (std::string(source.value()) != "agencies") {
                error(choices, "source", "choice source " + quoted(source.value()) + " is unknown (the only source is 'agencies')");
                return;
            }
            if (choices.child("choice"))
                error(choices, "<choices source=\"agencies\"> cannot also list <choice> elements");
            field.choicesFromAgencies = true;
            return;
        }
        std::map<std::string, SourceLocation> seen;
        for (pugi::xml_node c : choices.children("choice")) {
            checkShape(c, {"value"}, {"label"});
            Choice choice;
            choice.value = attribute(c, "value", true);
            if (!choice.value.empty() && !boundedMatch(choice.value, kChoiceValuePattern, 128))
                error(c, "value", "choice value " + quoted(choice.value) +
                                      " may hold only letters, digits, '_', '.' and '-'");
            if (!choice.value.empty()) {
                auto [it, inserted] = seen.emplace(choice.value, where(c));
                if (!inserted)
                    error(c, "duplicate choice value " + quoted(choice.value) + " in " + words +
                                          " (first at " + it->second.toString() + ")");
            }
            readLocalized(c, "label", choice.label);
            requireLanguages(c, choice.label, "label", "choice " + quoted(choice.value) + " of " + words);
            field.choices.push_back(std::move(choice));
        }
        if (field.choices.empty())
            error(choices, "<choices> of " + words + " lists no <choice>");
    }

    Severity severity(pugi::xml_node node) {
        const std::string value = attribute(node, "severity");
        if (value.empty() || value == "error")
            return Severity::Error;
        if (value == "warning")
            return Severity::Warning;
        error(node, "severity", "severity must be 'error' or 'warning', not " + quoted(value));
        return Severity::Error;
    }

    void readConstraints(pugi::xml_node node, std::vector<Constraint>& constraints, const std::string& words) {
        for (pugi::xml_node c : node.children("constraint")) {
            checkShape(c, {"id", "assert", "severity"}, {"message"});
            Constraint constraint;
            constraint.id = checkedId(c, "id", kRuleIdPattern, "constraint id",
                                      "lower-case letters, digits, '.', '_' and '-'");
            claimId(m_ruleIds, constraint.id, c, "rule");
            refuseBuiltInRuleId(c, constraint.id);
            constraint.assertion = expression(c, "assert");
            if (constraint.assertion.empty() && !c.attribute("assert"))
                error(c, "<constraint> needs an 'assert' attribute");
            constraint.severity = severity(c);
            constraint.where = where(c);
            readLocalized(c, "message", constraint.message);
            requireLanguages(c, constraint.message, "message", "constraint " + quoted(constraint.id) + " of " + words);
            constraints.push_back(std::move(constraint));
        }
    }

    // ---- inheritance and rules ------------------------------------------------------------

    void readModification(pugi::xml_node node, FormDefinition& form) {
        checkShape(node,
                   {"field", "required", "readonly", "min", "max", "pattern", "max-length", "default", "relevant",
                    "calculate", "type"},
                   {"label", "hint", "choices", "constraint"});
        Modification m;
        m.fieldId = attribute(node, "field", true);
        m.where = where(node);
        const std::string words = "field " + quoted(m.fieldId);
        for (pugi::xml_attribute a : node.attributes()) {
            m.attributesPresent.push_back(a.name());
            m.attributeWhere[a.name()] = where(node, a.name());
        }
        readFieldProperties(node, m.changes, words);
        m.setsRequired = bool(node.attribute("required"));
        m.setsReadonly = bool(node.attribute("readonly"));
        readLocalized(node, "label", m.changes.label);
        readLocalized(node, "hint", m.changes.hint);
        // Choice lists are checked like a select field's, whatever the inherited type.
        m.changes.type = FieldType::Select1;
        readChoices(node, m.changes, words);
        m.replacesChoices = bool(node.child("choices"));
        readConstraints(node, m.changes.constraints, words);
        form.modifications.push_back(std::move(m));
    }

    void readRule(pugi::xml_node node, FormDefinition& form) {
        checkShape(node, {"id", "field", "severity", "when", "assert", "native", "fields", "supersedes"}, {"message"});
        Rule rule;
        rule.id = checkedId(node, "id", kRuleIdPattern, "rule id", "lower-case letters, digits, '.', '_' and '-'");
        claimId(m_ruleIds, rule.id, node, "rule");
        refuseBuiltInRuleId(node, rule.id);
        rule.fieldId = attribute(node, "field");
        rule.fieldWhere = where(node, "field");
        rule.severity = severity(node);
        rule.when = expression(node, "when");
        rule.assertion = expression(node, "assert");
        rule.native = attribute(node, "native");
        rule.nativeWhere = where(node, "native");
        std::istringstream fields(attribute(node, "fields"));
        for (std::string f; fields >> f;)
            rule.nativeFields.push_back(f);
        rule.where = where(node);
        rule.supersedes = attribute(node, "supersedes");
        rule.supersedesWhere = where(node, "supersedes");
        readLocalized(node, "message", rule.message);
        const std::string words = "rule " + quoted(rule.id);
        if (node.attribute("supersedes") && form.extends.empty())
            error(node, "supersedes", "'supersedes' of " + words +
                                          " is only for a form that extends a core form (add extends=\"...\")");
        else if (node.attribute("supersedes") && rule.supersedes.empty())
            error(node, "supersedes", "'supersedes' of " + words + " is empty: name the core rule it takes the place of");
        if (rule.native.empty() == rule.assertion.empty() && !node.attribute("assert"))
            error(node, words + " needs either an 'assert' expression or a 'native' rule name");
        else if (!rule.native.empty() && node.attribute("assert")) {
            error(node, "native", words + " has both 'assert' and 'native': use one");
        }
        if (rule.native.empty())
            requireLanguages(node, rule.message, "message", words);
        else if (!rule.nativeFields.size() && node.attribute("fields"))
            error(node, "fields", "'fields' of " + words + " is empty");
        if (rule.native.empty() && node.attribute("fields"))
            error(node, "fields", "'fields' is only for native rules; an expression's fields are found from it");
        if (!rule.assertion.empty())
            rule.native.clear();   // both given, and reported: the expression stands, no second problem
        form.rules.push_back(std::move(rule));
    }

    SourceText m_source;
    Diagnostics& m_diagnostics;
    std::vector<std::string> m_languages;
    std::string m_kind;
    std::map<std::string, SourceLocation> m_fieldIds, m_sectionIds, m_noteIds, m_ruleIds;
};

/// Whether a numeric character reference names a character XML 1.0 allows (its `Char`
/// production). pugixml decodes any number, surrogates and NUL included, into bytes that
/// are not UTF-8 or that cut a string short.
bool isXmlCharacter(unsigned long code) {
    return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
           (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
}

/// pugixml leaves an entity reference it does not know as it is, and decodes any
/// character number; XML calls both an error. The offset of the first bad reference
/// outside comments, CDATA and processing instructions, and what is wrong with it.
std::optional<std::pair<std::size_t, std::string>> badReference(const std::string& xml) {
    static const std::regex known("lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+");
    for (std::size_t i = 0; i < xml.size(); ++i) {
        for (const auto& [open, close] : {std::pair{"<!--", "-->"}, std::pair{"<![CDATA[", "]]>"}, std::pair{"<?", "?>"}}) {
            if (xml.compare(i, std::strlen(open), open) == 0) {
                const std::size_t end = xml.find(close, i + std::strlen(open));
                if (end == std::string::npos)
                    return std::nullopt;   // pugixml reports it
                i = end + std::strlen(close);
            }
        }
        if (i >= xml.size() || xml[i] != '&')
            continue;
        const std::size_t semicolon = xml.find(';', i);
        if (semicolon == std::string::npos || semicolon - i > 32)
            return std::pair{i, std::string("'&' must be written '&amp;'")};
        const std::string name = xml.substr(i + 1, semicolon - i - 1);
        if (!std::regex_match(name, known))
            return std::pair{i, "undefined entity '&" + name +
                                    ";' (XML has only &amp;, &lt;, &gt;, &quot; and &apos;)"};
        if (name[0] == '#') {
            const bool hex = name.size() > 1 && name[1] == 'x';
            const std::string digits = name.substr(hex ? 2 : 1);
            // More digits than any character needs is out of range too (and would overflow).
            const unsigned long code =
                digits.find_first_not_of('0') == std::string::npos ? 0
                : digits.size() - digits.find_first_not_of('0') > 7 ? 0x110000UL
                                                                      : std::stoul(digits, nullptr, hex ? 16 : 10);
            if (!isXmlCharacter(code))
                return std::pair{i, "the character reference '&" + name +
                                        ";' is not a character XML allows (a control character, a "
                                        "surrogate or past U+10FFFF)"};
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<FormDefinition> loadFormDefinition(const std::string& xml, const std::string& fileName,
                                                 Diagnostics& diagnostics) {
    SourceText source(xml, fileName);
    // pugixml passes any bytes through; everything downstream (labels, answers, the
    // audit trail's JSON) needs UTF-8, so a file saved in another encoding stops here.
    if (const std::size_t bad = firstInvalidUtf8(xml); bad != std::string::npos) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", unsigned(static_cast<unsigned char>(xml[bad])));
        diagnostics.error(source.at(std::ptrdiff_t(bad)),
                          std::string("the file is not UTF-8 text: byte ") + hex +
                              " here does not start or continue a UTF-8 character; save the file as UTF-8");
        return std::nullopt;
    }
    pugi::xml_document document;
    const pugi::xml_parse_result parsed =
        document.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!parsed) {
        diagnostics.error(source.at(parsed.offset), std::string("not well-formed XML: ") + parsed.description());
        return std::nullopt;
    }
    if (auto reference = badReference(xml)) {
        diagnostics.error(source.at(std::ptrdiff_t(reference->first)), "not well-formed XML: " + reference->second);
        return std::nullopt;
    }
    if (!document.document_element()) {
        diagnostics.error(source.at(0), "the file holds no XML element");
        return std::nullopt;
    }
    Reader reader(xml, fileName, diagnostics);
    return reader.read(document);
}

} // namespace parity::forms
