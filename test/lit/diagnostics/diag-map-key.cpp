// Map keys and set elements that cannot cross: the caret on the key as
// written, also inside vectors, optionals and value-struct fields.
//
// RUN: %verify -std=c++20 %s
// RUN: %not %diagnose -std=c++20 %s 2>&1 | %FileCheck %s

#include <wasmport/wasmport.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct [[wasmport::value]] Point { int x, y; };
class [[wasmport::export]] Widget {};

[[wasmport::export]] void byPoint(const std::map<Point, int> &m); // expected-error {{'Point' cannot be the key of a std::map or std::unordered_map; use bool, an integer type, std::string or an exported enum}}
// CHECK: diag-map-key.cpp:[[@LINE-1]]:50:{[[@LINE-1]]:50-[[@LINE-1]]:55}: error: 'Point' cannot be the key of a std::map
[[wasmport::export]] std::set<double> reals(); // expected-error {{'double' cannot be the element of a std::set or std::unordered_set; use bool, an integer type, std::string or an exported enum}}
// CHECK: diag-map-key.cpp:[[@LINE-1]]:31:{[[@LINE-1]]:31-[[@LINE-1]]:37}: error: 'double' cannot be the element of a std::set
[[wasmport::export]] void views(std::unordered_map<std::string_view, int> m); // expected-error {{'std::string_view' cannot be the key of a std::map or std::unordered_map; use bool, an integer type, std::string or an exported enum}}
[[wasmport::export]] void nested(std::vector<std::optional<std::unordered_set<Widget>>> v); // expected-error {{'Widget' cannot be the element of a std::set or std::unordered_set; use bool, an integer type, std::string or an exported enum}}
// CHECK: diag-map-key.cpp:[[@LINE-1]]:79:{[[@LINE-1]]:79-[[@LINE-1]]:85}: error: 'Widget' cannot be the element of a std::set

struct [[wasmport::value]] Holder {
  std::map<float, int> byFloat; // expected-error {{'float' cannot be the key of a std::map or std::unordered_map; use bool, an integer type, std::string or an exported enum}}
};

// Keys that cross: no error.
enum class [[wasmport::export]] Color { Red };
[[wasmport::export]] std::map<Color, std::set<std::string>> fine(std::unordered_map<std::int64_t, bool> m);
