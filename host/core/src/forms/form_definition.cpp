#include "forms/form_definition.h"

#include <algorithm>
#include <array>
#include <utility>

namespace parity::forms {
namespace {

constexpr std::array<std::pair<FieldType, const char*>, 12> kTypeNames{{
    {FieldType::Text, "text"},         {FieldType::Multiline, "multiline"}, {FieldType::Integer, "integer"},
    {FieldType::Decimal, "decimal"},   {FieldType::Boolean, "boolean"},     {FieldType::Date, "date"},
    {FieldType::DateTime, "datetime"}, {FieldType::Select1, "select1"},     {FieldType::Select, "select"},
    {FieldType::Phone, "phone"},       {FieldType::Email, "email"},         {FieldType::Signature, "signature"},
}};

template <typename T, typename Id>
auto findById(T& items, const Id& id) -> decltype(&items.front()) {
    auto it = std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

std::string localized(const LocalizedText& text, const std::string& lang, const std::string& fallback) {
    if (auto it = text.find(lang); it != text.end())
        return it->second;
    if (auto it = text.find(fallback); it != text.end())
        return it->second;
    return text.empty() ? std::string() : text.begin()->second;
}

std::optional<FieldType> fieldTypeFromName(const std::string& name) {
    for (const auto& [type, typeName] : kTypeNames)
        if (name == typeName)
            return type;
    return std::nullopt;
}

std::string fieldTypeName(FieldType type) {
    for (const auto& [t, typeName] : kTypeNames)
        if (t == type)
            return typeName;
    return "text";
}

std::string severityName(Severity severity) { return severity == Severity::Error ? "error" : "warning"; }

const Field* FormDefinition::field(const std::string& id) const { return findById(fields, id); }
Field* FormDefinition::field(const std::string& id) { return findById(fields, id); }
const Repeat* FormDefinition::repeat(const std::string& id) const { return findById(repeats, id); }
const Section* FormDefinition::section(const std::string& id) const { return findById(sections, id); }

} // namespace parity::forms
