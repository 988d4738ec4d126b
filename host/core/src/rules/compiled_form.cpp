#include "rules/compiled_form.h"

#include "forms/literals.h"
#include "rules/expression_compiler.h"
#include "time/temporal.h"

#include <algorithm>
#include <functional>

namespace parity::rules {

using forms::Diagnostics;
using forms::FieldType;

namespace {
std::string quoted(const std::string& text) { return "'" + text + "'"; }
} // namespace

/// Builds a CompiledForm; a friend so that it can fill the private parts.
class FormCompiler {
public:
    FormCompiler(CompiledForm& out, const CompileOptions& options, Diagnostics& diagnostics)
        : m_out(out), m_options(options), m_diagnostics(diagnostics),
          m_compiler(allNames(out.m_form), *out.m_variables) {}

    void run() {
        const forms::FormDefinition& form = m_out.m_form;
        m_out.m_nativeRules = m_options.nativeRules;
        for (std::size_t i = 0; i < form.repeats.size(); ++i)
            m_out.m_repeatIndex[form.repeats[i].id] = int(i);
        for (std::size_t i = 0; i < form.fields.size(); ++i)
            m_out.m_fieldIndex[form.fields[i].id] = int(i);

        for (const forms::Section& section : form.sections)
            if (!section.relevant.empty())
                if (auto e = compile(section.relevant, "relevant of section " + quoted(section.id)))
                    m_out.m_sectionRelevance[section.id] = std::move(e);
        for (const forms::Repeat& repeat : form.repeats) {
            RepeatPlan plan;
            plan.repeat = &repeat;
            if (!repeat.relevant.empty())
                plan.relevant = compile(repeat.relevant, "relevant of repeat " + quoted(repeat.id));
            if (auto it = m_out.m_sectionRelevance.find(repeat.sectionId); it != m_out.m_sectionRelevance.end())
                plan.sectionRelevant = it->second.get();
            m_out.m_repeats.push_back(std::move(plan));
        }
        for (const forms::Field& field : form.fields) {
            m_out.m_fields.push_back(planField(field));
            if (m_out.m_fields.back().repeat >= 0)
                m_out.m_repeats[std::size_t(m_out.m_fields.back().repeat)].fields.push_back(m_out.m_fields.size() - 1);
        }
        for (const forms::Rule& rule : form.rules)
            m_out.m_rules.push_back(planRule(rule));
        orderCalculations();
        buildDependents();
    }

private:
    static std::set<std::string> allNames(const forms::FormDefinition& form) {
        std::set<std::string> names;
        for (const forms::Field& f : form.fields)
            names.insert(f.id);
        for (const forms::Repeat& r : form.repeats)
            names.insert(r.id);
        return names;
    }

    std::unique_ptr<CompiledExpression> compile(const forms::Expression& e, const std::string& what) {
        return m_compiler.compile(e, what, m_diagnostics);
    }

    Bound bound(const forms::Field& field, const forms::Expression& e, const char* name) {
        Bound b;
        if (e.empty())
            return b;
        b.text = e.text;
        if (const std::string problem = forms::boundLiteralProblem(field.type, e.text); !problem.empty()) {
            m_diagnostics.error(e.where, std::string(name) + " " + quoted(e.text) + " of field " + quoted(field.id) +
                                             " " + problem);
            return b;
        }
        if (e.text == "today")
            b.kind = Bound::Kind::Today;
        else if (e.text == "now")
            b.kind = Bound::Kind::Now;
        else if (field.type == FieldType::Integer || field.type == FieldType::Decimal) {
            b.kind = Bound::Kind::Number;
            b.number = std::stod(e.text);
        } else {
            b.kind = Bound::Kind::Instant;
        }
        return b;
    }

    FieldPlan planField(const forms::Field& field) {
        FieldPlan plan;
        plan.field = &field;
        const std::string words = "field " + quoted(field.id);
        if (!field.repeatId.empty())
            plan.repeat = m_out.repeatIndex(field.repeatId);

        if (field.required.text == "true")
            plan.requiredMode = RequiredMode::Always;
        else if (!field.required.empty() && field.required.text != "false") {
            plan.requiredMode = RequiredMode::When;
            plan.required = compile(field.required, "required of " + words);
        }
        if (!field.relevant.empty())
            plan.relevant = compile(field.relevant, "relevant of " + words);
        if (auto it = m_out.m_sectionRelevance.find(field.sectionId); it != m_out.m_sectionRelevance.end())
            plan.sectionRelevant = it->second.get();
        if (!field.calculate.empty())
            plan.calculate = compile(field.calculate, "calculate of " + words);
        for (const forms::Constraint& c : field.constraints)
            if (auto e = compile(c.assertion, "constraint " + quoted(c.id) + " of " + words))
                plan.constraints.emplace_back(&c, std::move(e));
        plan.min = bound(field, field.min, "min");
        plan.max = bound(field, field.max, "max");
        const bool literalBounds = (plan.min.kind == Bound::Kind::Number || plan.min.kind == Bound::Kind::Instant) &&
                                   (plan.max.kind == Bound::Kind::Number || plan.max.kind == Bound::Kind::Instant);
        if (const auto order = forms::compareBounds(field.type, field.min.text, field.max.text);
            literalBounds && order && *order > 0)
            m_diagnostics.error(field.min.where, "min " + field.min.text + " of " + words + " is greater than its max " +
                                                     field.max.text);
        if (!field.pattern.empty()) {
            try {
                plan.pattern.emplace(field.pattern.text, std::regex::ECMAScript);
            } catch (const std::regex_error&) {
                // The loader has reported it.
            }
        }
        plan.choices = field.choices;
        if (field.choicesFromAgencies) {
            for (const ReportingAgency& agency : m_options.agencies) {
                forms::Choice choice;
                choice.value = agency.code;
                for (const std::string& lang : m_out.m_form.languages)
                    choice.label[lang] = translatedAgency(agency, m_options.agencyTranslations, lang).name;
                plan.choices.push_back(std::move(choice));
            }
            if (plan.choices.empty())
                m_diagnostics.error(field.where, words + " takes its choices from the jurisdiction's agencies, but "
                                                         "this form has no jurisdiction plugin with agencies");
        }
        checkDefault(field, plan);

        plan.checkDependencies.insert(field.id);
        auto add = [&](const CompiledExpression* e) {
            if (e)
                plan.checkDependencies.insert(e->references().begin(), e->references().end());
        };
        add(plan.required.get());
        add(plan.relevant.get());
        add(plan.sectionRelevant);
        if (plan.repeat >= 0)
            add(m_out.m_repeats[std::size_t(plan.repeat)].relevant.get());
        for (const auto& [constraint, e] : plan.constraints)
            add(e.get());
        return plan;
    }

    void checkDefault(const forms::Field& field, const FieldPlan& plan) {
        const forms::Expression& d = field.defaultValue;
        if (d.empty())
            return;
        const std::string words = "default " + quoted(d.text) + " of field " + quoted(field.id);
        switch (field.type) {
        case FieldType::Select1:
        case FieldType::Select:
            if (std::none_of(plan.choices.begin(), plan.choices.end(), [&](const auto& c) { return c.value == d.text; }))
                m_diagnostics.error(d.where, words + " is not one of its choices");
            break;
        case FieldType::Boolean:
            if (d.text != "true" && d.text != "false")
                m_diagnostics.error(d.where, words + " must be 'true' or 'false'");
            break;
        case FieldType::DateTime:
            if (d.text == "today") {
                m_diagnostics.error(d.where, words + " is a date; a datetime field starts at 'now' or at a datetime");
                break;
            }
            [[fallthrough]];
        case FieldType::Integer:
        case FieldType::Decimal:
        case FieldType::Date:
            if (const std::string problem = forms::boundLiteralProblem(field.type, d.text); !problem.empty())
                m_diagnostics.error(d.where, words + " " + problem);
            break;
        default:
            break;
        }
    }

    RulePlan planRule(const forms::Rule& rule) {
        RulePlan plan;
        plan.rule = &rule;
        const std::string words = "rule " + quoted(rule.id);
        if (!rule.fieldId.empty()) {
            plan.field = m_out.fieldIndex(rule.fieldId);
            if (plan.field < 0)
                m_diagnostics.error(rule.fieldWhere, words + " is shown beside unknown field " + quoted(rule.fieldId));
        }
        if (!rule.when.empty())
            plan.when = compile(rule.when, "when of " + words);
        if (!rule.assertion.empty())
            plan.assertion = compile(rule.assertion, "assert of " + words);
        if (!rule.native.empty()) {
            if (!m_options.nativeRules || !m_options.nativeRules->has(rule.native))
                m_diagnostics.error(rule.nativeWhere, "unknown native rule " + quoted(rule.native) + " in " + words +
                                                          " (no loaded plugin registers it)");
            for (const std::string& f : rule.nativeFields) {
                if (m_out.fieldIndex(f) < 0 && m_out.repeatIndex(f) < 0)
                    m_diagnostics.error(rule.where, "unknown field " + quoted(f) + " in fields of " + words);
                plan.dependencies.insert(f);
            }
        }
        for (const CompiledExpression* e : std::initializer_list<const CompiledExpression*>{plan.when.get(), plan.assertion.get()})
            if (e)
                plan.dependencies.insert(e->references().begin(), e->references().end());
        if (plan.field >= 0) {
            // A rule beside a hidden field does not apply: it depends on that field's relevance.
            const FieldPlan& f = m_out.m_fields[std::size_t(plan.field)];
            for (const CompiledExpression* e : std::initializer_list<const CompiledExpression*>{f.relevant.get(), f.sectionRelevant})
                if (e)
                    plan.dependencies.insert(e->references().begin(), e->references().end());
        }
        return plan;
    }

    /// Orders calculated fields so each comes after the calculated fields it reads;
    /// a cycle is a definition error naming the fields in it.
    void orderCalculations() {
        enum class Mark { None, Visiting, Done };
        std::vector<Mark> marks(m_out.m_fields.size(), Mark::None);
        std::vector<std::size_t> path;
        std::function<void(std::size_t)> visit = [&](std::size_t i) {
            if (marks[i] == Mark::Done)
                return;
            const FieldPlan& plan = m_out.m_fields[i];
            if (marks[i] == Mark::Visiting) {
                std::string cycle;
                auto start = std::find(path.begin(), path.end(), i);
                for (auto it = start; it != path.end(); ++it)
                    cycle += m_out.m_fields[*it].field->id + " -> ";
                m_diagnostics.error(plan.field->calculate.where,
                                    "calculations form a cycle: " + cycle + plan.field->id);
                return;
            }
            marks[i] = Mark::Visiting;
            path.push_back(i);
            for (const std::string& ref : plan.calculate->references()) {
                const int j = m_out.fieldIndex(ref);
                if (j >= 0 && m_out.m_fields[std::size_t(j)].calculate)
                    visit(std::size_t(j));
            }
            path.pop_back();
            marks[i] = Mark::Done;
            m_out.m_calculationOrder.push_back(i);
        };
        for (std::size_t i = 0; i < m_out.m_fields.size(); ++i)
            if (m_out.m_fields[i].calculate)
                visit(i);
    }

    void buildDependents() {
        auto& deps = m_out.m_dependents;
        for (std::size_t i = 0; i < m_out.m_fields.size(); ++i)
            for (const std::string& ref : m_out.m_fields[i].checkDependencies)
                deps[ref].fieldChecks.push_back(i);
        for (std::size_t i = 0; i < m_out.m_rules.size(); ++i)
            for (const std::string& ref : m_out.m_rules[i].dependencies)
                deps[ref].rules.push_back(i);
        // Calculations in order, so recomputing them in list order is always correct.
        for (std::size_t i : m_out.m_calculationOrder)
            for (const std::string& ref : m_out.m_fields[i].calculate->references())
                deps[ref].calculations.push_back(i);
        // A repeat group's children change the group: whatever reads the group re-runs.
        for (const forms::Field& field : m_out.m_form.fields)
            if (!field.repeatId.empty() && deps.count(field.repeatId)) {
                const Dependents group = deps[field.repeatId];
                Dependents& child = deps[field.id];
                child.fieldChecks.insert(child.fieldChecks.end(), group.fieldChecks.begin(), group.fieldChecks.end());
                child.rules.insert(child.rules.end(), group.rules.begin(), group.rules.end());
            }
        for (auto& [id, d] : deps) {
            for (auto* list : {&d.fieldChecks, &d.rules}) {
                std::sort(list->begin(), list->end());
                list->erase(std::unique(list->begin(), list->end()), list->end());
            }
        }
    }

    CompiledForm& m_out;
    const CompileOptions& m_options;
    Diagnostics& m_diagnostics;
    ExpressionCompiler m_compiler;
};

std::shared_ptr<const CompiledForm> CompiledForm::compile(forms::FormDefinition form, const CompileOptions& options,
                                                          Diagnostics& diagnostics) {
    std::shared_ptr<CompiledForm> compiled(new CompiledForm());
    compiled->m_form = std::move(form);
    const std::size_t before = diagnostics.size();
    FormCompiler(*compiled, options, diagnostics).run();
    if (diagnostics.size() != before)
        return nullptr;
    return compiled;
}

int CompiledForm::fieldIndex(const std::string& id) const {
    auto it = m_fieldIndex.find(id);
    return it == m_fieldIndex.end() ? -1 : it->second;
}

int CompiledForm::repeatIndex(const std::string& id) const {
    auto it = m_repeatIndex.find(id);
    return it == m_repeatIndex.end() ? -1 : it->second;
}

const Dependents& CompiledForm::dependents(const std::string& id) const {
    static const Dependents none;
    auto it = m_dependents.find(id);
    return it == m_dependents.end() ? none : it->second;
}

} // namespace parity::rules
