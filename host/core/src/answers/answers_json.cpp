#include "answers/answers_json.h"

#include "common/error.h"
#include "rules/messages.h"

#include <fstream>
#include <sstream>

namespace parity::answers {

using forms::FieldType;

namespace {

/// Words for JSON kinds in the clerk's language (English or Spanish).
std::string words(const std::string& lang, const char* en, const char* es) { return lang == "es" ? es : en; }

std::string jsonKindWords(const nlohmann::json& value, const std::string& lang) {
    switch (value.type()) {
    case nlohmann::json::value_t::string: return words(lang, "text", "texto");
    case nlohmann::json::value_t::boolean: return words(lang, "true/false", "verdadero/falso");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return words(lang, "a number", "un número");
    case nlohmann::json::value_t::array: return words(lang, "a list", "una lista");
    case nlohmann::json::value_t::object: return words(lang, "a group of answers", "un grupo de respuestas");
    default: return words(lang, "empty", "vacío");
    }
}

std::string expectedWords(FieldType type, const std::string& lang) {
    switch (type) {
    case FieldType::Integer:
    case FieldType::Decimal: return words(lang, "a number", "un número");
    case FieldType::Boolean: return words(lang, "true or false", "verdadero o falso");
    case FieldType::Select: return words(lang, "a list of choices", "una lista de opciones");
    default: return words(lang, "text", "texto");
    }
}

std::string numberText(const nlohmann::json& value) {
    if (value.is_number_float()) {
        std::ostringstream out;
        out.precision(15);
        out << value.get<double>();
        return out.str();
    }
    return value.dump();
}

/// The text form of `value` for a field of `type`, or nothing if the JSON type is wrong.
std::optional<std::string> textFor(FieldType type, const nlohmann::json& value) {
    if (value.is_null())
        return std::string();
    switch (type) {
    case FieldType::Integer:
    case FieldType::Decimal:
        if (value.is_number())
            return numberText(value);
        if (value.is_string())
            return value.get<std::string>();   // the engine says if it is not a number
        return std::nullopt;
    case FieldType::Boolean:
        if (value.is_boolean())
            return std::string(value.get<bool>() ? "true" : "false");
        return std::nullopt;
    case FieldType::Select: {
        if (!value.is_array())
            return std::nullopt;
        std::string joined;
        for (const auto& v : value) {
            if (!v.is_string())
                return std::nullopt;
            joined += (joined.empty() ? "" : " ") + v.get<std::string>();
        }
        return joined;
    }
    default:
        if (value.is_string())
            return value.get<std::string>();
        return std::nullopt;
    }
}

} // namespace

nlohmann::json parseAnswers(const std::string& text, const std::string& fileName) {
    try {
        nlohmann::json parsed = nlohmann::json::parse(text);
        if (!parsed.is_object())
            throw CheckFailed(fileName + ": answers must be one JSON object (field id → value), not " +
                              jsonKindWords(parsed, "en"));
        return parsed;
    } catch (const nlohmann::json::parse_error& e) {
        // Turn the byte position into line:column for the person fixing the file.
        const std::size_t at = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        int line = 1, column = 1;
        for (std::size_t i = 0; i < at; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        std::string what = e.what();
        if (auto colon = what.find("syntax error"); colon != std::string::npos)
            what = what.substr(colon);
        throw CheckFailed(fileName + ":" + std::to_string(line) + ":" + std::to_string(column) +
                          ": not valid JSON: " + what);
    }
}

nlohmann::json readAnswersFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw EnvironmentError("cannot open answers file " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return parseAnswers(text.str(), path);
}

void loadAnswers(rules::FormSession& session, const nlohmann::json& answers) {
    const rules::CompiledForm& form = session.form();
    const std::string& lang = session.language();
    const std::string fallback = form.definition().defaultLanguage();
    auto wrongType = [&](const forms::Field& field, const nlohmann::json& value, int item) {
        session.addInputIssue({field.id, "answers.json-type", forms::Severity::Error,
                               rules::message("json-type", lang,
                                              {{"label", forms::localized(field.label, lang, fallback)},
                                               {"given", jsonKindWords(value, lang)},
                                               {"expected", expectedWords(field.type, lang)}}),
                               item});
    };
    auto unknown = [&](const std::string& key) {
        session.addInputIssue({key, "answers.unknown-field", forms::Severity::Error,
                               rules::message("unknown-field", lang, {{"value", key}})});
    };

    for (const auto& [key, value] : answers.items()) {
        if (const int r = form.repeatIndex(key); r >= 0) {
            const rules::RepeatPlan& group = form.repeats()[std::size_t(r)];
            if (!value.is_array()) {
                session.addInputIssue({key, "answers.json-type", forms::Severity::Error,
                                       rules::message("json-type", lang,
                                                      {{"label", forms::localized(group.repeat->label, lang, fallback)},
                                                       {"given", jsonKindWords(value, lang)},
                                                       {"expected", words(lang, "a list of groups of answers",
                                                                          "una lista de grupos de respuestas")}})});
                continue;
            }
            session.setItemCount(key, value.size(), false);
            for (std::size_t item = 0; item < value.size(); ++item) {
                if (!value[item].is_object()) {
                    session.addInputIssue({key, "answers.json-type", forms::Severity::Error,
                                           rules::message("json-type", lang,
                                                          {{"label", forms::localized(group.repeat->label, lang, fallback)},
                                                           {"given", jsonKindWords(value[item], lang)},
                                                           {"expected", words(lang, "a group of answers",
                                                                              "un grupo de respuestas")}}),
                                           int(item)});
                    continue;
                }
                for (const auto& [childKey, childValue] : value[item].items()) {
                    const int f = form.fieldIndex(childKey);
                    if (f < 0 || form.fields()[std::size_t(f)].field->repeatId != key) {
                        unknown(key + "[" + std::to_string(item + 1) + "]." + childKey);
                        continue;
                    }
                    const forms::Field& field = *form.fields()[std::size_t(f)].field;
                    if (auto text = textFor(field.type, childValue))
                        session.setItemValue(key, item, childKey, *text, false);
                    else
                        wrongType(field, childValue, int(item));
                }
            }
            continue;
        }
        const int f = form.fieldIndex(key);
        if (f < 0 || !form.fields()[std::size_t(f)].field->repeatId.empty()) {
            unknown(key);
            continue;
        }
        const forms::Field& field = *form.fields()[std::size_t(f)].field;
        if (auto text = textFor(field.type, value))
            session.assignValue(key, *text);
        else
            wrongType(field, value, -1);
    }
    session.validateAll();
}

} // namespace parity::answers
