// `extends`: a state form on top of a national core form. The result is one whole form;
// anything that would remove or loosen what the core form requires is a definition error.
#pragma once

#include "forms/form_definition.h"

namespace parity::forms {

/// The state form resolved over its core form (see docs/form-language.md, "Inheritance").
FormDefinition resolveExtends(const FormDefinition& state, const FormDefinition& core, Diagnostics& diagnostics);

} // namespace parity::forms
