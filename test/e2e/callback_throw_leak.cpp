// Callbacks that throw leak nothing (docs/Callbacks.md#when-a-callback-throws):
// exports whose parameters own memory or JS handles call JS functions that
// throw, directly and through imports that call exports again. The test
// counts what is left: live operator new blocks, Tracked objects, JsValue
// handles and wasm memory. Built without C++ exceptions, as by default.
#include <wasmport/wasmport.h>

#include <cstdlib>
#include <functional>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

// Every block operator new hands out, until operator delete takes it back.
static long Blocks = 0;
void *operator new(std::size_t Size) {
  void *P = std::malloc(Size ? Size : 1);
  if (!P)
    std::abort();
  ++Blocks;
  return P;
}
void operator delete(void *P) noexcept {
  if (P) {
    --Blocks;
    std::free(P);
  }
}
void operator delete(void *P, std::size_t) noexcept { operator delete(P); }

[[wasmport::export]] int liveBlocks() { return static_cast<int>(Blocks); }

class [[wasmport::export]] Tracked {
public:
  explicit Tracked(int V) : V(V) { ++Alive; }
  ~Tracked() { --Alive; }
  int value() const { return V; }
  static int alive() { return Alive; }

private:
  int V;
  static inline int Alive = 0;
};

struct [[wasmport::value]] Named {
  std::string name;
  std::vector<double> values;
};

[[wasmport::export]] int viaFunction(std::function<int(int)> f) { return f(1); }

[[wasmport::export]] int viaJsValue(wasmport::JsValue v, wasmport::JsValue thrower) {
  thrower(v);
  return 0;
}

[[wasmport::export]] int viaString(std::string s, std::function<void(std::string)> f) {
  f(s);
  return static_cast<int>(s.size());
}

[[wasmport::export]] int viaStringView(std::string_view s, std::function<void()> f) {
  f();
  return static_cast<int>(s.size());
}

[[wasmport::export]] int viaVector(std::vector<int> v, std::function<void(int)> f) {
  f(static_cast<int>(v.size()));
  return static_cast<int>(v.size());
}

[[wasmport::export]] int viaStrings(std::vector<std::string> v, std::function<void()> f) {
  f();
  return static_cast<int>(v.size());
}

[[wasmport::export]] int viaValue(Named n, std::function<void()> f) {
  f();
  return static_cast<int>(n.name.size() + n.values.size());
}

[[wasmport::export]] int viaUnique(std::unique_ptr<Tracked> t, std::function<void()> f) {
  f();
  return t->value();
}

/// An exported class whose copies own a heap block and are counted: passed
/// by value, the thunk makes a copy that a throwing callback must not leak.
class [[wasmport::export]] Copied {
public:
  explicit Copied(int N) : Data(static_cast<std::size_t>(N), 7) { ++Alive; }
  Copied(const Copied &O) : Data(O.Data) { ++Alive; }
  ~Copied() { --Alive; }
  int size() const { return static_cast<int>(Data.size()); }
  static int alive() { return Alive; }

private:
  std::vector<int> Data;
  static inline int Alive = 0;
};

[[wasmport::export]] int viaCopy(Copied c, std::function<void()> f) {
  f();
  return c.size();
}

// A C++ function lent to JS, which calls a JS function that throws.
[[wasmport::export]] void viaLent(wasmport::JsValue thrower,
                                  std::function<void(std::function<void(std::string)>)> f) {
  f([&](const std::string &s) { thrower(static_cast<double>(s.size())); });
}

// Nesting: outer -> middle (JS) -> an export again -> a callback that throws.
[[wasmport::import("leakMiddle")]] int middle(std::string text);

[[wasmport::export]] int outer(std::string s, std::vector<int> v) {
  int R = middle(s);
  // s and v are still this call's: had the nested throw destroyed them,
  // these would be wrong (or the module would trap).
  return R + static_cast<int>(s.size() + v.size());
}
