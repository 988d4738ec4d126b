#include "rules/compiled_expression.h"

namespace parity::rules {

CompiledExpression::CompiledExpression(std::string source, std::unique_ptr<pugi::xpath_query> query,
                                       std::vector<ExtensionCall> calls, std::set<std::string> references)
    : m_source(std::move(source)), m_query(std::move(query)), m_calls(std::move(calls)),
      m_references(std::move(references)) {}

void CompiledExpression::computeCalls(pugi::xml_node context, const EvaluationEnvironment& env) const {
    for (const ExtensionCall& call : m_calls) {
        std::vector<Value> arguments;
        arguments.reserve(call.arguments.size());
        for (std::size_t i = 0; i < call.arguments.size(); ++i) {
            if (call.function->parameters[i] == ValueKind::Number)
                arguments.emplace_back(call.arguments[i]->evaluateNumber(context, env));
            else
                arguments.emplace_back(call.arguments[i]->evaluateString(context, env));
        }
        const Value result = m_evaluator.call(*call.function, arguments, env);
        if (auto* s = std::get_if<std::string>(&result))
            call.variable->set(s->c_str());
        else if (auto* n = std::get_if<double>(&result))
            call.variable->set(*n);
        else
            call.variable->set(std::get<bool>(result));
    }
}

bool CompiledExpression::evaluateBoolean(pugi::xml_node context, const EvaluationEnvironment& env) const {
    computeCalls(context, env);
    return m_query->evaluate_boolean(context);
}

double CompiledExpression::evaluateNumber(pugi::xml_node context, const EvaluationEnvironment& env) const {
    computeCalls(context, env);
    return m_query->evaluate_number(context);
}

std::string CompiledExpression::evaluateString(pugi::xml_node context, const EvaluationEnvironment& env) const {
    computeCalls(context, env);
    return m_query->evaluate_string(context);
}

} // namespace parity::rules
