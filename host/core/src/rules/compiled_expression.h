// An expression compiled once at load: a pugixml XPath query plus the added-function
// calls it uses. Each added call became an XPath variable ($__eN); evaluating first
// computes those calls (their arguments are compiled expressions too), sets the
// variables, then runs the query. So the XPath engine does all the XPath, and C++
// does only what XPath 1.0 cannot.
#pragma once

#include "rules/extension_functions.h"

#include <pugixml.hpp>

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace parity::rules {

class CompiledExpression {
public:
    struct ExtensionCall {
        const ExtensionFunction* function = nullptr;
        std::vector<std::unique_ptr<CompiledExpression>> arguments;
        pugi::xpath_variable* variable = nullptr;
    };

    CompiledExpression(std::string source, std::unique_ptr<pugi::xpath_query> query,
                       std::vector<ExtensionCall> calls, std::set<std::string> references);

    bool evaluateBoolean(pugi::xml_node context, const EvaluationEnvironment& env) const;
    double evaluateNumber(pugi::xml_node context, const EvaluationEnvironment& env) const;
    std::string evaluateString(pugi::xml_node context, const EvaluationEnvironment& env) const;

    const std::string& source() const { return m_source; }
    /// Field (and repeat) ids the expression reads, its added calls' arguments included.
    const std::set<std::string>& references() const { return m_references; }
    /// The compiled XPath query itself (the benchmark compares against it).
    const pugi::xpath_query& query() const { return *m_query; }

private:
    void computeCalls(pugi::xml_node context, const EvaluationEnvironment& env) const;

    std::string m_source;
    std::unique_ptr<pugi::xpath_query> m_query;
    std::vector<ExtensionCall> m_calls;
    std::set<std::string> m_references;
    mutable ExtensionEvaluator m_evaluator;
};

} // namespace parity::rules
