// The three import forms, and reentrancy: an import that calls back into an
// export while C++ is waiting for it.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <string>
#include <string_view>

// A global: globalThis.hostAdd.
[[wasmport::import]] int32_t hostAdd(int32_t, int32_t);
// A global under another name: globalThis.hostName.
[[wasmport::import("hostName")]] std::string host_name();
// A dotted path from globalThis, called as a method (this = host.math).
[[wasmport::import("host.math.scale")]] double scale(double);
// Named exports of an ES module next to the generated one.
[[wasmport::import("multiply", "./imports-helper.js")]] int32_t multiply(int32_t, int32_t);
[[wasmport::import("describe", "./imports-helper.js")]] std::string describe(std::string_view);
// Reentrancy: JS calls back into fib() from inside this import.
[[wasmport::import("host.recurse")]] int32_t recurse(int32_t);

namespace ns {
[[wasmport::import("host.math.scale")]] double scale_again(double);
}

[[wasmport::export]] int32_t use_global(int32_t a, int32_t b) { return hostAdd(a, b); }
[[wasmport::export]] std::string use_renamed() { return "<" + host_name() + ">"; }
[[wasmport::export]] double use_path(double v) { return scale(v) + ns::scale_again(v); }
[[wasmport::export]] int32_t use_module(int32_t a, int32_t b) { return multiply(a, b); }
[[wasmport::export]] std::string use_module_string(std::string_view s) { return describe(s); }

[[wasmport::export]] int32_t fib(int32_t n) {
  if (n < 2)
    return n;
  return recurse(n - 1) + recurse(n - 2);
}

[[wasmport::export]] std::string shout(std::string_view s) {
  // describe() returns its string through the return area while this
  // call, which returns a string the same way, is still running.
  return std::string(s) + "/" + describe(s);
}

// Reentrancy on an object: JS may free or call the object whose method is
// running from inside an import (docs/Runtime.md).
[[wasmport::import("host.notify")]] void notify(int32_t);
static int32_t LiveBoxes = 0;
class [[wasmport::export]] Box {
public:
  explicit Box(int32_t v) : Value(v) { ++LiveBoxes; }
  ~Box() {
    --LiveBoxes;
    Value = -1; // What a use after free would see.
  }
  int32_t get() const { return Value; }
  void add(int32_t n) { Value += n; }
  /// Adds one, lets JS observe the change, then reads the object again.
  int32_t bump() {
    ++Value;
    notify(Value);
    return Value * 10;
  }

private:
  int32_t Value;
};
[[wasmport::export]] int32_t liveBoxes() { return LiveBoxes; }
