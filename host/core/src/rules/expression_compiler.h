// Compiles the expressions of one form: checks names against the form's fields,
// turns added-function calls into variables, and reports every problem at its place.
#pragma once

#include "forms/diagnostics.h"
#include "forms/form_definition.h"
#include "rules/compiled_expression.h"

#include <memory>
#include <set>
#include <string>

namespace parity::rules {

/// Limits that keep a hostile or mistaken definition from exhausting the stack or time.
inline constexpr std::size_t kMaxExpressionLength = 4096;
inline constexpr int kMaxFunctionNesting = 32;

class ExpressionCompiler {
public:
    /// `names`: every field and repeat id of the form. `variables` must outlive every
    /// expression compiled here (the queries point into it).
    ExpressionCompiler(std::set<std::string> names, pugi::xpath_variable_set& variables);

    /// Compiles `expression`; `what` names it in messages ("relevant of field 'agency'").
    /// Returns nullptr and reports to `diagnostics` if it cannot be compiled.
    std::unique_ptr<CompiledExpression> compile(const forms::Expression& expression, const std::string& what,
                                                forms::Diagnostics& diagnostics);

private:
    std::unique_ptr<CompiledExpression> compileText(const std::string& text, const forms::Expression& origin,
                                                    const std::string& what, forms::Diagnostics& diagnostics,
                                                    int depth);
    std::string suggestion(const std::string& unknown) const;

    std::set<std::string> m_names;
    pugi::xpath_variable_set& m_variables;
    int m_nextVariable = 0;
};

} // namespace parity::rules
