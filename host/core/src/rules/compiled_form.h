// A resolved form made ready to run: every expression compiled, every literal checked,
// calculations ordered, and the dependency graph built that lets a FormSession
// revalidate only what a changed answer can affect.
#pragma once

#include "forms/form_definition.h"
#include "rules/compiled_expression.h"

#include <parity/agency.h>
#include <parity/native_rule.h>

#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace parity::rules {

/// Runs the native rules forms name. The plugin host provides one over the loaded
/// plugins; tests may provide their own.
class NativeRuleRunner {
public:
    virtual ~NativeRuleRunner() = default;
    virtual bool has(const std::string& name) const = 0;
    /// The findings, or throws parity::Error with the plugin's failure message.
    virtual std::vector<RuleFinding> run(const std::string& name, const AnswerSnapshot& answers) const = 0;
};

struct CompileOptions {
    std::shared_ptr<const NativeRuleRunner> nativeRules;   ///< null: a form naming a native rule is an error
    std::vector<ReportingAgency> agencies;           ///< fills <choices source="agencies"/>
    std::vector<AgencyTranslation> agencyTranslations;   ///< their labels in the form's other languages
};

enum class RequiredMode { Never, Always, When };

/// A bound (min or max) ready to compare: a literal, or the clock.
struct Bound {
    enum class Kind { None, Number, Instant, Today, Now } kind = Kind::None;
    double number = 0;
    std::string text;   ///< as written, for messages
};

struct FieldPlan {
    const forms::Field* field = nullptr;
    int repeat = -1;                                        ///< index into repeats(), or -1
    RequiredMode requiredMode = RequiredMode::Never;
    std::unique_ptr<CompiledExpression> required;
    std::unique_ptr<CompiledExpression> relevant;           ///< the field's own
    const CompiledExpression* sectionRelevant = nullptr;    ///< its section's, if any
    std::unique_ptr<CompiledExpression> calculate;
    std::vector<std::pair<const forms::Constraint*, std::unique_ptr<CompiledExpression>>> constraints;
    Bound min, max;
    std::optional<std::regex> pattern;
    std::vector<forms::Choice> choices;                     ///< resolved (agency source filled in)
    std::set<std::string> checkDependencies;                ///< what its checks read, itself included
};

struct RulePlan {
    const forms::Rule* rule = nullptr;
    int field = -1;                                         ///< index of the field it is shown beside
    std::unique_ptr<CompiledExpression> when;
    std::unique_ptr<CompiledExpression> assertion;
    std::set<std::string> dependencies;
};

struct RepeatPlan {
    const forms::Repeat* repeat = nullptr;
    std::unique_ptr<CompiledExpression> relevant;
    const CompiledExpression* sectionRelevant = nullptr;    ///< its section's, if any
    std::vector<std::size_t> fields;                        ///< indices into fields()
};

/// What must be recomputed when one field (or repeat group) changes.
struct Dependents {
    std::vector<std::size_t> fieldChecks;
    std::vector<std::size_t> rules;
    std::vector<std::size_t> calculations;   ///< indices into fields(), in calculation order
};

class CompiledForm {
public:
    /// Compiles a resolved form. Returns null and fills `diagnostics` if it has errors.
    static std::shared_ptr<const CompiledForm> compile(forms::FormDefinition form, const CompileOptions& options,
                                                       forms::Diagnostics& diagnostics);

    const forms::FormDefinition& definition() const { return m_form; }
    const std::vector<FieldPlan>& fields() const { return m_fields; }
    const std::vector<RulePlan>& rules() const { return m_rules; }
    const std::vector<RepeatPlan>& repeats() const { return m_repeats; }
    /// Calculated fields (indices into fields()), each after those it reads.
    const std::vector<std::size_t>& calculationOrder() const { return m_calculationOrder; }
    int fieldIndex(const std::string& id) const;
    int repeatIndex(const std::string& id) const;
    /// What depends on field or repeat `id` (empty when nothing does).
    const Dependents& dependents(const std::string& id) const;
    const NativeRuleRunner* nativeRules() const { return m_nativeRules.get(); }

    CompiledForm(const CompiledForm&) = delete;
    CompiledForm& operator=(const CompiledForm&) = delete;

private:
    CompiledForm() = default;
    friend class FormCompiler;

    forms::FormDefinition m_form;
    // The queries point into this set, so it lives as long as the form and never moves.
    std::unique_ptr<pugi::xpath_variable_set> m_variables = std::make_unique<pugi::xpath_variable_set>();
    std::map<std::string, std::unique_ptr<CompiledExpression>> m_sectionRelevance;
    std::vector<FieldPlan> m_fields;
    std::vector<RulePlan> m_rules;
    std::vector<RepeatPlan> m_repeats;
    std::vector<std::size_t> m_calculationOrder;
    std::unordered_map<std::string, int> m_fieldIndex;
    std::unordered_map<std::string, int> m_repeatIndex;
    std::unordered_map<std::string, Dependents> m_dependents;
    std::shared_ptr<const NativeRuleRunner> m_nativeRules;   // shared: keeps the plugin loaded
};

} // namespace parity::rules
