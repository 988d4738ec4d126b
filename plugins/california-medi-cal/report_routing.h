// The native rule california-medi-cal.report-routing: which agency in the directory a
// report must go to, by whom it is about (Penal Code 11166(a), 11165.9; WIC 15630).
#pragma once

#include <parity/native_rule.h>

namespace parity::california {

NativeRule reportRoutingRule();

} // namespace parity::california
