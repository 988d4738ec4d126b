#include "rules/expression_compiler.h"

#include "rules/xpath_tokens.h"

#include <algorithm>

namespace parity::rules {
namespace {

/// Names in paths that are not fields: the instance's own element names.
bool isInstanceElement(const std::string& name) { return name == "answers" || name == "item"; }

std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

pugi::xpath_value_type xpathType(ValueKind kind) {
    switch (kind) {
    case ValueKind::Number: return pugi::xpath_type_number;
    case ValueKind::Boolean: return pugi::xpath_type_boolean;
    case ValueKind::String: break;
    }
    return pugi::xpath_type_string;
}

/// The index of the ')' matching the '(' at tokens[open].
std::size_t matchingParen(const std::vector<Token>& tokens, std::size_t open) {
    int depth = 0;
    for (std::size_t i = open; i < tokens.size(); ++i) {
        if (tokens[i].kind != TokenKind::Punct)
            continue;
        if (tokens[i].text == "(")
            ++depth;
        else if (tokens[i].text == ")" && --depth == 0)
            return i;
    }
    return tokens.size();
}

} // namespace

ExpressionCompiler::ExpressionCompiler(std::set<std::string> names, pugi::xpath_variable_set& variables)
    : m_names(std::move(names)), m_variables(variables) {}

std::string ExpressionCompiler::suggestion(const std::string& unknown) const {
    std::string best;
    std::size_t bestDistance = 3;   // only close misspellings
    for (const std::string& name : m_names) {
        const std::size_t d = editDistance(unknown, name);
        if (d < bestDistance) {
            bestDistance = d;
            best = name;
        }
    }
    return best.empty() ? std::string() : " (did you mean '" + best + "'?)";
}

std::unique_ptr<CompiledExpression> ExpressionCompiler::compile(const forms::Expression& expression,
                                                                const std::string& what,
                                                                forms::Diagnostics& diagnostics) {
    if (expression.text.size() > kMaxExpressionLength) {
        diagnostics.error(expression.where, what + " is " + std::to_string(expression.text.size()) +
                                                " characters long; an expression may have at most " +
                                                std::to_string(kMaxExpressionLength));
        return nullptr;
    }
    return compileText(expression.text, expression, what, diagnostics, 0);
}

std::unique_ptr<CompiledExpression> ExpressionCompiler::compileText(const std::string& text,
                                                                    const forms::Expression& origin,
                                                                    const std::string& what,
                                                                    forms::Diagnostics& diagnostics, int depth) {
    if (depth > kMaxFunctionNesting) {
        diagnostics.error(origin.where, what + " nests added functions more than " +
                                            std::to_string(kMaxFunctionNesting) + " deep");
        return nullptr;
    }
    std::vector<Token> tokens;
    std::string lexError;
    if (!tokenizeXPath(text, tokens, lexError)) {
        diagnostics.error(origin.where, "cannot read " + what + ": " + lexError);
        return nullptr;
    }
    if (tokens.empty()) {
        diagnostics.error(origin.where, what + " is empty");
        return nullptr;
    }

    bool ok = true;
    std::set<std::string> references;
    std::vector<CompiledExpression::ExtensionCall> calls;
    std::string rewritten;
    std::size_t copiedUpTo = 0;

    int predicateDepth = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        if (token.kind == TokenKind::Punct && token.text == "[")
            ++predicateDepth;
        else if (token.kind == TokenKind::Punct && token.text == "]")
            --predicateDepth;
        const bool afterAt = i > 0 && tokens[i - 1].kind == TokenKind::Punct && tokens[i - 1].text == "@";
        if (token.kind == TokenKind::NameTest && !afterAt) {
            if (m_names.count(token.text))
                references.insert(token.text);
            else if (!isInstanceElement(token.text)) {
                diagnostics.error(origin.where,
                                  "unknown field '" + token.text + "' in " + what + suggestion(token.text));
                ok = false;
            }
        } else if (token.kind == TokenKind::Variable) {
            diagnostics.error(origin.where, "variables such as '" + token.text + "' cannot be used in " + what +
                                                " (use a field id, or an added function such as today())");
            ok = false;
        } else if (token.kind == TokenKind::Function) {
            const ExtensionFunction* function = findExtensionFunction(token.text);
            if (!function) {
                if (!isXPathCoreFunction(token.text)) {
                    diagnostics.error(origin.where, "unknown function '" + token.text + "()' in " + what +
                                                        " (Parity adds " + extensionFunctionNames() + ")");
                    ok = false;
                }
                continue;
            }
            if (predicateDepth > 0) {
                diagnostics.error(origin.where, std::string(function->name) + "() cannot be used inside a predicate [...] in " +
                                                    what + ": it is computed once for the whole expression, not per node");
                ok = false;
                continue;
            }
            // An added function: compile each argument, then stand a variable in its place.
            const std::size_t open = i + 1;
            const std::size_t close = matchingParen(tokens, open);
            if (close >= tokens.size()) {
                diagnostics.error(origin.where, "cannot read " + what + ": '" + token.text + "(' is never closed");
                return nullptr;
            }
            std::vector<std::string> argumentTexts;
            if (close > open + 1) {
                int depth = 0;
                std::size_t start = tokens[open].end;
                for (std::size_t k = open + 1; k < close; ++k) {
                    const Token& t = tokens[k];
                    if (t.kind == TokenKind::Punct && (t.text == "(" || t.text == "["))
                        ++depth;
                    else if (t.kind == TokenKind::Punct && (t.text == ")" || t.text == "]"))
                        --depth;
                    else if (t.kind == TokenKind::Punct && t.text == "," && depth == 0) {
                        argumentTexts.push_back(text.substr(start, t.offset - start));
                        start = t.end;
                    }
                }
                argumentTexts.push_back(text.substr(start, tokens[close].offset - start));
            }
            if (argumentTexts.size() != function->parameters.size()) {
                diagnostics.error(origin.where, std::string(function->name) + "() takes " +
                                                    std::to_string(function->parameters.size()) + " argument" +
                                                    (function->parameters.size() == 1 ? "" : "s") + ", not " +
                                                    std::to_string(argumentTexts.size()) + ", in " + what);
                ok = false;
                i = close;
                continue;
            }
            CompiledExpression::ExtensionCall call;
            call.function = function;
            for (const std::string& argument : argumentTexts) {
                auto compiled = compileText(argument, origin, what, diagnostics, depth + 1);
                if (!compiled) {
                    ok = false;
                    continue;
                }
                references.insert(compiled->references().begin(), compiled->references().end());
                call.arguments.push_back(std::move(compiled));
            }
            const std::string variableName = "__e" + std::to_string(++m_nextVariable);
            call.variable = m_variables.add(variableName.c_str(), xpathType(function->result));
            rewritten += text.substr(copiedUpTo, token.offset - copiedUpTo) + "$" + variableName;
            copiedUpTo = tokens[close].end;
            calls.push_back(std::move(call));
            i = close;
        }
    }
    if (!ok)
        return nullptr;
    rewritten += text.substr(copiedUpTo);

    try {
        auto query = std::make_unique<pugi::xpath_query>(rewritten.c_str(), &m_variables);
        return std::make_unique<CompiledExpression>(text, std::move(query), std::move(calls), std::move(references));
    } catch (const pugi::xpath_exception& e) {
        diagnostics.error(origin.where, "cannot parse " + what + ": " + e.result().description() + " in '" +
                                            text + "'");
        return nullptr;
    }
}

} // namespace parity::rules
