// Answers files (JSON: field id → value) into a FormSession, with every problem
// reported as an issue beside its field rather than as a crash or a silent drop.
#pragma once

#include "rules/form_session.h"

#include <nlohmann/json.hpp>

#include <string>

namespace parity::answers {

/// Parses answers text. Malformed JSON, or JSON that is not one object, throws
/// parity::CheckFailed with "file:line:col: what is wrong".
nlohmann::json parseAnswers(const std::string& text, const std::string& fileName);

/// Reads a whole answers file; a missing or unreadable file throws parity::EnvironmentError.
nlohmann::json readAnswersFile(const std::string& path);

/// Puts `answers` into `session` and validates everything. A key that is not a field
/// (answers.unknown-field) or a value of the wrong JSON type (answers.json-type) becomes
/// an error issue on that field; nothing is dropped silently.
void loadAnswers(rules::FormSession& session, const nlohmann::json& answers);

} // namespace parity::answers
