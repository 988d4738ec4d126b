// The engine's own messages, in the clerk's language. Form authors write the messages
// of their constraints and rules; these cover the checks every field gets.
#pragma once

#include <map>
#include <string>

namespace parity::rules {

/// The message `key` in `lang` (English if the language has none), with each {name}
/// replaced from `values`. Keys: required, integer, decimal, boolean, date, datetime,
/// phone, email, choice, choice-twice, min, max, min-date, max-date, future, pattern,
/// max-length, repeat-min, repeat-max, unknown-field, json-type, native-failed.
std::string message(const std::string& key, const std::string& lang, const std::map<std::string, std::string>& values);

/// Replaces each {name} in `text` from `values`; unknown names are left as they are.
std::string fillPlaceholders(std::string text, const std::map<std::string, std::string>& values);

} // namespace parity::rules
