// One of each rich-type kind (docs/Types.md), for the golden thunks, JS and
// .d.ts: vectors and spans, enums, value structs, optionals and ownership.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

enum class [[wasmport::export]] Color { Red, Green = 5, Blue };
enum class [[wasmport::export]] Shape : uint8_t {
  Circle [[wasmport::export("circle")]],
  Square [[wasmport::export("square")]],
};

struct [[wasmport::value]] Point {
  double x, y;
};

/// A named outline.
struct [[wasmport::value]] Polygon {
  std::string name;
  std::vector<Point> points;
  std::optional<Color> fill;
  Shape kind;
  int64_t id;
};

class [[wasmport::export]] Item {
public:
  explicit Item(std::string name) : Name(std::move(name)) {}
  std::string name() const { return Name; }

private:
  std::string Name;
};

// Sequences.
[[wasmport::export]] std::vector<int32_t> reverse(std::vector<int32_t> v) {
  return {v.rbegin(), v.rend()};
}
[[wasmport::export]] std::vector<uint64_t> widen(const std::vector<uint8_t> &v) {
  return {v.begin(), v.end()};
}
[[wasmport::export]] std::vector<std::string> words(std::vector<bool> keep) {
  return std::vector<std::string>(keep.size(), "w");
}
[[wasmport::export]] double sum(std::span<const double> values) {
  double s = 0;
  for (double v : values)
    s += v;
  return s;
}
[[wasmport::export]] void scale(std::span<float> values, float by) {
  for (float &v : values)
    v *= by;
}
static std::vector<uint16_t> Table = {10, 20, 30};
[[wasmport::export]] std::span<const uint16_t> table() { return Table; }

// Enums.
[[wasmport::export]] Color next(Color c) { return c; }
[[wasmport::export]] Shape other(Shape s) { return s; }

// Value structs.
[[wasmport::export]] Point midpoint(Point a, const Point &b) {
  return {(a.x + b.x) / 2, (a.y + b.y) / 2};
}
[[wasmport::export]] Polygon describe(const Polygon &p) { return p; }
[[wasmport::export]] std::vector<Point> corners(double side) {
  return {{0, 0}, {side, side}};
}

// Optionals.
[[wasmport::export]] std::optional<int32_t> half(std::optional<int32_t> v) {
  return v;
}
[[wasmport::export]] std::optional<std::string> shout(std::optional<std::string> s) {
  return s;
}
[[wasmport::export]] std::optional<Point> origin(std::optional<bool> want) {
  return want && *want ? std::optional<Point>(Point{0, 0}) : std::nullopt;
}

// Ownership.
[[wasmport::export]] std::unique_ptr<Item> makeItem(std::string name) {
  return std::make_unique<Item>(std::move(name));
}
[[wasmport::export]] std::string consume(std::unique_ptr<Item> item) {
  return item ? item->name() : "";
}
[[wasmport::export]] std::shared_ptr<Item> sharedItem() {
  return std::make_shared<Item>("shared");
}
[[wasmport::export]] long useCount(std::shared_ptr<Item> item) {
  return item.use_count();
}
static Item Global("global");
[[wasmport::export]] Item *globalItem() { return &Global; }
[[wasmport::export]] std::vector<Item> items(const std::vector<std::string> &names) {
  return {names.begin(), names.end()};
}
