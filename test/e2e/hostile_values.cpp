// Hostile JS values (docs/Reliability.md#hostile-js-values): exports taking
// typed arrays, vectors, strings and value structs, next to objects whose
// values an overflow or a use after free would change.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <cstdlib>
#include <functional>
#include <numeric>
#include <span>
#include <string>
#include <vector>

static int Alive = 0;

/// A neighbour: its canary says whether something wrote over it.
class [[wasmport::export]] Cell {
public:
  explicit Cell(int32_t V) : V(V) { ++Alive; }
  Cell(const Cell &O) : V(O.V) { ++Alive; }
  ~Cell() {
    Canary = 0;
    --Alive;
  }
  int32_t value() const { return Canary == 0x5AFE5AFE ? V : -1; }
  static int32_t alive() { return Alive; }

private:
  int32_t V;
  uint32_t Canary = 0x5AFE5AFE;
};

[[wasmport::export]] int32_t sumSpan(std::span<const int32_t> xs) {
  return std::accumulate(xs.begin(), xs.end(), 0);
}
[[wasmport::export]] int32_t countSpan(std::span<const int32_t> xs) {
  return static_cast<int32_t>(xs.size());
}
/// Sets every element to V; JS gets the elements back.
[[wasmport::export]] void fillSpan(std::span<int32_t> xs, int32_t v) {
  for (int32_t &x : xs)
    x = v;
}
/// The same, calling back into JS first (which may detach or resize).
[[wasmport::export]] void fillSpanAfter(std::span<double> xs,
                                        const std::function<void()> &f) {
  f();
  for (double &x : xs)
    x = 2;
}
[[wasmport::export]] int32_t sumVector(std::vector<int32_t> xs) {
  return std::accumulate(xs.begin(), xs.end(), 0);
}
[[wasmport::export]] int32_t totalLength(const std::vector<std::string> &words) {
  int32_t n = 0;
  for (const std::string &w : words)
    n += static_cast<int32_t>(w.size());
  return n;
}
[[wasmport::export]] int32_t textLength(const std::string &s) {
  return static_cast<int32_t>(s.size());
}
[[wasmport::export]] double half(double x) { return x / 2; }
[[wasmport::export]] int32_t twice(int32_t x) { return 2 * x; }
[[wasmport::export]] int64_t big(int64_t x) { return x + 1; }

struct [[wasmport::value]] Entry {
  int32_t id;
  double weight;
  std::string name;
};
[[wasmport::export]] std::string showEntry(Entry e) {
  return e.name + "#" + std::to_string(e.id) + "=" + std::to_string(e.weight);
}
[[wasmport::export]] int32_t countEntries(const std::vector<Entry> &es) {
  return static_cast<int32_t>(es.size());
}

struct [[wasmport::value]] Boxed {
  Cell cell;
  int32_t n;
};
[[wasmport::export]] int32_t unbox(Boxed b) { return b.cell.value() + b.n; }

/// Calls f with x and returns what it returns (a throwing f leaks nothing).
[[wasmport::export]] int32_t callWith(const std::function<int32_t(int32_t)> &f,
                                      int32_t x) {
  return f(x);
}

/// Keeps n JS values alive in C++ (the JsValue heap), or lets them go.
static std::vector<wasmport::JsValue> Held;
[[wasmport::export]] void holdValues(int32_t n) {
  for (int32_t I = 0; I != n; ++I)
    Held.push_back(wasmport::JsValue::object());
}
[[wasmport::export]] void releaseValues() {
  Held.clear();
  Held.shrink_to_fit();
}

/// Enums whose checks page code must not be able to switch off.
enum class [[wasmport::export]] Tone { Low = 1, High = 7 };
[[wasmport::export]] int32_t toneLevel(Tone t) { return static_cast<int32_t>(t); }
enum class [[wasmport::export]] Mode : uint8_t {
  Read [[wasmport::export("read")]],
  Write [[wasmport::export("write")]],
};
[[wasmport::export]] int32_t modeBit(Mode m) { return m == Mode::Write ? 2 : 1; }
[[wasmport::export]] Mode flipMode(Mode m) { return m == Mode::Read ? Mode::Write : Mode::Read; }

/// Two allocating arguments: running out of memory for the second must free
/// the first's copy (docs/Reliability.md#hostile-js-values).
[[wasmport::export]] int32_t bothLengths(const std::string &a,
                                         const std::string &b) {
  return static_cast<int32_t>(a.size() + b.size());
}
[[wasmport::export]] int32_t vectorThenText(std::vector<int32_t> xs,
                                            const std::string &s) {
  return static_cast<int32_t>(xs.size() + s.size());
}
[[wasmport::export]] int32_t spanThenText(std::span<const int32_t> xs,
                                          const std::string &s) {
  return static_cast<int32_t>(xs.size() + s.size());
}
[[wasmport::export]] int32_t entryThenText(Entry e, const std::string &s) {
  return static_cast<int32_t>(e.name.size() + s.size());
}

/// How many MiB malloc can still hand out, in 1 MiB blocks (memory is capped
/// at 64 MiB): what a leaked argument copy would take away.
[[wasmport::export]] int32_t freeMiB() {
  static void *Blocks[64];
  int32_t N = 0;
  while (N != 64 && (Blocks[N] = std::malloc(1 << 20)))
    ++N;
  for (int32_t I = 0; I != N; ++I)
    std::free(Blocks[I]);
  return N;
}

/// Results the glue reads out of memory (value structs through the DataView,
/// typed arrays through copies), for the patched built-ins test.
[[wasmport::export]] std::vector<int32_t> countUp(int32_t n) {
  std::vector<int32_t> V(static_cast<size_t>(n));
  std::iota(V.begin(), V.end(), 1);
  return V;
}
static std::vector<double> Halves = {0.5, 1.5, 2.5};
[[wasmport::export]] std::span<const double> halves() { return Halves; }
[[wasmport::export]] Entry makeEntry(int32_t id) {
  return {id, id / 2.0, "entry" + std::to_string(id)};
}
[[wasmport::export]] std::vector<Entry> makeEntries(int32_t n) {
  std::vector<Entry> Out;
  for (int32_t I = 0; I != n; ++I)
    Out.push_back({I, I * 1.5, std::string(static_cast<size_t>(I), 'x')});
  return Out;
}
struct [[wasmport::value]] Wide {
  int64_t big;
  float f;
  std::vector<int32_t> xs;
};
[[wasmport::export]] Wide widen(Wide w) {
  for (int32_t &X : w.xs)
    X *= 2;
  return {w.big * 2, w.f * 2, w.xs};
}
/// Calls obj[name](a, b) through wasmport::JsValue and returns the result.
[[wasmport::export]] wasmport::JsValue callMethod(wasmport::JsValue obj,
                                                  wasmport::JsValue name,
                                                  int32_t a, int32_t b) {
  return obj.call(name, a, b);
}
/// new C(a), through wasmport::JsValue.
[[wasmport::export]] wasmport::JsValue construct(wasmport::JsValue c, int32_t a) {
  return c.new_(a);
}

/// Calls that dispatch on their arguments (overloads, a default argument, a
/// class with two constructors) and an unsigned 64-bit value, for the test
/// that replaces globals after load.
[[wasmport::export]] std::string pick(int32_t n) {
  return "int " + std::to_string(n);
}
[[wasmport::export]] std::string pick(const std::vector<std::string> &words) {
  return "words " + std::to_string(words.size());
}
[[wasmport::export]] int32_t addOr(int32_t a, int32_t b = 10) { return a + b; }
[[wasmport::export]] uint64_t ubig(uint64_t x) { return x + 1; }
class [[wasmport::export]] Pair {
public:
  Pair() : A(0), B(0) {}
  Pair(int32_t a, int32_t b) : A(a), B(b) {}
  int32_t sum() const { return A + B; }

private:
  int32_t A, B;
};
