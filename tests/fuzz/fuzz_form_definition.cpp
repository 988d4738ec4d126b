// libFuzzer target: the input is one form definition file. It is checked as
// `parity-cli lint` checks it (load, resolve `extends` against the built-in core forms,
// compile every expression); a definition with no problems is then filled in a form
// session (fixed clock) with valid, wrong and blank answers. Nothing may crash, leak,
// hit undefined behaviour or let an exception escape.
//
// Build and run: tests/fuzz/run_fuzz.sh SOURCE_DIR BUILD_DIR SECONDS [form_definition]
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string xml(reinterpret_cast<const char*>(data), size);
    parity::fuzz::checkDefinition(xml);
    return 0;
}
