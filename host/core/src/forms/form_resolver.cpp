#include "forms/form_resolver.h"

#include "forms/literals.h"

#include <algorithm>
#include <map>

namespace parity::forms {
namespace {

std::string quoted(const std::string& text) { return "'" + text + "'"; }

bool isRequiredAlways(const Expression& required) { return required.text == "true"; }
bool isNeverRequired(const Expression& required) { return required.empty() || required.text == "false"; }

void replaceLocalized(LocalizedText& target, const LocalizedText& changes) {
    for (const auto& [lang, text] : changes)
        target[lang] = text;
}

class Resolver {
public:
    Resolver(const FormDefinition& state, const FormDefinition& core, Diagnostics& diagnostics)
        : m_state(state), m_core(core), m_diagnostics(diagnostics) {}

    FormDefinition resolve() {
        FormDefinition form = m_core;
        // Identity and text come from the state form.
        form.id = m_state.id;
        form.version = m_state.version;
        form.kind = m_state.kind;
        form.jurisdiction = m_state.jurisdiction;
        form.extends = m_state.extends;
        form.languages = m_state.languages;
        form.title = m_state.title;
        if (!m_state.description.empty())
            form.description = m_state.description;
        form.file = m_state.file;
        form.where = m_state.where;
        form.modifications.clear();

        if (m_state.kind != m_core.kind)
            error(m_state.where, "form " + quoted(m_state.id) + " is of kind " + quoted(m_state.kind) +
                                     " but extends " + quoted(m_core.id) + " of kind " + quoted(m_core.kind));
        for (const std::string& lang : m_state.languages)
            if (std::find(m_core.languages.begin(), m_core.languages.end(), lang) == m_core.languages.end()) {
                std::string coreLanguages;
                for (const std::string& l : m_core.languages)
                    coreLanguages += (coreLanguages.empty() ? "" : ", ") + l;
                error(m_state.where, "form " + quoted(m_state.id) + " lists language " + quoted(lang) + ", which " +
                                         m_core.id + " is not written in (" + m_core.id + " has " + coreLanguages + ")");
            }
        for (Field& f : form.fields)
            if (f.definedBy.empty())
                f.definedBy = m_core.id;
        for (Rule& r : form.rules)
            if (r.definedBy.empty())
                r.definedBy = m_core.id;

        addSections(form);
        addRules(form);
        for (const Modification& m : m_state.modifications)
            applyModification(form, m);
        return form;
    }

private:
    void error(const SourceLocation& where, std::string message) { m_diagnostics.error(where, std::move(message)); }

    std::string coreWhere(const SourceLocation& where) const { return " (" + where.toString() + ")"; }

    void addSections(FormDefinition& form) {
        // The state's new sections placed after each core section so far, so that several
        // sections with the same `after` keep the order the state form gives them.
        std::map<std::string, std::size_t> placedAfter;
        for (const Section& section : m_state.sections) {
            Section* target = nullptr;
            for (Section& existing : form.sections)
                if (existing.id == section.id)
                    target = &existing;
            if (target && !section.after.empty()) {
                error(section.afterWhere, "section " + quoted(section.id) + " is a section of " + m_core.id +
                                              " and keeps its place: 'after' is for a new section");
            } else if (!section.after.empty()) {
                const auto follows = std::find_if(form.sections.begin(), form.sections.end(),
                                                  [&](const Section& s) { return s.id == section.after; });
                if (follows == form.sections.end() || !m_core.section(section.after)) {
                    std::string known;
                    for (const Section& s : m_core.sections)
                        known += (known.empty() ? "" : ", ") + s.id;
                    error(section.afterWhere, "section " + quoted(section.id) + " is to follow " +
                                                  quoted(section.after) + ", which is not a section of " +
                                                  m_core.id + " (its sections: " + known + ")");
                    continue;
                }
                std::size_t& placed = placedAfter[section.after];
                form.sections.insert(follows + 1 + std::ptrdiff_t(placed), section);
                ++placed;
                continue;
            }
            if (target) {
                // Same id as a core section: its items join that section.
                if (!section.label.empty())
                    replaceLocalized(target->label, section.label);
                if (!section.relevant.empty())
                    error(section.relevant.where, "section " + quoted(section.id) + " of " + m_core.id +
                                                      " cannot be given a new 'relevant': it could hide fields the "
                                                      "core form requires");
                target->items.insert(target->items.end(), section.items.begin(), section.items.end());
            } else {
                form.sections.push_back(section);
            }
        }
        for (const Field& field : m_state.fields) {
            if (const Field* core = m_core.field(field.id)) {
                error(field.where, "field " + quoted(field.id) + " is already defined by " + m_core.id +
                                       coreWhere(core->where) + "; use <modify field=\"" + field.id +
                                       "\"> to change its labels or choices or to tighten it");
                continue;
            }
            if (m_core.repeat(field.id)) {
                error(field.where, "field " + quoted(field.id) + " has the id of a repeat group of " + m_core.id);
                continue;
            }
            Field added = field;
            added.definedBy = m_state.id;
            form.fields.push_back(std::move(added));
        }
        for (const Repeat& repeat : m_state.repeats) {
            if (m_core.field(repeat.id) || m_core.repeat(repeat.id)) {
                error(repeat.where, "repeat " + quoted(repeat.id) + " has an id that " + m_core.id + " already uses");
                continue;
            }
            form.repeats.push_back(repeat);
        }
        for (const Note& note : m_state.notes) {
            const auto core = std::find_if(m_core.notes.begin(), m_core.notes.end(),
                                           [&](const Note& n) { return n.id == note.id; });
            if (core != m_core.notes.end()) {
                error(note.where, "note " + quoted(note.id) + " is already defined by " + m_core.id +
                                      coreWhere(core->where));
                continue;
            }
            form.notes.push_back(note);
        }
    }

    bool coreUsesRuleId(const std::string& id) const {
        for (const Rule& r : m_core.rules)
            if (r.id == id)
                return true;
        for (const Field& f : m_core.fields)
            for (const Constraint& c : f.constraints)
                if (c.id == id)
                    return true;
        return false;
    }

    void addRules(FormDefinition& form) {
        for (const Rule& rule : m_state.rules) {
            if (coreUsesRuleId(rule.id)) {
                error(rule.where, "rule id " + quoted(rule.id) + " is already used by " + m_core.id +
                                      "; a state form adds rules but cannot replace a core rule");
                continue;
            }
            if (!rule.supersedes.empty())
                supersede(form, rule);
            Rule added = rule;
            added.definedBy = m_state.id;
            form.rules.push_back(std::move(added));
        }
        // Constraints on the state's own fields were read with the fields; check their ids too.
        for (const Field& field : m_state.fields)
            for (const Constraint& c : field.constraints)
                if (coreUsesRuleId(c.id))
                    error(c.where, "constraint id " + quoted(c.id) + " is already used by " + m_core.id);
    }

    /// A state rule may take the place of a core *warning* (advice the core form gives for
    /// every state, e.g. "most states want a guardian under 18"), never of a core error:
    /// a warning blocks nothing, so replacing it by the state's own rule cannot loosen
    /// what the core form requires.
    void supersede(FormDefinition& form, const Rule& rule) {
        const std::string words = "rule " + quoted(rule.id);
        const auto core = std::find_if(m_core.rules.begin(), m_core.rules.end(),
                                       [&](const Rule& r) { return r.id == rule.supersedes; });
        if (core == m_core.rules.end()) {
            error(rule.supersedesWhere, words + " supersedes " + quoted(rule.supersedes) + ", which is not a rule of " +
                                            m_core.id);
            return;
        }
        if (core->severity != Severity::Warning) {
            error(rule.supersedesWhere, words + " cannot supersede " + quoted(rule.supersedes) + coreWhere(core->where) +
                                            ": it is an error in " + m_core.id +
                                            ", and a state form may only tighten what the core form requires");
            return;
        }
        std::erase_if(form.rules, [&](const Rule& r) { return r.id == rule.supersedes && r.definedBy == m_core.id; });
    }

    void applyModification(FormDefinition& form, const Modification& m) {
        Field* field = form.field(m.fieldId);
        const Field* core = m_core.field(m.fieldId);
        if (!field || !core) {
            error(m.where, "<modify> names field " + quoted(m.fieldId) + ", which " + m_core.id +
                               " does not have (a state form's own fields are changed where they are defined)");
            return;
        }
        const std::string words = "field " + quoted(m.fieldId) + " of " + m_core.id;
        auto at = [&](const char* attribute) {
            auto it = m.attributeWhere.find(attribute);
            return it == m.attributeWhere.end() ? m.where : it->second;
        };
        auto present = [&](const char* attribute) {
            return std::find(m.attributesPresent.begin(), m.attributesPresent.end(), attribute) !=
                   m.attributesPresent.end();
        };

        if (present("type"))
            error(at("type"), "cannot change the type of " + words + " (it is " + fieldTypeName(core->type) + ")");
        if (present("relevant"))
            error(at("relevant"), "cannot change when " + words +
                                      " is relevant: that could hide a field the core form requires");
        if (present("calculate"))
            error(at("calculate"), "cannot change the calculation of " + words);

        replaceLocalized(field->label, m.changes.label);
        replaceLocalized(field->hint, m.changes.hint);
        if (m.replacesChoices) {
            if (core->type != FieldType::Select1 && core->type != FieldType::Select)
                error(m.where, "cannot give choices to " + words + ", which is of type " + fieldTypeName(core->type));
            field->choices = m.changes.choices;
            field->choicesFromAgencies = m.changes.choicesFromAgencies;
        }
        if (!m.changes.defaultValue.empty())
            field->defaultValue = m.changes.defaultValue;

        if (m.setsRequired) {
            const Expression& wanted = m.changes.required;
            if (wanted.text == "false" || wanted.empty()) {
                if (!isNeverRequired(core->required))
                    error(at("required"), words + " cannot be made optional (the core form requires it)");
            } else if (isRequiredAlways(wanted)) {
                field->required = wanted;
            } else if (isRequiredAlways(core->required)) {
                error(at("required"), words + " is always required by the core form; a condition would loosen it");
            } else if (isNeverRequired(core->required)) {
                field->required = wanted;
            } else {
                // Both conditional: required when either says so — never less than the core.
                field->required = {"(" + core->required.text + ") or (" + wanted.text + ")", wanted.where};
            }
        }
        if (m.setsReadonly) {
            if (core->readonly && !m.changes.readonly)
                error(at("readonly"), words + " is read-only in the core form and cannot be made editable");
            field->readonly = core->readonly || m.changes.readonly;
        }

        narrowBound(*field, *core, m.changes.min, true, words);
        narrowBound(*field, *core, m.changes.max, false, words);

        if (!m.changes.pattern.empty()) {
            if (!core->pattern.empty())
                error(m.changes.pattern.where, "cannot replace the pattern of " + words +
                                                   " (a new pattern could accept what the core one refuses)");
            else
                field->pattern = m.changes.pattern;
        }
        if (m.changes.maxLength) {
            if (core->maxLength && *m.changes.maxLength > *core->maxLength)
                error(at("max-length"), "max-length " + std::to_string(*m.changes.maxLength) + " of " + words +
                                            " is longer than the core form's " + std::to_string(*core->maxLength));
            else
                field->maxLength = m.changes.maxLength;
        }
        for (const Constraint& c : m.changes.constraints) {
            bool clash = coreUsesRuleId(c.id);
            for (const Constraint& existing : field->constraints)
                clash = clash || existing.id == c.id;
            if (clash)
                error(c.where, "constraint id " + quoted(c.id) + " is already used by " + m_core.id +
                                   "; a state form adds constraints but cannot replace a core one");
            else
                field->constraints.push_back(c);
        }
    }

    /// A bound may be added where the core has none, or moved inward, never outward.
    void narrowBound(Field& field, const Field& core, const Expression& wanted, bool isMin, const std::string& words) {
        if (wanted.empty())
            return;
        const Expression& current = isMin ? core.min : core.max;
        const char* name = isMin ? "min" : "max";
        if (!current.empty() && current.text != wanted.text) {
            const auto order = compareBounds(core.type, wanted.text, current.text);
            const bool narrower = order && (isMin ? *order > 0 : *order < 0);
            if (!narrower) {
                error(wanted.where, std::string(name) + " " + quoted(wanted.text) + " of " + words +
                                        " does not narrow the core form's " + name + " " + quoted(current.text) +
                                        " (a state form may only tighten it)");
                return;
            }
        }
        (isMin ? field.min : field.max) = wanted;
    }

    const FormDefinition& m_state;
    const FormDefinition& m_core;
    Diagnostics& m_diagnostics;
};

} // namespace

FormDefinition resolveExtends(const FormDefinition& state, const FormDefinition& core, Diagnostics& diagnostics) {
    return Resolver(state, core, diagnostics).resolve();
}

} // namespace parity::forms
