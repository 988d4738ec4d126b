// One form being filled: the answers, and the issues they have right now.
//
// After one answer changes, only what can depend on it is recomputed (calculations,
// then the checks and rules that read a changed field), using the dependency graph
// of the CompiledForm. The GUI revalidates on every keystroke this way; the CLI and
// the store call validateAll().
#pragma once

#include "rules/compiled_form.h"

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace parity::rules {

struct ValidationIssue {
    std::string fieldId;              ///< empty for a form-level issue
    std::string ruleId;               ///< "required", "type", ..., or the constraint's / rule's id
    forms::Severity severity = forms::Severity::Error;
    std::string message;              ///< in the session's language
    int item = -1;                    ///< the repeat item (0-based) for a field in a repeat group

    bool isError() const { return severity == forms::Severity::Error; }
};

class FormSession {
public:
    FormSession(std::shared_ptr<const CompiledForm> form, EvaluationEnvironment environment,
                std::string language = "en");

    const CompiledForm& form() const { return *m_form; }
    const std::string& language() const { return m_language; }
    /// Changes the language of messages (and revalidates everything).
    void setLanguage(const std::string& language);
    EvaluationEnvironment& environment() { return m_environment; }

    /// Sets each field with a default to it (today/now from the environment's clock).
    void applyDefaults();

    /// Sets a top-level field and revalidates what depends on it. Throws parity::UsageError
    /// for an unknown field or one inside a repeat group.
    void setValue(const std::string& fieldId, const std::string& value);
    /// The same without revalidating: for loading many answers, then validateAll().
    void assignValue(const std::string& fieldId, const std::string& value);
    std::string value(const std::string& fieldId) const;

    std::size_t itemCount(const std::string& repeatId) const;
    /// Adds or removes items at the end so that the group has `count` items.
    void setItemCount(const std::string& repeatId, std::size_t count, bool revalidate = true);
    void setItemValue(const std::string& repeatId, std::size_t item, const std::string& fieldId,
                      const std::string& value, bool revalidate = true);
    std::string itemValue(const std::string& repeatId, std::size_t item, const std::string& fieldId) const;

    /// Whether a top-level field is shown (its own, its section's and its group's
    /// relevance all hold).
    bool isRelevant(const std::string& fieldId) const;
    bool isRequired(const std::string& fieldId) const;

    /// Recomputes every calculation, check and rule.
    void validateAll();
    /// An issue found outside the engine (an answers file naming an unknown field, a
    /// JSON value of the wrong type). It stays until that field is set again.
    void addInputIssue(ValidationIssue issue);

    /// Every current issue, in form order (fields, then rules).
    std::vector<ValidationIssue> issues() const;
    std::vector<ValidationIssue> issuesFor(const std::string& fieldId) const;
    bool hasErrors() const;

    /// The answers to store: relevant, non-empty values only, typed (numbers, booleans,
    /// arrays for multiple choice and repeat groups).
    nlohmann::ordered_json answersToStore() const;
    /// What a native rule sees.
    AnswerSnapshot snapshot() const;
    /// The answer instance (benchmarks and tests evaluate queries on it directly).
    const pugi::xml_document& instance() const { return m_instance; }

private:
    pugi::xml_node root() const { return m_instance.document_element(); }
    pugi::xml_node repeatNode(int repeat) const;
    pugi::xml_node itemNode(int repeat, std::size_t item) const;
    int topLevelField(const std::string& fieldId) const;
    bool relevantAt(const FieldPlan& plan, pugi::xml_node context) const;
    bool requiredAt(const FieldPlan& plan, pugi::xml_node context) const;

    void recomputeField(std::size_t index);
    void checkValue(const FieldPlan& plan, pugi::xml_node node, pugi::xml_node context, int item,
                    std::vector<ValidationIssue>& out) const;
    void checkBound(const FieldPlan& plan, const Bound& bound, bool isMin, const std::string& value, double number,
                    std::optional<Seconds> instant, int item, std::vector<ValidationIssue>& out) const;
    void recomputeRule(std::size_t index);
    void recomputeRepeatCount(std::size_t repeat);
    void recalculate(std::size_t index);
    void revalidateAfterChange(const std::string& id);

    ValidationIssue issue(const FieldPlan& plan, const std::string& ruleId, const std::string& key,
                          std::map<std::string, std::string> values, int item) const;

    std::shared_ptr<const CompiledForm> m_form;
    EvaluationEnvironment m_environment;
    std::string m_language;
    pugi::xml_document m_instance;
    std::vector<pugi::xml_node> m_fieldNodes;            ///< top-level fields; null for repeat children
    std::vector<std::vector<ValidationIssue>> m_fieldIssues;
    std::vector<std::vector<ValidationIssue>> m_ruleIssues;
    std::vector<std::vector<ValidationIssue>> m_repeatIssues;
    std::vector<ValidationIssue> m_inputIssues;
};

} // namespace parity::rules
