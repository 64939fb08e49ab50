// Hostile JS against objects (hostile_objects.test.mjs): forged wrappers,
// objects of another class, objects handed over to C++ while a call uses
// them, objects freed or dropped while a call or a suspended coroutine uses
// them, destructors that trap. Every Counter counts itself, so the test can
// tell that nothing was destroyed twice, too early or never.
#include <wasmport/wasmport.h>

#include <memory>

using wasmport::Promise;

// Implemented by hostile_objects.test.mjs (looked up on globalThis at each
// call): hostileHook runs whatever JS the test wants while C++ is running.
[[wasmport::import("hostileHook")]] void hook(int n);
[[wasmport::import("hostileTick")]] Promise<void> tick();

namespace {
int Alive = 0;     // Counters constructed and not destroyed.
int Destroyed = 0; // Destructors run.
int TrapOn = -1;   // The destructor of the Counter with this value traps.
} // namespace

class [[wasmport::export]] Counter {
public:
  explicit Counter(int Start) : Value(Start) { ++Alive; }
  Counter(const Counter &Other) : Value(Other.Value) { ++Alive; }
  virtual ~Counter() {
    ++Destroyed;
    --Alive;
    if (Value == TrapOn)
      __builtin_trap();
    Value = -1000; // What a use after free would read, if nothing reused it.
  }
  int get() const { return Value; }
  void add(int N) { Value += N; }
  /// Runs the JS hook while this object's method runs, then reads it.
  int callOut(int N) {
    hook(N);
    return Value;
  }
  /// A coroutine method: reads the object after a suspension.
  Promise<int> later(int N) {
    co_await tick();
    co_return Value + N;
  }

private:
  int Value;
};

class [[wasmport::export]] Special : public Counter {
public:
  Special() : Counter(5) {}
  int twice() const { return 2 * get(); }
};

class [[wasmport::export]] Other {
public:
  int get() const { return 7; }
};

[[wasmport::export]] int alive() { return Alive; }
[[wasmport::export]] int destroyed() { return Destroyed; }
[[wasmport::export]] void trapOn(int Value) { TrapOn = Value; }

[[wasmport::export]] int readBoth(const Counter &A, const Counter &B) {
  return A.get() + B.get();
}
/// Consumes the object: it is destroyed before the call returns.
[[wasmport::export]] int sink(std::unique_ptr<Counter> U) {
  return U ? U->get() : -1;
}
/// A borrowed reference and an owning pointer: refSink(c, c) would hand C++
/// an object it destroys while it still reads it through R.
[[wasmport::export]] int refSink(const Counter &R, std::unique_ptr<Counter> U) {
  U.reset();
  return R.get();
}
/// The same with the owning pointer first.
[[wasmport::export]] int sinkRef(std::unique_ptr<Counter> U, const Counter &R) {
  U.reset();
  return R.get();
}
/// Runs the JS hook while C++ holds a borrowed argument, then reads it.
[[wasmport::export]] int callWith(const Counter &C, int N) {
  hook(N);
  return C.get();
}
/// A coroutine with a borrowed argument, read after a suspension.
[[wasmport::export]] Promise<int> laterOf(const Counter &C) {
  co_await tick();
  co_return C.get();
}
