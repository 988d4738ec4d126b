// Native rules: C++ checks a plugin registers by name, for what form expressions cannot
// say. A form calls one with <rule id="..." native="arkansas.adult-maltreatment-routing"
// fields="subject_category subject_age agency"/>.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace parity {

/// The answers a native rule sees: every top-level field's value as text (booleans
/// "true"/"false", multiple choices space-separated), and each repeat group's items.
struct AnswerSnapshot {
    std::map<std::string, std::string> values;
    std::map<std::string, std::vector<std::map<std::string, std::string>>> repeats;
    std::string now;        ///< the current time, ISO 8601 with offset, in the jurisdiction's zone
    std::string language;   ///< the language messages should be in ("en", "es")
    std::map<std::string, std::string> settings;   ///< the jurisdiction's settings (parity/settings.h)

    /// The value of `field`, or "" when it has none.
    std::string value(const std::string& field) const {
        auto it = values.find(field);
        return it == values.end() ? std::string() : it->second;
    }
    /// The setting `key`, or "" when it is not set.
    std::string setting(const std::string& key) const {
        auto it = settings.find(key);
        return it == settings.end() ? std::string() : it->second;
    }
};

/// One problem a native rule found.
struct RuleFinding {
    std::string fieldId;    ///< the field to show it beside; empty for the whole form
    std::string ruleId;     ///< empty: the id of the <rule> element that called the rule
    bool warning = false;   ///< a warning does not block submission
    std::string message;    ///< in AnswerSnapshot::language, words a clerk can act on
};

struct NativeRule {
    std::string name;          ///< "<plugin id>.<rule>", e.g. "arkansas.adult-maltreatment-routing"
    std::string description;   ///< one line for developers (parity-cli form shows it)
    std::function<std::vector<RuleFinding>(const AnswerSnapshot&)> check;
};

} // namespace parity
