// Literal values in definitions (min, max, default) and answers, read by field type.
#pragma once

#include "forms/form_definition.h"

#include <optional>
#include <string>

namespace parity::forms {

/// Why `text` is not a valid min/max for a field of `type`, or empty if it is.
std::string boundLiteralProblem(FieldType type, const std::string& text);

/// -1, 0 or 1 comparing two bound literals of `type`; nothing when they cannot be
/// compared without a clock (today, now) or do not parse.
std::optional<int> compareBounds(FieldType type, const std::string& a, const std::string& b);

/// Whether the type takes min/max at all.
bool typeHasBounds(FieldType type);

} // namespace parity::forms
