// The runner's own test module (test/cxxtest/CMakeLists.txt): tests that
// pass, fail by each assertion, trap, throw, wait and never settle (and one
// after that, which still runs), for check.mjs to compare wasmport-test's
// report against.
#include <wasmport/test.h>
#include <wasmport/wasmport.h>

#include <cstdio>
#include <string>

namespace {
struct Point {
  int X, Y;
  bool operator==(const Point &O) const { return X == O.X && Y == O.Y; }
};
struct Opaque {
  int V;
  bool operator==(const Opaque &O) const { return V == O.V; }
};
std::ostream &operator<<(std::ostream &OS, const Point &P) {
  return OS << "(" << P.X << ", " << P.Y << ")";
}
} // namespace

// An export, so that the module built without its tests still binds
// something.
[[wasmport::export]] int answer() { return 42; }

[[wasmport::test]] void passes() {
  std::printf("hello from passes\n");
  WASMPORT_CHECK(1 + 1 == 2);
  WASMPORT_CHECK_EQ(std::string("ab") + "c", "abc");
}

[[wasmport::test("check fails")]] void checkFails() {
  std::fprintf(stderr, "a line on stderr\n");
  WASMPORT_CHECK(2 + 2 == 5);
  std::printf("still running after CHECK\n");
}

[[wasmport::test]] void checkEqShowsBoth() {
  WASMPORT_CHECK_EQ(6 * 7, 41);
  WASMPORT_CHECK_EQ((Point{1, 2}), (Point{1, 3}));
  WASMPORT_CHECK_EQ((Opaque{1}), (Opaque{2}));
}

[[wasmport::test]] void requireStops() {
  WASMPORT_REQUIRE(false);
  std::printf("not reached\n");
}

[[wasmport::test]] void traps() { __builtin_trap(); }

// Calling undefined: a TypeError in JS.
[[wasmport::test]] void throwsJs() { wasmport::JsValue::global("noSuchFunction")(); }

[[wasmport::test("async passes")]] wasmport::Promise<void> asyncPasses() {
  co_await wasmport::Promise<void>::resolve();
  WASMPORT_CHECK(true);
}

// Promise.race([]) never settles; setInterval(Object, 50) keeps the event
// loop busy, so only --timeout ends the test.
[[wasmport::test]] wasmport::Promise<void> neverSettles() {
  using wasmport::JsValue;
  JsValue::global("setInterval")(JsValue::global("Object"), 50);
  co_await wasmport::Promise<void>(
      JsValue::global("Promise").call("race", JsValue::global("Array").new_()));
}

// After a test that timed out, the runner goes on with the next one.
[[wasmport::test("after the timeout")]] void afterTimeout() {
  WASMPORT_CHECK_EQ(1 + 1, 2);
}
