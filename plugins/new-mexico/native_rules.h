// The C++ rules New Mexico's forms call with <rule native="new-mexico....">.
#pragma once

#include <parity/native_rule.h>

#include <vector>

namespace parity::new_mexico {

std::vector<NativeRule> nativeRules();

} // namespace parity::new_mexico
