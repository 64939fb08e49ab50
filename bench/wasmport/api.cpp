// The benchmarked API, wasmport variant: the same functions as raw/raw.cpp
// and embind/embind.cpp, exported with attributes. docs/Performance.md says
// what each scenario measures; the C++ bodies are shared (api.h), so only
// the bindings differ between the variants.
#include <wasmport/wasmport.h>

#include "../api.h"

[[wasmport::import("sinkInt", "../sink.js")]] void sink_int(int32_t v);
[[wasmport::import("sinkStr", "../sink.js")]] void sink_str(std::string_view s);

[[wasmport::export]] int32_t add(int32_t a, int32_t b) { return bench::add(a, b); }

[[wasmport::export]] int32_t utf8_len(std::string_view s) { return bench::utf8Len(s); }

[[wasmport::export]] std::string greet(std::string_view name) { return bench::greet(name); }

[[wasmport::export]] double sum(std::span<const double> xs) { return bench::sum(xs); }

class [[wasmport::export]] Counter {
public:
  explicit Counter(int32_t start) : Value(start) {}
  int32_t increment(int32_t by) { return Value = bench::step(Value, by); }

private:
  int32_t Value;
};

/// Calls the JS import sink_int n times from one C++ loop.
[[wasmport::export]] void call_int_import(int32_t n) {
  for (int32_t I = 0; I < n; ++I)
    sink_int(I);
}

/// Calls the JS import sink_str n times with a 16-byte string.
[[wasmport::export]] void call_str_import(int32_t n) {
  for (int32_t I = 0; I < n; ++I)
    sink_str(bench::text16(I));
}
