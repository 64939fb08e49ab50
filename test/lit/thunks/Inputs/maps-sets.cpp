// Maps and sets for the golden thunks, JS and .d.ts: std::map and
// std::unordered_map with string, integer, bigint and enum keys, a set, a
// map in a value struct and an import taking and returning them.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

enum class [[wasmport::export]] Color { Red, Green };

struct [[wasmport::value]] Scores {
  std::map<std::string, double> byName;
  std::unordered_set<std::int64_t> ids;
};

[[wasmport::export]] std::map<std::string, int>
doubled(const std::map<std::string, int> &m) {
  std::map<std::string, int> Out;
  for (const auto &[K, V] : m)
    Out[K] = 2 * V;
  return Out;
}
[[wasmport::export]] std::unordered_map<Color, std::vector<std::string>>
byColor(std::unordered_map<Color, std::vector<std::string>> m) {
  return m;
}
[[wasmport::export]] std::set<std::uint64_t> ids(const std::set<std::uint64_t> &s) {
  return s;
}
[[wasmport::export]] Scores rescore(Scores s) { return s; }

[[wasmport::import("host.lookup")]] std::map<int, bool>
lookup(const std::set<std::string> &names);

[[wasmport::export]] bool known(const std::string &name) {
  return lookup({name})[0];
}
