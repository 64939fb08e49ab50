// Test eh-callbacks: callbacks with C++ exceptions (-fwasm-exceptions): a JS
// function that throws reaches C++ as wasmport::JsError and destructors run;
// an exception leaving a C++ function JS called becomes a JS exception for
// its caller. eh_callbacks.test.mjs calls it.
#include <wasmport/wasmport.h>

#include <functional>
#include <stdexcept>
#include <string>

using wasmport::Closure;
using wasmport::JsValue;

namespace {
int Destroyed = 0;
struct Tracker {
  ~Tracker() { ++Destroyed; }
};
} // namespace

/// Calls f; what a JS exception or a wrong result says, caught in C++.
[[wasmport::export]] std::string call_caught(std::function<int(int)> f) {
  Destroyed = 0;
  try {
    Tracker T;
    JsValue Kept = JsValue::object(); // Released while unwinding.
    return std::to_string(f(1));
  } catch (const wasmport::JsError &E) {
    return std::string("caught: ") + E.what() + " (" +
           std::to_string(Destroyed) + " destroyed)";
  }
}

namespace {
Closure<int(std::string)> Parse;
Closure<double(JsValue)> Get;
} // namespace

/// A C++ function that throws std::invalid_argument for a non-number.
[[wasmport::export]] JsValue parser() {
  Parse = Closure<int(std::string)>(
      [](std::string S) { return std::stoi(S); }, "parse");
  return Parse.value();
}

/// A C++ function whose JsValue operation may throw.
[[wasmport::export]] JsValue getter() {
  Get = Closure<double(JsValue)>(
      [](JsValue O) { return O.get("value").as<double>().value_or(-1); });
  return Get.value();
}

[[wasmport::export]] void drop() {
  Parse.reset();
  Get.reset();
}
