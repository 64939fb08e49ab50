// wasmport::Promise: exports that are coroutines, co_await of JS promises
// that imports return, rejections both ways. Built twice: `promises`
// without C++ exceptions (a rejection cancels the awaiting coroutine) and,
// when the exception-handling runtime exists, `promises_eh` with
// -fwasm-exceptions (a rejection throws wasmport::JsError).
#include <wasmport/wasmport.h>

#include <stdexcept>
#include <string>

using wasmport::JsError;
using wasmport::JsValue;
using wasmport::Promise;

// Implemented by promises.test.mjs.
[[wasmport::import("hostDelay")]] Promise<int> delay(int ms, int value);
[[wasmport::import("hostTick")]] Promise<void> tick();
[[wasmport::import("hostEcho")]] Promise<std::string> echo(std::string s);
[[wasmport::import("hostFail")]] Promise<int> fail(std::string message);
[[wasmport::import("hostThrowNow")]] Promise<int> throw_now(std::string message);
[[wasmport::import("hostAny")]] Promise<int> any_as_int();
[[wasmport::import("hostAny")]] Promise<JsValue> any_value();
[[wasmport::import("hostTimesTen")]] Promise<int> times_ten(Promise<int> p);

namespace {
int Alive = 0; // Guards not destroyed yet.
struct Guard {
  Guard() { ++Alive; }
  Guard(const Guard &) = delete;
  ~Guard() { --Alive; }
};
int Steps = 0;
int Ticks = 0;
} // namespace

[[wasmport::export]] int alive() { return Alive; }
[[wasmport::export]] int steps() { return Steps; }
[[wasmport::export]] int ticks() { return Ticks; }
[[wasmport::export]] bool exceptions() { return WASMPORT_EXCEPTIONS; }

[[wasmport::export]] Promise<int> add_later(int a, int b) {
  Guard G;
  int X = co_await delay(2, a);
  int Y = co_await delay(1, b);
  co_return X + Y;
}

/// 1 + 2 + ... + n, one awaited promise per term.
[[wasmport::export]] Promise<int> chain(int n) {
  Guard G;
  int Sum = 0;
  for (int I = 1; I <= n; ++I)
    Sum += co_await delay(0, I);
  co_return Sum;
}

[[wasmport::export]] Promise<int> immediate(int v) { co_return v * 3; }

/// Awaits another coroutine of this module.
[[wasmport::export]] Promise<int> nested(int a) {
  int X = co_await add_later(a, 1);
  co_return X * 2;
}

[[wasmport::export]] Promise<void> tick_twice() {
  co_await tick();
  co_await tick();
  Ticks += 2;
}

[[wasmport::export]] Promise<std::string> greet(std::string name) {
  std::string Echoed = co_await echo(name + "!");
  co_return "hello " + Echoed;
}

[[wasmport::export]] Promise<std::int64_t> big(std::int64_t v) {
  co_await tick();
  co_return v * 2;
}

[[wasmport::export]] Promise<std::optional<double>> half(double v) {
  co_await tick();
  if (v < 0)
    co_return std::nullopt;
  co_return v / 2;
}

/// Any value: a promise JS passes, or a value that resolves at once.
[[wasmport::export]] Promise<int> plus_one(Promise<int> p) {
  int V = co_await p;
  co_return V + 1;
}

/// A promise passed to an import, which awaits it in JS.
[[wasmport::export]] Promise<int> through_js(int v) {
  co_return co_await times_ten(immediate(v));
}

/// Not coroutines: settled promises.
[[wasmport::export]] Promise<int> resolved_now(int v) {
  return Promise<int>::resolve(v);
}
[[wasmport::export]] Promise<void> rejected_now(std::string message) {
  return Promise<void>::reject(JsValue::error(message));
}
[[wasmport::export]] Promise<JsValue> pass_promise(Promise<JsValue> p) {
  return p;
}

/// Steps: 1 before the await, 2 after it (never, when it rejects).
[[wasmport::export]] Promise<int> failing(std::string message) {
  Guard G;
  Steps = 1;
  int V = co_await fail(message);
  Steps = 2;
  co_return V;
}

/// A rejection two coroutines deep.
[[wasmport::export]] Promise<int> outer_failing(std::string message) {
  Guard G;
  int V = co_await failing(message);
  co_return V + 1;
}

/// An import that throws instead of returning a promise.
[[wasmport::export]] Promise<int> throwing_import(std::string message) {
  Guard G;
  co_return co_await throw_now(message);
}

[[wasmport::export]] Promise<int> wrong_type() {
  Guard G;
  co_return co_await any_as_int();
}

[[wasmport::export]] Promise<JsValue> any() { co_return co_await any_value(); }

/// settled(): the value or the reason, without throwing or cancelling.
[[wasmport::export]] Promise<std::string> settle(bool ok) {
  Guard G;
  wasmport::Settled<int> R = co_await (ok ? delay(0, 7) : fail("no")).settled();
  if (R)
    co_return "value " + std::to_string(*R);
  co_return std::string("reason ") + JsError(R.error()).what();
}

[[wasmport::export]] Promise<std::string> settle_wrong_type() {
  wasmport::Settled<int> R = co_await any_as_int().settled();
  co_return R ? "value" : JsError(R.error()).what();
}

[[wasmport::export]] Promise<std::string> settle_void(bool ok) {
  wasmport::Settled<void> R =
      co_await (ok ? tick() : Promise<void>::reject(JsValue("nope"))).settled();
  co_return R ? "done" : "reason " + *R.error().asString();
}

/// A JS exception from C++ code after the first await.
[[wasmport::export]] Promise<int> parse_later(std::string json) {
  co_await tick();
  JsValue V = JsValue::global("JSON").call("parse", json);
  co_return V.as<int>().value_or(-1);
}

/// The same before any await, during the call from JS.
[[wasmport::export]] Promise<int> parse_now(std::string json) {
  JsValue V = JsValue::global("JSON").call("parse", json);
  co_await tick();
  co_return V.as<int>().value_or(-1);
}

/// For the test of many promises: one tick each.
[[wasmport::export]] Promise<int> next(int v) {
  co_await tick();
  co_return v + 1;
}

#if WASMPORT_EXCEPTIONS
/// A rejection caught in C++.
[[wasmport::export]] Promise<std::string> catching(std::string message) {
  Guard G;
  try {
    co_await fail(message);
  } catch (const JsError &E) {
    co_return std::string("caught ") + E.what();
  }
  co_return "not rejected";
}
#endif

/// A C++ exception after an await: with C++ exceptions it rejects the
/// coroutine's promise; without, it terminates the module.
[[wasmport::export]] Promise<int> throwing(std::string message) {
  Guard G;
  co_await tick();
  throw std::runtime_error(message);
}
