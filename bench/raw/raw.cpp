// The benchmarked API, raw variant: hand-written extern "C" exports, the
// lower bound the other bindings are measured against (raw.js is its JS).
// Strings come in through one scratch buffer that JS writes with
// TextEncoder.encodeInto and that is reused while it fits; strings go out
// through a static return area, with no allocation JS must free.
#include <cstdlib>
#include <span>

#include "../api.h"

#define EXPORT(name) extern "C" __attribute__((export_name(#name)))
#define IMPORT(name) __attribute__((import_module("env"), import_name(#name)))

extern "C" IMPORT(sink_int) void raw_sink_int(int32_t V);
extern "C" IMPORT(sink_str) void raw_sink_str(const char *Data, size_t Size);

namespace {
/// (ptr, len) of a string result, read by JS right after the call.
struct {
  const char *Data;
  size_t Size;
} Ret;
/// The last greeting, kept so that its bytes outlive the call.
std::string Greeting;
} // namespace

EXPORT(raw_alloc) void *rawAlloc(size_t Size) { return std::malloc(Size); }
EXPORT(raw_free) void rawFree(void *P) { std::free(P); }
EXPORT(raw_ret_area) void *rawRetArea() { return &Ret; }

EXPORT(add) int32_t add(int32_t A, int32_t B) { return bench::add(A, B); }

EXPORT(utf8_len) int32_t utf8Len(const char *Data, size_t Size) {
  return bench::utf8Len(std::string_view(Data, Size));
}

EXPORT(greet) void greet(const char *Data, size_t Size) {
  Greeting = bench::greet(std::string_view(Data, Size));
  Ret = {Greeting.data(), Greeting.size()};
}

EXPORT(sum) double sum(const double *Data, size_t Size) {
  return bench::sum(std::span<const double>(Data, Size));
}

struct Counter {
  int32_t Value;
};
EXPORT(counter_new) Counter *counterNew(int32_t Start) { return new Counter{Start}; }
EXPORT(counter_delete) void counterDelete(Counter *C) { delete C; }
EXPORT(counter_increment) int32_t counterIncrement(Counter *C, int32_t By) {
  return C->Value = bench::step(C->Value, By);
}

EXPORT(call_int_import) void callIntImport(int32_t N) {
  for (int32_t I = 0; I < N; ++I)
    raw_sink_int(I);
}

EXPORT(call_str_import) void callStrImport(int32_t N) {
  for (int32_t I = 0; I < N; ++I) {
    std::string_view S = bench::text16(I);
    raw_sink_str(S.data(), S.size());
  }
}
