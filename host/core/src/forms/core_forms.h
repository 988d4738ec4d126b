// The national core forms (forms/*.xml), embedded in parity_core at build time so that
// they are always there, with or without plugins.
#pragma once

#include <parity/identity.h>

#include <vector>

namespace parity::forms {

/// Defined in the source generated from forms/*.xml (see host/core/CMakeLists.txt).
std::vector<EmbeddedForm> coreFormSources();

} // namespace parity::forms
