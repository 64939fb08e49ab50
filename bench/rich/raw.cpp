// The rich-type scenarios, raw variant: the bodies of rich.h behind
// hand-written extern "C" exports, for raw.js. What a careful programmer
// writes by hand: JS values as indices into a JS-side table, results in a
// static return area, no checks.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "rich.h"

#define EXPORT(name) __attribute__((export_name(#name)))
#define IMPORT(name) __attribute__((import_module("env"), import_name(#name)))

extern "C" {
IMPORT(call_cb) int32_t call_cb(int32_t i);
IMPORT(rich_text) int32_t rich_text(int32_t i, char *buf, int32_t cap);
IMPORT(date_get_time) double date_get_time(int32_t handle);
IMPORT(shape_area) double shape_area(int32_t handle);
}

namespace {
// Words of the return area: pointers, lengths, a status.
uint32_t Ret[8];
double RetF64[4];
std::string RetName;
std::vector<std::string> RetStrings;
std::vector<uint32_t> RetPairs;

/// The C++ side of a JS object implementing Shape.
class JsShape final : public rich::Shape {
public:
  explicit JsShape(int32_t H) : Handle(H) {}
  double area() const override { return shape_area(Handle); }

private:
  int32_t Handle;
};
} // namespace

extern "C" {
EXPORT(raw_alloc) void *raw_alloc(uint32_t n) { return std::malloc(n); }
EXPORT(raw_free) void raw_free(void *p) { std::free(p); }
EXPORT(raw_ret_area) uint32_t *raw_ret_area() { return Ret; }
EXPORT(raw_ret_f64) double *raw_ret_f64() { return RetF64; }

EXPORT(echo) int32_t echo(int32_t handle) { return handle; }

EXPORT(run_callback) int32_t run_callback(int32_t n) {
  return rich::foldCalls([](int32_t I) { return call_cb(I); }, n);
}

/// Ret[0..1]: a malloc'ed array of n doubles (JS copies it, then frees it).
EXPORT(make_doubles) void make_doubles(int32_t n) {
  std::vector<double> V = rich::makeDoubles(n);
  auto *P = static_cast<double *>(std::malloc(V.size() * sizeof(double)));
  std::memcpy(P, V.data(), V.size() * sizeof(double));
  Ret[0] = reinterpret_cast<uintptr_t>(P);
  Ret[1] = static_cast<uint32_t>(V.size());
}

/// In: four doubles at nums, the name's bytes; out: RetF64, Ret[0..1].
EXPORT(move_rec) void move_rec(const double *nums, const char *name, uint32_t len) {
  rich::Rec R = rich::moveRec(rich::Rec{nums[0], nums[1], nums[2], nums[3], std::string(name, len)});
  RetF64[0] = R.x;
  RetF64[1] = R.y;
  RetF64[2] = R.w;
  RetF64[3] = R.h;
  RetName = std::move(R.name);
  Ret[0] = reinterpret_cast<uintptr_t>(RetName.data());
  Ret[1] = static_cast<uint32_t>(RetName.size());
}

/// In: count strings, their byte lengths at lens and bytes back to back;
/// out: Ret[0] points at (ptr, len) pairs of the results, kept until the
/// next call.
EXPORT(reverse_strings) void reverse_strings(const uint32_t *lens, const char *bytes, uint32_t count) {
  std::vector<std::string> In;
  In.reserve(count);
  for (uint32_t I = 0; I < count; ++I) {
    In.emplace_back(bytes, lens[I]);
    bytes += lens[I];
  }
  RetStrings = rich::reverseStrings(std::move(In));
  RetPairs.resize(RetStrings.size() * 2);
  for (std::size_t I = 0; I < RetStrings.size(); ++I) {
    RetPairs[2 * I] = reinterpret_cast<uintptr_t>(RetStrings[I].data());
    RetPairs[2 * I + 1] = static_cast<uint32_t>(RetStrings[I].size());
  }
  Ret[0] = reinterpret_cast<uintptr_t>(RetPairs.data());
}

EXPORT(call_text_import) int32_t call_text_import(int32_t n) {
  char Buf[64];
  int32_t Acc = 0;
  for (int32_t I = 0; I < n; ++I) {
    int32_t Len = rich_text(I, Buf, sizeof Buf);
    Acc = rich::foldText(Acc, std::string(Buf, static_cast<std::size_t>(Len)));
  }
  return Acc;
}

// The promise scenario: what C++ does before and after its one await.
EXPORT(async_begin) int32_t async_begin(int32_t i) { return i; }
EXPORT(async_end) int32_t async_end(int32_t v) { return v + 1; }

EXPORT(sum_times) double sum_times(int32_t handle, int32_t n) {
  return rich::sumCalls([handle](int32_t) { return date_get_time(handle); }, n);
}

/// 0 and Ret[0] the quotient, or 1 and Ret[0..1] the message.
EXPORT(checked_div) int32_t checked_div(int32_t a, int32_t b) {
  if (b == 0) {
    const char *E = rich::divError();
    Ret[0] = reinterpret_cast<uintptr_t>(E);
    Ret[1] = static_cast<uint32_t>(std::strlen(E));
    return 1;
  }
  Ret[0] = static_cast<uint32_t>(a / b);
  return 0;
}

EXPORT(total_area) double total_area(int32_t handle, int32_t n) {
  JsShape S(handle);
  return rich::totalArea(S, n);
}
}
