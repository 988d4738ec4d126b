// A form as its XML says it: sections, fields, choices, repeat groups and rules.
// After `extends` is resolved, the same structure holds the whole form the engine runs.
#pragma once

#include "forms/diagnostics.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace parity::forms {

/// Text in several languages: lang code → text.
using LocalizedText = std::map<std::string, std::string>;

/// The text in `lang`, else in `fallback`, else any; empty if there is none.
std::string localized(const LocalizedText& text, const std::string& lang, const std::string& fallback = "en");

enum class FieldType { Text, Multiline, Integer, Decimal, Boolean, Date, DateTime, Select1, Select, Phone, Email, Signature };
enum class Severity { Error, Warning };

std::optional<FieldType> fieldTypeFromName(const std::string& name);
std::string fieldTypeName(FieldType type);
std::string severityName(Severity severity);

/// An expression (or a literal attribute) and where it was written.
struct Expression {
    std::string text;
    SourceLocation where;
    bool empty() const { return text.empty(); }
};

struct Choice {
    std::string value;
    LocalizedText label;
};

struct Constraint {
    std::string id;
    Expression assertion;
    Severity severity = Severity::Error;
    LocalizedText message;
    SourceLocation where;
};

struct Field {
    std::string id;
    FieldType type = FieldType::Text;
    LocalizedText label;
    LocalizedText hint;
    Expression required;     ///< "", "true", "false" or an expression
    Expression relevant;
    Expression calculate;
    Expression defaultValue;
    Expression min;
    Expression max;
    Expression pattern;
    std::optional<int> maxLength;
    bool readonly = false;
    std::vector<Choice> choices;
    bool choicesFromAgencies = false;
    std::vector<Constraint> constraints;
    std::string sectionId;
    std::string repeatId;    ///< the repeat group holding it; empty for a top-level field
    std::string definedBy;   ///< id of the form that declared it (core form for inherited fields)
    SourceLocation where;
};

struct Note {
    std::string id;
    LocalizedText text;
    SourceLocation where;
};

struct Repeat {
    std::string id;
    LocalizedText label;
    std::optional<int> min;
    std::optional<int> max;
    Expression relevant;
    std::vector<std::string> fieldIds;
    std::string sectionId;
    SourceLocation where;
};

/// What a section shows, in order.
struct SectionItem {
    enum class Kind { Note, Field, Repeat } kind;
    std::string id;
};

struct Section {
    std::string id;
    LocalizedText label;
    Expression relevant;
    std::vector<SectionItem> items;
    SourceLocation where;
    /// In a form that extends a core form: the inherited section a new section follows.
    /// Empty: after the last section (the core form's signatures).
    std::string after;
    SourceLocation afterWhere;
};

struct Rule {
    std::string id;
    std::string fieldId;          ///< the field the issue is shown beside; empty for the form
    SourceLocation fieldWhere;
    Severity severity = Severity::Error;
    Expression when;
    Expression assertion;
    std::string native;           ///< name of a registered C++ rule, or empty
    SourceLocation nativeWhere;
    std::vector<std::string> nativeFields;
    LocalizedText message;
    std::string definedBy;
    SourceLocation where;
    /// A core warning this state rule takes the place of (supersedes="..."): the state's
    /// own rule says, for its law, what the core form could only warn about in general.
    std::string supersedes;
    SourceLocation supersedesWhere;
};

/// A state form's change to an inherited field (<modify field="...">).
struct Modification {
    std::string fieldId;
    Field changes;                ///< only the parts present in the XML are set
    bool setsRequired = false;
    bool setsReadonly = false;
    bool replacesChoices = false;
    std::vector<std::string> attributesPresent;   ///< names of attributes written on <modify>
    std::map<std::string, SourceLocation> attributeWhere;
    SourceLocation where;
};

struct FormDefinition {
    std::string id;
    std::string version;
    std::string kind;
    std::string jurisdiction;
    std::string extends;
    std::vector<std::string> languages;   ///< first is the default
    LocalizedText title;
    LocalizedText description;
    std::vector<Section> sections;
    std::vector<Field> fields;            ///< every field, in form order (repeat children too)
    std::vector<Repeat> repeats;
    std::vector<Note> notes;
    std::vector<Rule> rules;
    std::vector<Modification> modifications;   ///< only before resolution
    std::string file;
    SourceLocation where;

    const Field* field(const std::string& id) const;
    Field* field(const std::string& id);
    const Repeat* repeat(const std::string& id) const;
    const Section* section(const std::string& id) const;
    std::string defaultLanguage() const { return languages.empty() ? "en" : languages.front(); }
};

} // namespace parity::forms
