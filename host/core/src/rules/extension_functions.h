// The functions Parity adds to XPath 1.0 (docs/form-language.md, "Functions Parity adds").
// They run in C++ before the XPath expression that uses them; see compiled_expression.h.
#pragma once

#include "rules/evaluation_environment.h"

#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace parity::rules {

enum class ValueKind { String, Number, Boolean };
using Value = std::variant<std::string, double, bool>;

struct ExtensionFunction {
    std::string_view name;
    std::vector<ValueKind> parameters;
    ValueKind result;
};

/// The added function called `name`, or nullptr.
const ExtensionFunction* findExtensionFunction(std::string_view name);
/// All added functions' names, for messages.
std::string extensionFunctionNames();

/// Computes an added function. Arguments have the kinds its parameters say. Never throws
/// for bad input: an unparsable date gives NaN, '' or false.
class ExtensionEvaluator {
public:
    Value call(const ExtensionFunction& function, const std::vector<Value>& arguments,
               const EvaluationEnvironment& environment);

private:
    std::string m_regexSource;   ///< the last regex compiled, kept: patterns rarely change
    std::optional<std::regex> m_regex;
};

} // namespace parity::rules
