// e2e cases written as C++ tests (docs/Testing.md), run by
// wasmport_add_test in Node and headless Chromium: JsValues, callbacks
// (wasmport::Function) and promises, seen from the C++ side. Every test
// here passes; test/cxxtest/runner.cpp has the failing ones.
#include <wasmport/test.h>
#include <wasmport/wasmport.h>

#include <functional>
#include <string>

using wasmport::JsValue;

[[wasmport::test("JsValue: numbers and strings round-trip")]] void jsValues() {
  JsValue N(42.5);
  WASMPORT_CHECK_EQ(N.asNumber().value_or(0), 42.5);
  JsValue S("héllo");
  WASMPORT_CHECK_EQ(S.asString().value_or(""), "héllo");
  JsValue Math = JsValue::global("Math");
  WASMPORT_CHECK_EQ(Math.call("max", 3, 9, 4).asNumber().value_or(0), 9.0);
}

[[wasmport::test("JsValue: objects and properties")]] void jsObjects() {
  JsValue O = JsValue::global("Object").new_();
  O.set("answer", 42);
  WASMPORT_CHECK_EQ(O.get("answer").asNumber().value_or(0), 42.0);
  WASMPORT_CHECK(O.get("missing").isUndefined());
}

[[wasmport::test("callback: JS calls a C++ lambda")]] void callbacks() {
  int Sum = 0;
  std::function<void(int)> Add = [&Sum](int V) { Sum += V; };
  JsValue Arr = JsValue::global("Array").call("of", 1, 2, 3);
  Arr.call("forEach", Add);
  WASMPORT_CHECK_EQ(Sum, 6);
}

[[wasmport::test("promise: await a resolved promise")]] wasmport::Promise<void> promises() {
  int V = co_await wasmport::Promise<int>::resolve(7);
  WASMPORT_CHECK_EQ(V, 7);
}
