// A tokenizer for XPath 1.0, enough to know which names in an expression are field
// references and which are functions (pugixml compiles expressions but does not show
// their structure). Follows the disambiguation rules of XPath 1.0 section 3.7.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parity::rules {

enum class TokenKind {
    NameTest,   ///< a name in a location path: a field reference
    Function,   ///< a name followed by '(' (also node types such as text())
    Axis,       ///< a name followed by '::'
    Operator,   ///< and or mod div / // | + - = != < <= > >= and '*' as multiplication
    Literal,    ///< 'text' or "text"
    Number,
    Variable,   ///< $name
    Punct,      ///< ( ) [ ] , @ . .. :: and '*' as a name test
};

struct Token {
    TokenKind kind;
    std::string text;
    std::size_t offset;   ///< where it starts in the expression
    std::size_t end;      ///< one past its last character
};

/// Splits `expression` into tokens. On a lexical error returns false and describes it
/// in `error` ("unterminated string starting at character 5").
bool tokenizeXPath(std::string_view expression, std::vector<Token>& tokens, std::string& error);

/// Whether `name` is a function of XPath 1.0 itself (or a node type test).
bool isXPathCoreFunction(std::string_view name);

} // namespace parity::rules
