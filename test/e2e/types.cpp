// Rich types (docs/Types.md): vectors and spans, optionals, enums, value
// structs and smart pointers, in both directions.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <memory>
#include <numeric>
#include <optional>
#include <span>
#include <string>
#include <vector>

static int Alive = 0;

//===--- sequences ---------------------------------------------------------===//

#define WASMPORT_REVERSE(NAME, T)                                              \
  [[wasmport::export]] std::vector<T> NAME(std::vector<T> v) {                 \
    return std::vector<T>(v.rbegin(), v.rend());                               \
  }
WASMPORT_REVERSE(reverseI8, int8_t)
WASMPORT_REVERSE(reverseU8, uint8_t)
WASMPORT_REVERSE(reverseI16, int16_t)
WASMPORT_REVERSE(reverseU16, uint16_t)
WASMPORT_REVERSE(reverseI32, int32_t)
WASMPORT_REVERSE(reverseU32, uint32_t)
WASMPORT_REVERSE(reverseI64, int64_t)
WASMPORT_REVERSE(reverseU64, uint64_t)
WASMPORT_REVERSE(reverseF32, float)
WASMPORT_REVERSE(reverseF64, double)
WASMPORT_REVERSE(reverseBools, bool)
WASMPORT_REVERSE(reverseStrings, std::string)

[[wasmport::export]] double sum(std::span<const double> values) {
  return std::accumulate(values.begin(), values.end(), 0.0);
}

[[wasmport::export]] void scale(std::span<float> values, float by) {
  for (float &v : values)
    v *= by;
}

[[wasmport::export]] std::size_t countLong(const std::vector<std::string> &words) {
  std::size_t n = 0;
  for (const std::string &w : words)
    n += w.size() > 3;
  return n;
}

[[wasmport::export]] std::vector<int32_t> iota(int32_t n) {
  std::vector<int32_t> out(n);
  std::iota(out.begin(), out.end(), 0);
  return out;
}

static std::vector<uint16_t> Table = {10, 20, 30};
[[wasmport::export]] std::span<const uint16_t> table() { return Table; }
[[wasmport::export]] void setTable(uint16_t i, uint16_t v) { Table.at(i) = v; }

//===--- enums --------------------------------------------------------------===//

enum class [[wasmport::export]] Color { Red, Green = 5, Blue };
enum class [[wasmport::export]] Shape : uint8_t {
  Circle [[wasmport::export("circle")]],
  Square [[wasmport::export("square")]],
};

[[wasmport::export]] Color next(Color c) {
  return c == Color::Red ? Color::Green : c == Color::Green ? Color::Blue : Color::Red;
}
[[wasmport::export]] Color castColor(int v) { return static_cast<Color>(v); }
[[wasmport::export]] int corners(Shape s) { return s == Shape::Square ? 4 : 0; }
[[wasmport::export]] Shape other(Shape s) {
  return s == Shape::Square ? Shape::Circle : Shape::Square;
}
[[wasmport::export]] Shape castShape(int v) { return static_cast<Shape>(v); }

//===--- value structs ------------------------------------------------------===//

struct [[wasmport::value]] Point {
  double x, y;
};

struct [[wasmport::value]] Polygon {
  std::string name;
  std::vector<Point> points;
  std::optional<Color> fill;
  Shape kind;
  bool closed;
  int64_t id;
};

[[wasmport::export]] Point midpoint(Point a, const Point &b) {
  return {(a.x + b.x) / 2, (a.y + b.y) / 2};
}

// Nine numbers, 72 bytes: more than the result scratch (layout::ResultScratch,
// 64 bytes) holds, so it comes back in a slot of its own, which JS frees.
struct [[wasmport::value]] Matrix3 {
  double m00, m01, m02, m10, m11, m12, m20, m21, m22;
};

[[wasmport::export]] Matrix3 scaling(double k) {
  return {k, 0, 0, 0, k, 0, 0, 0, 1};
}

[[wasmport::export]] Polygon describe(const Polygon &p) {
  Polygon out = p;
  out.name = p.name + " (" + std::to_string(p.points.size()) + " points)";
  out.id = p.id + 1;
  if (out.fill)
    out.fill = next(*out.fill);
  return out;
}

[[wasmport::export]] std::vector<Point> square(double side) {
  return {{0, 0}, {side, 0}, {side, side}, {0, side}};
}

//===--- optionals ----------------------------------------------------------===//

[[wasmport::export]] std::optional<int32_t> half(std::optional<int32_t> v) {
  if (!v || *v % 2)
    return std::nullopt;
  return *v / 2;
}
[[wasmport::export]] std::optional<std::string> shout(std::optional<std::string> s) {
  if (!s)
    return std::nullopt;
  return *s + "!";
}
[[wasmport::export]] std::optional<Point> origin(bool want) {
  if (!want)
    return std::nullopt;
  return Point{0, 0};
}
[[wasmport::export]] std::optional<std::vector<double>> maybeList(bool want) {
  if (!want)
    return std::nullopt;
  return std::vector<double>{1.5, 2.5};
}
[[wasmport::export]] std::optional<Color> maybeColor(std::optional<Color> c) { return c; }
[[wasmport::export]] std::optional<bool> maybeNot(std::optional<bool> b) {
  if (!b)
    return std::nullopt;
  return !*b;
}
[[wasmport::export]] std::vector<std::optional<int64_t>> evens(const std::vector<std::optional<int64_t>> &v) {
  std::vector<std::optional<int64_t>> out;
  for (const auto &e : v)
    out.push_back(e && *e % 2 == 0 ? e : std::nullopt);
  return out;
}

//===--- ownership ----------------------------------------------------------===//

class [[wasmport::export]] Item {
public:
  explicit Item(std::string name) : Name(std::move(name)) { ++Alive; }
  Item(const Item &o) : Name(o.Name) { ++Alive; }
  ~Item() { --Alive; }
  std::string name() const { return Name; }

private:
  std::string Name;
};

[[wasmport::export]] std::unique_ptr<Item> makeItem(std::string name) {
  return std::make_unique<Item>(std::move(name));
}
[[wasmport::export]] std::unique_ptr<Item> noItem() { return nullptr; }
[[wasmport::export]] std::string consume(std::unique_ptr<Item> item) {
  return item ? "consumed " + item->name() : "nothing";
}

static std::shared_ptr<Item> Shared;
[[wasmport::export]] std::shared_ptr<Item> sharedItem() {
  if (!Shared)
    Shared = std::make_shared<Item>("shared");
  return Shared;
}
[[wasmport::export]] void dropShared() { Shared.reset(); }
[[wasmport::export]] long useCount(std::shared_ptr<Item> item) { return item.use_count(); }

static Item Global("global");
[[wasmport::export]] Item *globalItem() { return &Global; }

[[wasmport::export]] std::vector<Item> items(const std::vector<std::string> &names) {
  std::vector<Item> out;
  for (const std::string &n : names)
    out.emplace_back(n);
  return out;
}
[[wasmport::export]] std::string joinItems(const std::vector<Item> &items) {
  std::string out;
  for (const Item &i : items)
    out += i.name() + ";";
  return out;
}
[[wasmport::export]] std::vector<std::unique_ptr<Item>> ownedItems(int n) {
  std::vector<std::unique_ptr<Item>> out;
  for (int i = 0; i < n; ++i)
    out.push_back(std::make_unique<Item>("item" + std::to_string(i)));
  return out;
}

[[wasmport::export]] int aliveItems() { return Alive - 1; } // Without Global.
