// std::map, std::unordered_map, std::set and std::unordered_set ↔ JS Map and
// Set (docs/Types.md, "Maps and sets"): as export arguments and results, as
// vector elements, value-struct fields and optionals, nested in each other,
// and as import parameters and results. The test counts operator new blocks
// and live objects after each case, also when a check fails half way.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <cstdlib>
#include <map>
#include <new>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
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

enum class [[wasmport::export]] Color { Red, Green, Blue };
enum class [[wasmport::export]] Mood {
  Happy [[wasmport::export("happy")]],
  Sad [[wasmport::export("sad")]],
};

class [[wasmport::export]] Counter {
public:
  explicit Counter(int start) : N(start) {}
  int value() const { return N; }

private:
  int N;
};

/// A value struct holding a map and a set.
struct [[wasmport::value]] Inventory {
  std::string owner;
  std::map<std::string, int> counts;
  std::set<std::int64_t> ids;
};

//===--- exports ------------------------------------------------------------===//

/// Every value doubled, in the map's (key) order.
[[wasmport::export]] std::map<std::string, int>
doubled(const std::map<std::string, int> &m) {
  std::map<std::string, int> Out;
  for (const auto &[K, V] : m)
    Out[K] = V * 2;
  return Out;
}

/// "key=value;" for each entry, in key order.
[[wasmport::export]] std::string describe(std::map<std::string, int> m) {
  std::string Out;
  for (const auto &[K, V] : m)
    Out += K + "=" + std::to_string(V) + ";";
  return Out;
}

/// The unordered map back: JS sees it in ascending key order.
[[wasmport::export]] std::unordered_map<std::string, double>
scaled(std::unordered_map<std::string, double> m, double by) {
  for (auto &[K, V] : m)
    V *= by;
  return m;
}

/// 64-bit keys cross as bigints; values may be strings.
[[wasmport::export]] std::map<std::int64_t, std::string>
names(const std::vector<std::int64_t> &ids) {
  std::map<std::int64_t, std::string> Out;
  for (std::int64_t Id : ids)
    Out.emplace(Id, "#" + std::to_string(Id));
  return Out;
}

/// Enum keys, numeric and string-valued.
[[wasmport::export]] int sumColors(const std::map<Color, int> &m) {
  int Sum = 0;
  for (const auto &[K, V] : m)
    Sum += (static_cast<int>(K) + 1) * V;
  return Sum;
}
[[wasmport::export]] std::unordered_map<Mood, bool> moods(bool happy) {
  return {{Mood::Happy, happy}, {Mood::Sad, !happy}};
}

/// Bool keys and nested containers as values.
[[wasmport::export]] std::map<bool, std::vector<std::string>>
split(const std::vector<std::string> &words) {
  std::map<bool, std::vector<std::string>> Out;
  for (const std::string &W : words)
    Out[W.size() > 3].push_back(W);
  return Out;
}
[[wasmport::export]] std::map<std::string, std::map<std::string, int>>
nested(std::map<std::string, std::map<std::string, int>> m) {
  m["added"]["one"] = 1;
  return m;
}

/// Objects by value as values: JS keeps its objects, C++ gives new ones.
[[wasmport::export]] int totalOf(const std::map<std::uint32_t, Counter> &m) {
  int Sum = 0;
  for (const auto &[K, V] : m)
    Sum += static_cast<int>(K) * V.value();
  return Sum;
}
[[wasmport::export]] std::map<std::string, Counter> counters(int n) {
  std::map<std::string, Counter> Out;
  for (int I = 0; I != n; ++I)
    Out.emplace("c" + std::to_string(I), Counter(I * 10));
  return Out;
}

/// Sets: sorted for std::set and (by wasmport) for std::unordered_set.
[[wasmport::export]] std::set<std::string> unique(const std::set<std::string> &s) {
  return s;
}
[[wasmport::export]] std::unordered_set<std::int32_t>
evens(const std::unordered_set<std::int32_t> &s) {
  std::unordered_set<std::int32_t> Out;
  for (std::int32_t X : s)
    if (X % 2 == 0)
      Out.insert(X);
  return Out;
}
[[wasmport::export]] std::size_t setSize(std::set<std::uint8_t> s) { return s.size(); }

/// Maps and sets inside vectors, optionals and value structs.
[[wasmport::export]] std::vector<std::set<int>> groups(int n) {
  std::vector<std::set<int>> Out(static_cast<std::size_t>(n));
  for (int I = 0; I != n; ++I)
    for (int J = 0; J <= I; ++J)
      Out[static_cast<std::size_t>(I)].insert(J);
  return Out;
}
[[wasmport::export]] std::optional<std::map<std::string, int>>
maybeMap(std::optional<std::map<std::string, int>> m) {
  if (m)
    (*m)["seen"] = 1;
  return m;
}
[[wasmport::export]] Inventory restock(Inventory inv, std::int64_t id) {
  inv.owner += "!";
  for (auto &[K, V] : inv.counts)
    V += 1;
  inv.ids.insert(id);
  return inv;
}

//===--- imports ------------------------------------------------------------===//

[[wasmport::import("host.weigh")]] std::map<std::string, int>
weigh(const std::map<std::string, int> &in, const std::set<std::string> &skip);

/// Calls host.weigh and describes what it returned.
[[wasmport::export]] std::string viaHost() {
  std::map<std::string, int> Out = weigh({{"a", 1}, {"b", 2}, {"c", 3}}, {"b"});
  return describe(Out);
}

/// Nothing on the C++ heap before the import is called: a bad result throws
/// into JS without leaving anything behind (no exceptions in this build).
[[wasmport::import("host.counts")]] std::unordered_map<std::string, int> counts(int n);
[[wasmport::import("host.tags")]] std::set<Color> tags();
[[wasmport::export]] int countsTotal(int n) {
  int Sum = 0;
  for (const auto &[K, V] : counts(n))
    Sum += V * static_cast<int>(K.size());
  return Sum;
}
[[wasmport::export]] int tagCount() { return static_cast<int>(tags().size()); }
