// Reading one form definition from XML. Checks everything that can be checked in
// one file alone (elements, attributes, ids, types, literals, translations); what
// needs the whole form (expressions, field references, inheritance) is checked when
// the form is resolved and compiled.
#pragma once

#include "forms/form_definition.h"

#include <optional>
#include <string>

namespace parity::forms {

/// Parses `xml` (named `fileName` in messages). Problems go to `diagnostics` as
/// "file:line:col: message"; the result is empty only if the XML itself is unreadable.
std::optional<FormDefinition> loadFormDefinition(const std::string& xml, const std::string& fileName,
                                                 Diagnostics& diagnostics);

} // namespace parity::forms
