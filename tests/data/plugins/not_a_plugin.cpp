// A valid shared library that has nothing to do with Parity.
extern "C" __attribute__((visibility("default"))) int fixture_answer() { return 42; }
