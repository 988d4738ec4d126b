#include "rules/xpath_tokens.h"

#include <array>
#include <cctype>

namespace parity::rules {
namespace {

bool isNameStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }
bool isNameChar(char c) {
    return isNameStart(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-';
}

/// XPath 1.0 section 3.7: after one of these, '*' is a name test and a name is not an operator.
bool precedesOperand(const std::vector<Token>& tokens) {
    if (tokens.empty())
        return true;
    const Token& last = tokens.back();
    if (last.kind == TokenKind::Operator)
        return true;
    return last.kind == TokenKind::Punct &&
           (last.text == "@" || last.text == "::" || last.text == "(" || last.text == "[" || last.text == ",");
}

std::size_t skipSpace(std::string_view text, std::size_t pos) {
    while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos])))
        ++pos;
    return pos;
}

} // namespace

bool isXPathCoreFunction(std::string_view name) {
    static constexpr std::array<std::string_view, 31> kNames{
        "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string", "concat",
        "starts-with", "contains", "substring-before", "substring-after", "substring", "string-length",
        "normalize-space", "translate", "boolean", "not", "true", "false", "lang", "number", "sum", "floor",
        "ceiling", "round", "node", "text", "comment", "processing-instruction"};
    for (std::string_view n : kNames)
        if (n == name)
            return true;
    return false;
}

bool tokenizeXPath(std::string_view text, std::vector<Token>& tokens, std::string& error) {
    tokens.clear();
    std::size_t pos = 0;
    auto push = [&](TokenKind kind, std::size_t start, std::size_t end) {
        tokens.push_back({kind, std::string(text.substr(start, end - start)), start, end});
        pos = end;
    };
    while ((pos = skipSpace(text, pos)) < text.size()) {
        const char c = text[pos];
        const char next = pos + 1 < text.size() ? text[pos + 1] : '\0';
        if (c == '\'' || c == '"') {
            const std::size_t close = text.find(c, pos + 1);
            if (close == std::string_view::npos) {
                error = "unterminated string starting at character " + std::to_string(pos + 1);
                return false;
            }
            push(TokenKind::Literal, pos, close + 1);
        } else if (std::isdigit(static_cast<unsigned char>(c)) || (c == '.' && std::isdigit(static_cast<unsigned char>(next)))) {
            std::size_t end = pos;
            while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])))
                ++end;
            if (end < text.size() && text[end] == '.') {
                ++end;
                while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])))
                    ++end;
            }
            push(TokenKind::Number, pos, end);
        } else if (c == '$') {
            std::size_t end = pos + 1;
            while (end < text.size() && isNameChar(text[end]))
                ++end;
            if (end == pos + 1) {
                error = "'$' without a variable name at character " + std::to_string(pos + 1);
                return false;
            }
            push(TokenKind::Variable, pos, end);
        } else if (isNameStart(c)) {
            std::size_t end = pos;
            while (end < text.size() && isNameChar(text[end]))
                ++end;
            // A trailing '.' or '-' belongs to the name in XPath too ("a-" is one name).
            const std::string_view name = text.substr(pos, end - pos);
            const std::size_t after = skipSpace(text, end);
            TokenKind kind = TokenKind::NameTest;
            if (!precedesOperand(tokens) && (name == "and" || name == "or" || name == "mod" || name == "div"))
                kind = TokenKind::Operator;
            else if (after < text.size() && text[after] == '(')
                kind = TokenKind::Function;
            else if (after + 1 < text.size() && text[after] == ':' && text[after + 1] == ':')
                kind = TokenKind::Axis;
            else if (after < text.size() && text[after] == ':') {
                error = "namespace prefixes are not used in Parity expressions (at character " +
                        std::to_string(end + 1) + ")";
                return false;
            }
            push(kind, pos, end);
        } else if (c == '.' && next == '.') {
            push(TokenKind::Punct, pos, pos + 2);
        } else if (c == ':' && next == ':') {
            push(TokenKind::Punct, pos, pos + 2);
        } else if (c == '/' && next == '/') {
            push(TokenKind::Operator, pos, pos + 2);
        } else if ((c == '!' || c == '<' || c == '>') && next == '=') {
            push(TokenKind::Operator, pos, pos + 2);
        } else if (c == '*') {
            push(precedesOperand(tokens) ? TokenKind::Punct : TokenKind::Operator, pos, pos + 1);
        } else if (c == '/' || c == '|' || c == '+' || c == '-' || c == '=' || c == '<' || c == '>') {
            push(TokenKind::Operator, pos, pos + 1);
        } else if (c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '@' || c == '.') {
            push(TokenKind::Punct, pos, pos + 1);
        } else {
            error = std::string("unexpected character '") + c + "' at character " + std::to_string(pos + 1);
            return false;
        }
    }
    return true;
}

} // namespace parity::rules
